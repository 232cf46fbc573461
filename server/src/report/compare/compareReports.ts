// This week against last week: one row per metric, matched by its identity (label, kind, section
// path, event), with the change, whether it is good news, and the metric's trend over the series.
// Plans (下周工作 `绩效沟通5人`) are targets, not results: they take no part.
import type { Metric } from '../metrics/types';
import { directionFor, isProgressSection } from './direction';
import type { MetricContext } from './metricContext';
import { planResults, type ReportItem } from './planResults';
import { labelIdentity, metricSideInSteps, pairSidesInSteps, sectionKey } from './matchMetrics';
import { subsetSide, type KeptSide } from './pairingSide';
import { ITEMS_PER_STEP, runToEnd, type Steps } from '../base/steps';
import { similarSectionName, withoutDigits } from './similarity';
import {
  ROW_STATUSES,
  type Comparison,
  type ComparisonRow,
  type Direction,
  type MissingSection,
  type ReportRef,
  type RowStatus,
  type TrendPoint,
} from './types';

export interface ComparedReport {
  ref: ReportRef;
  metrics: Metric[];
  /** Each metric's place (section path, plan or result, event), in the order of `metrics`; see `metricContexts`. */
  contexts?: MetricContext[];
  /** Section names (outline order, nested ones included): lets a section that disappeared be told. */
  sections?: string[];
  /** Each section's path (its parents, then itself), in the order of `sections`. */
  sectionPaths?: string[][];
  /** List items with their scope: last week's plan items are targets, this week's other items its results (`planResults`). */
  items?: ReportItem[];
  /** The report's lines: the words beside a planned number (`10个以内`) bound it. */
  lines?: readonly string[];
}

export interface HistoryWeek {
  /** How to label the week in a trend: `2023-W49`, a date or a title. */
  week: string;
  /** The report's uri, when known: tells whether the history already holds last week's report. */
  uri?: string;
  metrics: Metric[];
  contexts?: MetricContext[];
  /** Section names of that week's report: how regular a section is. */
  sections?: string[];
}

export interface CompareOptions {
  /** Per-metric direction overrides; key = a label substring. */
  directions?: Record<string, Direction>;
  /** Earlier reports of the series, oldest first, normally ending with the previous report. */
  history?: HistoryWeek[];
  /** Passed through to `Comparison.note` (see `describeLookup`). */
  note?: string;
  /**
   * Whether the rows of this week's metrics follow them through the history weeks (default true);
   * false: their trend is this week's value alone. For a caller that reads the comparison for
   * findings only (`check`): the rules read the trend of gone metrics alone (metric-missing), and
   * pairing this week's metrics with every history week was a quarter of the comparison.
   */
  currentTrends?: boolean;
}

export function compareReports(currentReport: ComparedReport, previousReport?: ComparedReport, options: CompareOptions = {}): Comparison {
  return runToEnd(compareReportsInSteps(currentReport, previousReport, options));
}

/**
 * `compareReports` as steps (see base/steps.ts): the pairings with last week and with each
 * history week, and the rows, in pieces of at most ITEMS_PER_STEP metrics.
 */
export function* compareReportsInSteps(
  currentReport: ComparedReport,
  previousReport?: ComparedReport,
  options: CompareOptions = {},
): Steps<Comparison> {
  const current = resultsOf(currentReport);
  const previous = previousReport && resultsOf(previousReport);
  const history = withPrevious(options.history ?? [], previousReport).map((week) => resultsOf(week));
  const currentSide = yield* metricSideInSteps(current.metrics, current.contexts);
  const historySides: KeptSide[] = [];
  for (const week of history) historySides.push(yield* metricSideInSteps(week.metrics, week.contexts));
  const currentTrends =
    options.currentTrends === false
      ? Array.from({ length: currentSide.size }, (): TrendPoint[] => [])
      : yield* trendsOf(currentSide, history, historySides);
  const previousSide = previous && (yield* metricSideInSteps(previous.metrics, previous.contexts));
  const pairs = previousSide ? yield* pairSidesInSteps(currentSide, previousSide, 'right') : [];
  const previousFor = new Map(pairs.map(([i, j]) => [i, j]));
  const matchedPrevious = new Set(pairs.map(([, j]) => j));
  yield;

  const currentDirections = yield* directionsOf(current, options.directions);
  const rows: ComparisonRow[] = [];
  for (let i = 0; i < current.metrics.length; i++) {
    if (i % ITEMS_PER_STEP === ITEMS_PER_STEP - 1) yield;
    const metric = current.metrics[i];
    const j = previousFor.get(i);
    const trend = [...currentTrends[i], { week: weekName(current.ref), value: metric.value }];
    rows.push(rowOf(metric, j === undefined ? undefined : previous?.metrics[j], trend, currentDirections[i], current.contexts?.[i]));
  }
  if (previous) {
    const previousDirections = yield* directionsOf(previous, options.directions);
    const goneAt = previous.metrics.map((_, j) => j).filter((j) => !matchedPrevious.has(j));
    // Nothing gone, nothing to follow: no pairing of an empty side (nor a place in the weeks' memories).
    const goneTrends = goneAt.length === 0 ? [] : yield* trendsOf(subsetSide(previousSide!, goneAt), history, historySides);
    goneAt.forEach((j, k) =>
      rows.push(rowOf(undefined, previous.metrics[j], goneTrends[k], previousDirections[j], previous.contexts?.[j])),
    );
  }
  yield* qualifyRepeatedLabels(rows);

  const comparison: Comparison = { current: current.ref, previous: previous?.ref, rows, counts: countStatuses(rows) };
  if (options.note) comparison.note = options.note;
  const missing = previousReport ? yield* sectionsMissing(currentReport, previousReport, history) : [];
  if (missing.length > 0) {
    comparison.missingSections = missing.map((section) => section.name);
    comparison.missingSectionDetails = missing;
  }
  yield;
  const plans = previousReport ? planResults(previousReport, currentReport, options.directions) : [];
  if (plans.length > 0) comparison.plans = plans;
  return comparison;
}

