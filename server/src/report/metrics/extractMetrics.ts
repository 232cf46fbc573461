// The report's metrics: every quantity in its prose lines and tables, in document order, with LSP
// ranges and the innermost section's name.
import type { ProseLine, Range, Report } from '../model';
import type { Metric } from './types';
import type { EditCache } from '../editCache';
import { extractLineMetrics, lineMetricSteps, type LineMetric } from './extractLineMetrics';
import { extractTableMetrics, type TableMetric } from './tables';
import { ITEMS_PER_STEP, runToEnd, type Steps } from '../base/steps';

function onLine(line: number, start: number, end: number): Range {
  return { start: { line, character: start }, end: { line, character: end } };
}

function fromLine(metric: LineMetric, line: number, section: string): Metric {
  const start = Math.min(metric.labelStart, metric.valueStart);
  const end = Math.max(metric.labelEnd, metric.valueEnd, metric.fraction?.end ?? 0);
  const result: Metric = {
    label: metric.label,
    value: metric.value,
    unit: metric.unit,
    kind: metric.kind,
    section,
    range: onLine(line, start, end),
    valueRange: onLine(line, metric.valueStart, metric.valueEnd),
    decimals: metric.decimals,
    raw: metric.raw,
  };
  if (metric.fraction) {
    const { numerator, denominator, start: from, end: to } = metric.fraction;
    result.fraction = { numerator, denominator, range: onLine(line, from, to) };
  }
  if (metric.earlier !== undefined) result.earlier = metric.earlier;
  if (metric.change) result.change = { ...metric.change };
  return result;
}

function fromTable(metric: TableMetric, section: string): Metric {
  const at = (offset: number) => metric.character + offset;
  const result: Metric = {
    label: metric.label,
    value: metric.value,
    unit: metric.unit,
    kind: metric.kind ?? 'number',
    section,
    range: metric.cellRange,
    valueRange: onLine(metric.line, at(metric.valueStart), at(metric.valueEnd)),
    decimals: metric.decimals,
    raw: metric.raw,
  };
  if (metric.fraction) {
    const { numerator, denominator, start, end } = metric.fraction;
    result.fraction = { numerator, denominator, range: onLine(metric.line, at(start), at(end)) };
  }
  return result;
}

function byPosition(a: Metric, b: Metric): number {
  return a.range.start.line - b.range.start.line || a.valueRange.start.character - b.valueRange.start.character;
}

/** One document's line metrics from its previous version, by line text: a keystroke re-reads one line. */
export type LineMetricCache = EditCache<LineMetric[]>;

/** A prose line's entry in the cache: its text and what is masked in it. */
function lineKey(prose: ProseLine): string {
  return `${prose.masked.join(';')}\u0000${prose.text}`;
}

/**
 * Reads each prose line's metrics into `cache`, one line per step, without settling: a caller that
 * must stay responsive (the server) runs the steps in slices, and the following `extractMetrics`
 * with the same cache finds every line read.
 */
export function* warmLineMetrics(report: Report, cache: LineMetricCache): Generator<void, void, void> {
  for (const prose of report.proseLines ?? []) {
    const key = lineKey(prose);
    // A line not read before is read in steps: one line can hold thousands of metrics.
    const found = cache.has(key) ? undefined : yield* lineMetricSteps(prose.text, prose.masked, prose.normalised);
    cache.get(key, () => found ?? extractLineMetrics(prose.text, prose.masked, prose.normalised));
    yield;
  }
}

/** Every metric of the report, in document order. Never throws on a well-typed report. */
export function extractMetrics(report: Report, cache?: LineMetricCache): Metric[] {
  return runToEnd(extractMetricsInSteps(report, cache));
}

/** `extractMetrics` as steps (see base/steps.ts): ITEMS_PER_STEP prose lines, or one table, per step. */
export function* extractMetricsInSteps(report: Report, cache?: LineMetricCache): Steps<Metric[]> {
  const metrics: Metric[] = [];
  for (const [k, prose] of (report.proseLines ?? []).entries()) {
    if (k % ITEMS_PER_STEP === ITEMS_PER_STEP - 1) yield;
    const section = prose.section?.name ?? '';
    const found = cache
      ? cache.get(lineKey(prose), () => extractLineMetrics(prose.text, prose.masked, prose.normalised))
      : extractLineMetrics(prose.text, prose.masked, prose.normalised);
    for (const metric of found) metrics.push(fromLine(metric, prose.line, section));
  }
  cache?.settle();
  for (const table of report.tables ?? []) {
    yield;
    const section = table.section?.name ?? '';
    for (const metric of extractTableMetrics(table, report.lines ?? [])) metrics.push(fromTable(metric, section));
  }
  yield;
  return metrics.sort(byPosition);
}
