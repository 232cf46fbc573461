// Order statistics over timing samples (milliseconds).

export interface Summary {
  runs: number;
  median: number;
  p95: number;
  min: number;
  max: number;
}

/** Nearest-rank percentile of already sorted samples. */
function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
}

export function summarise(samples: readonly number[]): Summary {
  const sorted = [...samples].sort((a, b) => a - b);
  return {
    runs: sorted.length,
    median: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    min: sorted[0] ?? Number.NaN,
    max: sorted[sorted.length - 1] ?? Number.NaN,
  };
}

/**
 * Times each of `contenders` `runs` times after `warmup` unmeasured runs, taking turns run by run
 * and rotating who goes first; each gets the run's number.
 */
export function interleavedRuns<K extends string>(
  contenders: Record<K, (index: number) => unknown>,
  runs: number,
  warmup: number,
): Record<K, Summary> {
  const names = Object.keys(contenders) as K[];
  const samples = new Map<K, number[]>(names.map((name) => [name, []]));
  for (let i = 0; i < warmup + runs; i++) {
    for (let turn = 0; turn < names.length; turn++) {
      const name = names[(i + turn) % names.length];
      const started = performance.now();
      contenders[name](i);
      if (i >= warmup) samples.get(name)!.push(performance.now() - started);
    }
  }
  return Object.fromEntries(names.map((name) => [name, summarise(samples.get(name)!)])) as Record<K, Summary>;
}
