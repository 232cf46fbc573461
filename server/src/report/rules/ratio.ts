// Shared by the rules that check a written percentage against the counts it was computed from.
import type { Range, Report } from '../model';
import type { Metric } from '../metrics/types';
import { message } from '../i18n';
import type { Fix } from './types';
import type { Locale } from '../base/locale';

const EPSILON = 1e-9;

/** part / whole as a percentage; undefined when the ratio is not meaningful (0/0, negatives, NaN). */
export function percentOf(part: number, whole: number): number | undefined {
  if (!Number.isFinite(part) || !Number.isFinite(whole) || whole <= 0 || part < 0) return undefined;
  return (part / whole) * 100;
}

/**
 * A percentage written with `decimals` digits agrees with the exact value when it is that value
 * rounded, truncated or rounded up at that precision: 66.67 may be written 67%, 66% or 66.67%.
 */
export function agreesAtPrecision(written: number, decimals: number, exact: number): boolean {
  const step = 10 ** -clampDecimals(decimals);
  return Math.abs(written - exact) < step + EPSILON;
}

/** The exact value as a person would write it at the given precision (at least 2 decimals shown). */
export function showPercent(exact: number, decimals: number): string {
  const digits = Math.max(2, clampDecimals(decimals));
  return `${Number(exact.toFixed(digits))}%`;
}

function clampDecimals(decimals: number): number {
  return Number.isFinite(decimals) ? Math.max(0, Math.min(10, Math.floor(decimals))) : 0;
}

/** The text a range covers, when it lies on one line; '' otherwise. */
export function textAt(report: Report, range: Range): string {
  if (range.start.line !== range.end.line) return '';
  return (report.lines[range.start.line] ?? '').slice(range.start.character, range.end.character);
}

const WRITTEN_NUMBER = /[-+\u2212\uff0b\uff0d]?[0-9\uff10-\uff19]+(?:[.\uff0e][0-9\uff10-\uff19]+)?/;

/**
 * `written` with its number replaced by `value` at `decimals` digits; the unit (`%` or `％`) and
 * the digits' width stay as written. Undefined when `written` holds no number.
 */
export function rewriteNumber(written: string, value: number, decimals: number): string | undefined {
  const match = WRITTEN_NUMBER.exec(written);
  if (!match || !Number.isFinite(value)) return undefined;
  let replacement = value.toFixed(clampDecimals(decimals));
  if (/[\uff10-\uff19]/.test(match[0])) {
    replacement = replacement.replace(/[0-9.\-]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0xfee0));
  }
  return written.slice(0, match.index) + replacement + written.slice(match.index + match[0].length);
}

/** A fix replacing the metric's value with `exact` at the precision it was written with. */
export function replaceValueFix(report: Report, metric: Metric, exact: number, locale: Locale): Fix | undefined {
  const written = textAt(report, metric.valueRange);
  const newText = written ? rewriteNumber(written, exact, metric.decimals) : undefined;
  if (!newText || newText === written) return undefined;
  return { title: message(locale, 'fixReplaceWith', { text: newText }), range: metric.valueRange, newText };
}