/**
 * The history ends with last week's report: a previous report named by hand (`--previous`) that
 * the series lookup did not load is still one week of it.
 */
function withPrevious(history: readonly HistoryWeek[], previous: ComparedReport | undefined): HistoryWeek[] {
  if (!previous) return [...history];
  const week = weekName(previous.ref);
  if (history.some((entry) => (entry.uri !== undefined ? entry.uri === previous.ref.uri : entry.week === week))) return [...history];
  return [...history, { week, uri: previous.ref.uri, metrics: previous.metrics, contexts: previous.contexts, sections: previous.sections }];
}

/**
 * The report without its plans: numbers under 下周/Next week are targets, not this week's results.
 * Made once per metrics and contexts arrays, so last week's report and the trend weeks keep the
 * same arrays (and their pairing keys, see pairingSide.ts) keystroke after keystroke.
 */
function resultsOf<T extends { metrics: Metric[]; contexts?: MetricContext[] }>(report: T): T {
  const contexts = report.contexts;
  if (!contexts) return report;
  let results = resultsByContexts.get(contexts);
  if (!results || results.of !== report.metrics) {
    results = { of: report.metrics, ...withoutPlans(report.metrics, contexts) };
    resultsByContexts.set(contexts, results);
  }
  return results.metrics === report.metrics ? report : { ...report, metrics: results.metrics, contexts: results.contexts };
}

const resultsByContexts = new WeakMap<MetricContext[], { of: Metric[]; metrics: Metric[]; contexts: MetricContext[] }>();

function withoutPlans(metrics: Metric[], contexts: MetricContext[]): { metrics: Metric[]; contexts: MetricContext[] } {
  if (!contexts.some((context) => context.scope === 'plan')) return { metrics, contexts };
  const keep = metrics.map((_, i) => i).filter((i) => contexts[i]?.scope !== 'plan');
  return { metrics: keep.map((i) => metrics[i]), contexts: keep.map((i) => contexts[i]) };
}

/**
 * Two rows of one label (two 快捷支付 numbers) must not read alike: each gets its innermost section
 * when that tells them apart, else its place among its namesakes (`#2`).
 */
function* qualifyRepeatedLabels(rows: ComparisonRow[]): Steps<void> {
  const byLabel = new Map<string, ComparisonRow[]>();
  for (const [k, row] of rows.entries()) {
    if (k % ITEMS_PER_STEP === ITEMS_PER_STEP - 1) yield;
    const key = `${row.status === 'gone'}\u0000${labelIdentity(row.label)}`;
    const group = byLabel.get(key);
    if (group) group.push(row);
    else byLabel.set(key, [row]);
  }
  yield;
  for (const group of byLabel.values()) {
    if (group.length < 2) continue;
    const sectionCounts = new Map<string, number>();
    for (const row of group) sectionCounts.set(sectionKey(row.section), (sectionCounts.get(sectionKey(row.section)) ?? 0) + 1);
    const seen = new Map<string, number>();
    for (const row of group) {
      const key = sectionKey(row.section);
      if (row.section && sectionCounts.get(key) === 1) {
        row.qualifier = row.section;
        continue;
      }
      const place = (seen.get(key) ?? 0) + 1;
      seen.set(key, place);
      row.qualifier = row.section && sectionCounts.size > 1 ? `${row.section} #${place}` : `#${place}`;
    }
  }
}

