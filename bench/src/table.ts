// The bench's console table: each figure of ours beside the peer's on the same input, their ratio,
// and the goal it is held to.

export interface Figure {
  measure: string;
  /** weekly-report's figure. */
  ours: number;
  /** The peer's on the same input (VS Code's Markdown server, markdownlint-cli2 or markdownlint). */
  peer?: number;
  peerName?: string;
  unit: 'ms' | 'MB' | '×';
  /** `ours` at most this; `ratio`: ours / peer at most this. */
  goal?: { ours?: number; ratio?: number };
}

function format(n: number | undefined, unit: string): string {
  if (n === undefined || Number.isNaN(n)) return '–';
  const digits = n < 10 ? 2 : n < 100 ? 1 : 0;
  return `${n.toFixed(digits)} ${unit}`;
}

export function ratioOf(figure: Figure): number | undefined {
  return figure.peer ? figure.ours / figure.peer : undefined;
}

function verdict(figure: Figure): string {
  const { goal } = figure;
  if (!goal) return '';
  const missed: string[] = [];
  if (goal.ours !== undefined && figure.ours > goal.ours) missed.push(`${(figure.ours / goal.ours).toFixed(1)}× the limit`);
  const ratio = ratioOf(figure);
  if (goal.ratio !== undefined && ratio !== undefined && ratio > goal.ratio) missed.push(`ratio ${ratio.toFixed(2)} > ${goal.ratio}`);
  return missed.length ? `MISSED (${missed.join(', ')})` : 'ok';
}

function goalText({ goal, unit }: Figure): string {
  if (!goal) return '';
  return [goal.ours !== undefined ? `≤ ${format(goal.ours, unit)}` : '', goal.ratio !== undefined ? `≤ ${goal.ratio}×` : '']
    .filter(Boolean)
    .join(', ');
}

export function renderTable(figures: readonly Figure[]): string {
  const cells = figures.map((f) => {
    const ratio = ratioOf(f);
    return [
      f.measure,
      format(f.ours, f.unit),
      f.peer === undefined ? '' : `${format(f.peer, f.unit)} (${f.peerName ?? 'peer'})`,
      ratio === undefined ? '' : `${ratio.toFixed(2)}×`,
      goalText(f),
      verdict(f),
    ];
  });
  const header = ['measure', 'weekly-report', 'peer', 'ratio', 'goal', ''];
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
