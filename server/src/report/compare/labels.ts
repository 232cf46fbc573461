// Marks and names the comparison renderers share; their words are in the catalogue (i18n.ts).
import type { ComparisonLabels } from '../i18n';
import type { ComparisonRow, RowStatus } from './types';

export { comparisonLabels, type ComparisonLabels } from '../i18n';

/**
 * Good or bad news as a sign that survives plain text and Markdown, beside the colour: ▲/▼ are
 * kept for the direction of the number, so `排名 ▲2 ✗` reads as a rank that went up and is worse.
 */
export const STATUS_MARK: Record<RowStatus, string> = {
  improved: '✓',
  worsened: '✗',
  changed: '≠',
  unchanged: '=',
  new: '+',
  gone: '−',
};

/** `✗ worsened`: the status as a mark and a word, for a table cell or a summary. */
export function statusText(status: RowStatus, labels: ComparisonLabels): string {
  return `${STATUS_MARK[status]} ${labels.status[status]}`;
}

/** The row's name as every view shows it: the label, and its qualifier when the label is not unique. */
export function rowName(row: Pick<ComparisonRow, 'label' | 'qualifier'>): string {
  if (!row.qualifier) return row.label;
  return /[\u3400-\u9fff]/.test(row.label + row.qualifier) ? `${row.label}（${row.qualifier}）` : `${row.label} (${row.qualifier})`;
}