/**
 * Each metric's direction from its label; a label that tells nothing (`CD级` in
 * `事故数AB级0次，CD级1次`) takes the direction of the metric before it on the same line with the
 * same unit: a list of siblings shares its head. A percentage under a progress or status section
 * (`refine kubekey 90%` under Status, 进展) is how far a task got: up is good.
 */
function* directionsOf(
  side: { metrics: readonly Metric[]; contexts?: readonly MetricContext[] },
  overrides: Record<string, Direction> | undefined,
): Steps<Direction[]> {
  const { metrics, contexts } = side;
  const out: Direction[] = [];
  for (const [i, metric] of metrics.entries()) {
    if (i % ITEMS_PER_STEP === ITEMS_PER_STEP - 1) yield;
    let direction = directionFor(metric.label, overrides);
    const before = metrics[i - 1];
    if (
      direction === 'neutral' &&
      before &&
      before.range.start.line === metric.range.start.line &&
      before.unit === metric.unit &&
      metric.unit
    ) {
      direction = out[i - 1];
    }
    if (direction === 'neutral' && metric.kind === 'percent' && contexts?.[i]?.path.some(isProgressSection)) direction = 'higher-is-better';
    out.push(direction);
  }
  return out;
}

function rowOf(
  current: Metric | undefined,
  previous: Metric | undefined,
  trend: TrendPoint[],
  direction: Direction,
  context: MetricContext | undefined,
): ComparisonRow {
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
  if (context) row.path = context.path;
  if (current && previous) {
    // Round to the precision written, so 99.866 − 99.966 is −0.1, not −0.10000000000000853.
    const delta = round(current.value - previous.value, row.decimals!);
    row.delta = delta;
    if (!isPercent && previous.value !== 0) row.relative = delta / Math.abs(previous.value);
    row.status = statusOf(delta, row.direction);
  }
  return row;
}

/** A move with no known direction is `changed`: only a value that did not move is `unchanged`. */
function statusOf(delta: number, direction: Direction): RowStatus {
  if (delta === 0) return 'unchanged';
  if (direction === 'neutral') return 'changed';
  return delta > 0 === (direction === 'higher-is-better') ? 'improved' : 'worsened';
}

/**
 * For each metric, its values in the history weeks where a match exists, oldest first. The weeks'
 * sides are kept from one keystroke to the next: a week's pairing is looked up, not redone, while
 * the metrics typed into keep their keys.
 */
function* trendsOf(side: KeptSide, history: readonly HistoryWeek[], historySides: readonly KeptSide[]): Steps<TrendPoint[][]> {
  const trends: TrendPoint[][] = Array.from({ length: side.size }, () => []);
  for (const [w, week] of history.entries()) {
    for (const [i, j] of yield* pairSidesInSteps(side, historySides[w], 'right'))
      trends[i].push({ week: week.week, value: week.metrics[j].value });
  }
  return trends;
}

function countStatuses(rows: readonly ComparisonRow[]): Comparison['counts'] {
  const counts = Object.fromEntries(ROW_STATUSES.map((status) => [status, 0])) as Comparison['counts'];
  for (const row of rows) counts[row.status]++;
  return counts;
}

/** Sections last week had and this week lacks (renamed ones are matched by `similarName`), with where they sat. */
function* sectionsMissing(current: ComparedReport, previous: ComparedReport, history: readonly HistoryWeek[]): Steps<MissingSection[]> {
  if (!current.sections || !previous.sections) return [];
  const present = current.sections.map(sectionKey);
  // Most sections keep their name, or change only its counts (`新增PR：+23个`): sets answer them
  // before any pair of names is weighed (equal names are similar, see `similarSectionName`).
  const presentExactly = new Set(present);
  const presentWithoutDigits = new Set(present.map(withoutDigits));
  const missing: MissingSection[] = [];
  const told = new Set<string>();
  // The nearest section before each one in last week's outline that this week still has.
  let lastSurviving: string | undefined;
  for (const [k, name] of previous.sections.entries()) {
    yield;
    const key = sectionKey(name);
    const kept = presentExactly.has(key) || presentWithoutDigits.has(withoutDigits(key));
    if (key === '' || kept || present.some((here) => similarSectionName(here, key))) {
      if (key !== '') lastSurviving = name;
      continue;
    }
    if (told.has(key)) continue;
    told.add(key);
    const path = previous.sectionPaths?.[k] ?? [name];
    const section: MissingSection = {
      name,
      parents: path.slice(0, -1),
      weeksSeen: history.filter((week) => week.sections?.some((other) => similarSectionName(sectionKey(other), key))).length,
    };
    if (lastSurviving !== undefined) section.after = lastSurviving;
    missing.push(section);
  }
  return missing;
}

function weekName(ref: ReportRef): string {
  return ref.week ?? ref.name;
}

function round(value: number, decimals: number): number {
  const factor = 10 ** Math.min(decimals, 10);
  return Math.round(value * factor) / factor;
}
