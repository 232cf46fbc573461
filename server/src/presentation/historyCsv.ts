// A metric history as CSV (RFC 4180): a header row, CRLF line ends, a field quoted when it holds a
// comma, a double quote, CR or LF, its quotes doubled. Spreadsheets and `csv` parsers read it as is.
import type { MetricHistoryRow } from '../report/history';

export const HISTORY_COLUMNS = ['week', 'date', 'file', 'label', 'section', 'value', 'unit'] as const satisfies ReadonlyArray<
  keyof MetricHistoryRow
>;

export function renderHistoryCsv(rows: readonly MetricHistoryRow[]): string {
  const lines = [HISTORY_COLUMNS.join(','), ...rows.map((row) => HISTORY_COLUMNS.map((column) => csvField(row[column])).join(','))];
  return `${lines.join('\r\n')}\r\n`;
}

/** One field: numbers as JavaScript writes them (no grouping, `.` decimals), text quoted when it must be. */
export function csvField(value: string | number): string {
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
