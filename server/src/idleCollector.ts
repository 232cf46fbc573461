// The young generation emptied while the server waits for the next keystroke, not during it.
// A keystroke's check allocates a few hundred KB that die with it; every dozen keystrokes V8 stops
// one of them for a scavenge (1–3 ms, a third of a small report's whole check): in 300 keystrokes
// among 520 reports, 1 in 12 paid it, which is what the 95th percentile measures. Once the answer
// has gone out, a scavenge of a young generation fuller than FILL_THRESHOLD costs the same or less
// (what the run allocated is dead by then) and leaves room for the next run to finish without one.
import * as v8 from 'node:v8';
import * as vm from 'node:vm';

/** Above this share of the young generation in use, it is emptied once the server is idle. */
export const FILL_THRESHOLD = 0.5;

export interface YoungGeneration {
  /** Share of the young generation in use, 0…1. */
  fill(): number;
  /** A young-generation (minor) collection, now. */
  collect(): void;
}

export class IdleCollector {
  private pending: NodeJS.Immediate | undefined;

  constructor(private readonly young: YoungGeneration | undefined = v8YoungGeneration()) {}

  /**
   * After an answer went out: on the next turn (what already arrived is read first), empties the
   * young generation when it is fuller than FILL_THRESHOLD.
   */
  afterAnswer(): void {
    if (!this.young || this.pending) return;
    const young = this.young;
    this.pending = setImmediate(() => {
      this.pending = undefined;
      if (young.fill() > FILL_THRESHOLD) young.collect();
    });
  }
}

/**
 * V8's young generation through `node:v8`: its fill from the heap statistics, and a minor
 * collection through V8's `gc` function (made available by `--expose-gc`, read from a fresh
 * context so that the server's own global scope gets no `gc`). Undefined where the engine refuses.
 */
export function v8YoungGeneration(): YoungGeneration | undefined {
  try {
    v8.setFlagsFromString('--expose-gc');
    const gc = vm.runInNewContext('gc') as (options: { type: 'minor' | 'major' }) => void;
    if (typeof gc !== 'function') return undefined;
    return {
      fill() {
        const young = v8.getHeapSpaceStatistics().find((space) => space.space_name === 'new_space');
        if (!young) return 0;
        const capacity = young.space_used_size + young.space_available_size;
        return capacity > 0 ? young.space_used_size / capacity : 0;
      },
      collect: () => gc({ type: 'minor' }),
    };
  } catch {
    return undefined;
  }
}
