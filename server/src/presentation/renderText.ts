// The comparison as a terminal table for the CLI. Column widths count East Asian characters as
// two cells, or Chinese labels would push every column out of line.
import type { Locale } from '../report/base/locale';
import { formatDelta, formatRelative, formatValue, sparkline } from '../report/compare/formatDelta';
import { rowsBySection } from '../report/compare/groupRows';
import { comparisonLabels, rowName, STATUS_MARK, statusText } from '../report/compare/labels';
import { ROW_STATUSES, type Comparison, type RowStatus } from '../report/compare/types';

export interface TextRenderOptions {
  /** ANSI colours by status (improved green, worsened red…). */
  color: boolean;
  locale?: Locale;
}

const STATUS_COLOR: Record<RowStatus, string> = {
  improved: '32',
  worsened: '31',
  changed: '33',
  unchanged: '',
  new: '36',
  gone: '90',
};

export function renderComparisonText(comparison: Comparison, options: TextRenderOptions): string {
  const labels = comparisonLabels(options.locale);
  const paint = (text: string, code: string) => (options.color && code ? `\x1b[${code}m${text}\x1b[0m` : text);
  const lines: string[] = [];

  const heading = comparison.previous
    ? `${refName(comparison.current)} ${labels.versus} ${refName(comparison.previous)}`
    : refName(comparison.current);
  lines.push(paint(heading, '1'));
  if (comparison.note) lines.push(comparison.note);
  if (!comparison.previous) {
    if (!comparison.note) lines.push(labels.noPrevious);
  } else {
    const { counts } = comparison;
    lines.push(
      ROW_STATUSES.map((status) =>
        paint(`${STATUS_MARK[status]} ${counts[status] ?? 0} ${labels.status[status]}`, STATUS_COLOR[status]),
      ).join('  '),
    );
  }

  const { sections, gone } = rowsBySection(comparison.rows);
  const header = [labels.metric, labels.thisWeek, labels.lastWeek, labels.delta, labels.statusColumn, labels.trend];
  for (const { section, rows } of sections) {
    const cells = rows.map((row) => [
      rowName(row),
      formatValue(row.current, row),
      formatValue(row.previous, row),
      [formatDelta(row), formatRelative(row)].filter(Boolean).join(' '),
      statusText(row.status, labels),
      row.trend.length > 1 ? sparkline(row.trend) : '',
    ]);
    const widths = header.map((title, column) => Math.max(displayWidth(title), ...cells.map((row) => displayWidth(row[column]))));
    lines.push('', paint(section || labels.noSection, '1'));
    lines.push('  ' + paint(alignRow(header, widths), '2'));
    cells.forEach((row, i) => lines.push('  ' + paint(alignRow(row, widths), STATUS_COLOR[rows[i].status])));
  }
  if (gone.length > 0) {
    lines.push(
      '',
      paint(`${labels.gone}${gone.map((row) => `${rowName(row)} ${formatValue(row.previous, row)}`).join(', ')}`, STATUS_COLOR.gone),
    );
  }
  return lines.join('\n') + '\n';
}

function refName(ref: Comparison['current']): string {
  return ref.week && ref.week !== ref.name ? `${ref.name} (${ref.week})` : ref.name;
}

/** The status column reads as words: left-aligned like the labels. */
const STATUS_COLUMN = 4;

function alignRow(cells: string[], widths: number[]): string {
  // Numbers read best right-aligned; the label column stays left-aligned.
  return cells
    .map((cell, column) => {
      const pad = ' '.repeat(Math.max(0, widths[column] - displayWidth(cell)));
      return column === 0 || column === STATUS_COLUMN ? cell + pad : pad + cell;
    })
    .join('  ')
    .trimEnd();
}

/** Terminal cells the text takes: wide (CJK, full-width) characters take two. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += isWide(ch.codePointAt(0)!) ? 2 : 1;
  return width;
}

function isWide(code: number): boolean {
  return (
    (code >= 0x1100 && code <= 0x115f) ||
    (code >= 0x2e80 && code <= 0x303e) ||
    (code >= 0x3041 && code <= 0x33ff) ||
    (code >= 0x3400 && code <= 0x4dbf) ||
    (code >= 0x4e00 && code <= 0x9fff) ||
    (code >= 0xa000 && code <= 0xa4cf) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) ||
    (code >= 0x1f300 && code <= 0x1faff) ||
    (code >= 0x20000 && code <= 0x3fffd)
  );
}
