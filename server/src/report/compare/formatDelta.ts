// How values and changes read everywhere (terminal, Markdown, HTML panel, hovers, inlay hints),
// so that the same row never shows two spellings of one change.
import type { ComparisonRow, TrendPoint } from './types';

const MINUS = '\u2212';
const BARS = '▁▂▃▄▅▆▇█';

type ValueFormat = Pick<ComparisonRow, 'unit' | 'decimals'>;
type DeltaFormat = Pick<ComparisonRow, 'delta' | 'deltaKind' | 'decimals' | 'relative'>;

/** `99.866%`, `464个`, `$12`: the value with the precision and unit of the report. */
export function formatValue(value: number | undefined, row: ValueFormat): string {
  if (value === undefined || !Number.isFinite(value)) return '';
  const number = formatNumber(value, row.decimals);
  return row.unit === '$' ? `$${number}` : `${number}${row.unit}`;
}

/** `▲0.02pp`, `▼12`, `=`; empty when there is nothing to compare (new, gone). */
export function formatDelta(row: DeltaFormat): string {
  if (row.delta === undefined || !Number.isFinite(row.delta)) return '';
  if (row.delta === 0) return '=';
  const arrow = row.delta > 0 ? '▲' : '▼';
  return `${arrow}${formatNumber(Math.abs(row.delta), row.decimals)}${row.deltaKind === 'pp' ? 'pp' : ''}`;
}

/** `+50%`, `−25%`, `+0.5%`: the relative change of a count; empty for percents or from zero. */
export function formatRelative(row: DeltaFormat): string {
  if (row.relative === undefined || !Number.isFinite(row.relative)) return '';
  const percent = row.relative * 100;
  const digits = Math.abs(percent) < 10 && percent !== Math.round(percent) ? 1 : 0;
  const text = trimZeros(Math.abs(percent).toFixed(digits));
  if (Number(text) === 0) return '0%';
  return `${percent > 0 ? '+' : MINUS}${text}%`;
}

/** `−0.100 pp`, `+12 (+50%)`: the change spelled out, for messages and hovers. */
export function formatChange(row: DeltaFormat): string {
  if (row.delta === undefined || !Number.isFinite(row.delta)) return '';
  const sign = row.delta > 0 ? '+' : row.delta < 0 ? MINUS : '±';
  const amount = `${sign}${formatNumber(Math.abs(row.delta), row.decimals)}${row.deltaKind === 'pp' ? ' pp' : ''}`;
  const relative = formatRelative(row);
  return relative ? `${amount} (${relative})` : amount;
}

/** `▁▃▅█`: one bar per week, scaled between the trend's lowest and highest value. */
export function sparkline(trend: readonly TrendPoint[]): string {
  const values = trend.map((point) => point.value).filter(Number.isFinite);
  if (values.length === 0) return '';
  const low = Math.min(...values);
  const high = Math.max(...values);
  const middle = BARS[Math.floor(BARS.length / 2) - 1];
  return values.map((value) => (high === low ? middle : BARS[Math.round(((value - low) / (high - low)) * (BARS.length - 1))])).join('');
}

function formatNumber(value: number, decimals: number | undefined): string {
  if (decimals !== undefined && decimals >= 0 && decimals <= 20) return value.toFixed(decimals);
  return trimZeros(value.toFixed(6));
}

function trimZeros(text: string): string {
  return text.includes('.') ? text.replace(/\.?0+$/, '') : text;
}
