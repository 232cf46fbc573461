// The bench's console table: each figure beside its goal and whether it is met.
import type { Summary } from './stats';

export interface Row {
  measure: string;
  /** A timing distribution (ms): median and p95 are printed. */
  summary?: Summary;
  /** A single figure, in `unit` (ms by default). */
  value?: number;
  unit?: string;
  /** The limit and which figure it applies to. */
  goal?: { p95?: number; median?: number; value?: number };
}

function format(n: number | undefined, unit = 'ms'): string {
  if (n === undefined || Number.isNaN(n)) return '–';
  const digits = n < 10 ? 2 : n < 100 ? 1 : 0;
  return `${n.toFixed(digits)} ${unit}`;
}

function verdict(row: Row): string {
  const { goal } = row;
  if (!goal) return '';
  const checks: Array<[number | undefined, number | undefined]> = [
    [row.summary?.p95, goal.p95],
    [row.summary?.median, goal.median],
    [row.value, goal.value],
  ];
  const missed = checks.filter(([actual, limit]) => limit !== undefined && actual !== undefined && actual > limit);
  if (missed.length === 0) return 'ok';
  const [actual, limit] = missed[0];
  return `MISSED (${(actual! / limit!).toFixed(1)}× the goal)`;
}

function goalText(row: Row): string {
  const { goal } = row;
  if (!goal) return '';
  if (goal.p95 !== undefined) return `p95 ≤ ${format(goal.p95)}`;
  if (goal.median !== undefined) return `median ≤ ${format(goal.median)}`;
  return `≤ ${format(goal.value, row.unit)}`;
}

export function renderTable(rows: readonly Row[]): string {
  const cells = rows.map((row) => [
    row.measure,
    row.summary ? format(row.summary.median) : format(row.value, row.unit),
    row.summary ? format(row.summary.p95) : '',
    goalText(row),
    verdict(row),
  ]);
  const header = ['measure', 'median / value', 'p95', 'goal', ''];
  const all = [header, ...cells];
  const widths = header.map((_, column) => Math.max(...all.map((line) => displayWidth(line[column]))));
  const render = (line: string[]) =>
    line
      .map((cell, column) => cell + ' '.repeat(widths[column] - displayWidth(cell)))
      .join('  ')
      .trimEnd();
  return [render(header), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.map(render)].join('\n') + '\n';
}

/** Terminal columns: CJK and full-width characters take two. */
function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text)
    width += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(ch) ? 2 : 1;
  return width;
}
