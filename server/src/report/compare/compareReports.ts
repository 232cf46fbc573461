// This week against last week: one row per metric, matched by label, with the change, whether it
// is good news, and the metric's trend over the series.
import type { Metric } from '../metrics/types';
import { directionFor } from './direction';
import { pairMetrics, sectionKey } from './matchMetrics';
import type { Comparison, ComparisonRow, Direction, ReportRef, RowStatus, TrendPoint } from './types';

export interface ComparedReport {
  ref: ReportRef;
  metrics: Metric[];
  /** Section names (outline order, nested ones included): lets a section that disappeared be told. */
  sections?: string[];
}

export interface HistoryWeek {
  /** How to label the week in a trend: `2023-W49`, a date or a title. */
  week: string;
  metrics: Metric[];
}

export interface CompareOptions {
  /** Per-metric direction overrides; key = a label substring. */
  directions?: Record<string, Direction>;
  /** Earlier reports of the series, oldest first, normally ending with the previous report. */
  history?: HistoryWeek[];
  /** Passed through to `Comparison.note` (see `describeLookup`). */
  note?: string;
}

export function compareReports(
  current: ComparedReport,
  previous?: ComparedReport,
  options: CompareOptions = {},
): Comparison {
  const history = options.history ?? (previous ? [{ week: weekName(previous.ref), metrics: previous.metrics }] : []);
  const currentTrends = trendsOf(current.metrics, history);
  const pairs = previous ? pairMetrics(current.metrics, previous.metrics) : [];
  const previousFor = new Map(pairs.map(([i, j]) => [i, j]));
  const matchedPrevious = new Set(pairs.map(([, j]) => j));

  const currentDirections = directionsOf(current.metrics, options.directions);
  const rows: ComparisonRow[] = current.metrics.map((metric, i) => {
    const j = previousFor.get(i);
    const trend = [...currentTrends[i], { week: weekName(current.ref), value: metric.value }];
    return rowOf(metric, j === undefined ? undefined : previous?.metrics[j], trend, currentDirections[i]);
  });
  if (previous) {
    const previousDirections = directionsOf(previous.metrics, options.directions);
    const gone = previous.metrics.map((metric, j) => ({ metric, j })).filter(({ j }) => !matchedPrevious.has(j));
    const goneTrends = trendsOf(
      gone.map(({ metric }) => metric),
      history,
    );
    gone.forEach(({ metric, j }, k) => rows.push(rowOf(undefined, metric, goneTrends[k], previousDirections[j])));
  }

  const comparison: Comparison = { current: current.ref, previous: previous?.ref, rows, counts: countStatuses(rows) };
  if (options.note) comparison.note = options.note;
  const missingSections = previous ? sectionsMissing(current.sections, previous.sections) : [];
  if (missingSections.length > 0) comparison.missingSections = missingSections;
  return comparison;
}

/**
 * Each metric's direction from its label; a label that tells nothing (`CD级` in
 * `事故数AB级0次，CD级1次`) takes the direction of the metric before it on the same line with the
 * same unit: a list of siblings shares its head.
 */
function directionsOf(metrics: readonly Metric[], overrides: Record<string, Direction> | undefined): Direction[] {
  return metrics.reduce<Direction[]>((out, metric, i) => {
    let direction = directionFor(metric.label, overrides);
    const before = metrics[i - 1];
    if (direction === 'neutral' && before && before.range.start.line === metric.range.start.line && before.unit === metric.unit && metric.unit) {
      direction = out[i - 1];
    }
    out.push(direction);
    return out;
  }, []);
}

function rowOf(current: Metric | undefined, previous: Metric | undefined, trend: TrendPoint[], direction: Direction): ComparisonRow {
  const metric = (current ?? previous)!;
  const isPercent = metric.kind === 'percent';
  const row: ComparisonRow = {
    label: metric.label,
    section: metric.section,
    current: current?.value,
    previous: previous?.value,
    deltaKind: isPercent ? 'pp' : 'absolute',
    unit: metric.unit,
    kind: metric.kind,
    direction,
    status: current ? (previous ? 'unchanged' : 'new') : 'gone',
    trend,
    line: current?.range.start.line,
    previousLine: previous?.range.start.line,
    decimals: Math.max(current?.decimals ?? 0, previous?.decimals ?? 0),
  };
  if (current && previous) {
    // Round to the precision written, so 99.866 − 99.966 is −0.1, not −0.10000000000000853.
    const delta = round(current.value - previous.value, row.decimals!);
    row.delta = delta;
    if (!isPercent && previous.value !== 0) row.relative = delta / Math.abs(previous.value);
    row.status = statusOf(delta, row.direction);
  }
  return row;
}

function statusOf(delta: number, direction: Direction): RowStatus {
  if (delta === 0 || direction === 'neutral') return 'unchanged';
  return (delta > 0) === (direction === 'higher-is-better') ? 'improved' : 'worsened';
}

/** For each metric, its values in the history weeks where a match exists, oldest first. */
function trendsOf(metrics: readonly Metric[], history: readonly HistoryWeek[]): TrendPoint[][] {
  const trends: TrendPoint[][] = metrics.map(() => []);
  for (const week of history) {
    for (const [i, j] of pairMetrics(metrics, week.metrics)) trends[i].push({ week: week.week, value: week.metrics[j].value });
  }
  return trends;
}

function countStatuses(rows: readonly ComparisonRow[]): Comparison['counts'] {
  const counts = { improved: 0, worsened: 0, unchanged: 0, new: 0, gone: 0 };
  for (const row of rows) counts[row.status]++;
  return counts;
}

function sectionsMissing(current: string[] | undefined, previous: string[] | undefined): string[] {
  if (!current || !previous) return [];
  const present = new Set(current.map(sectionKey));
  const missing = previous.filter((name) => sectionKey(name) !== '' && !present.has(sectionKey(name)));
  return [...new Set(missing)];
}

function weekName(ref: ReportRef): string {
  return ref.week ?? ref.name;
}

function round(value: number, decimals: number): number {
  const factor = 10 ** Math.min(decimals, 10);
  return Math.round(value * factor) / factor;
}
