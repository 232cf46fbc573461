import type { MetricKind } from '../metrics/types';

export type Direction = 'higher-is-better' | 'lower-is-better' | 'neutral';
/**
 * `changed`: the value moved and whether that is good news is unknown (健康分 717 → 698 with no
 * direction): never `unchanged`, which is kept for a value that did not move.
 */
export type RowStatus = 'improved' | 'worsened' | 'changed' | 'unchanged' | 'new' | 'gone';
/** Every status, in the order summaries list them. */
export const ROW_STATUSES: readonly RowStatus[] = ['improved', 'worsened', 'changed', 'unchanged', 'new', 'gone'];
/** `pp`: percentage points (percent metrics); `absolute`: plain difference (counts etc.). */
export type DeltaKind = 'pp' | 'absolute';

export interface TrendPoint {
  /** Label of the week the value is from, e.g. `2023-W50` or the report's title. */
  week: string;
  value: number;
}

export interface ComparisonRow {
  label: string;
  /**
   * What tells this row from another row of the same label in the same report (its sub-section,
   * else its place `#2`): shown beside the label so two 快捷支付 rows never read alike.
   */
  qualifier?: string;
  section: string;
  /** Sections from the outermost to the innermost holding the metric (of the current report; of last week's for gone rows). */
  path?: string[];
  current?: number;
  previous?: number;
  /** current − previous, in pp for percents; undefined for new/gone. */
  delta?: number;
  deltaKind: DeltaKind;
  /** (current − previous) / |previous|, when previous ≠ 0 and the metric is not a percent. */
  relative?: number;
  unit: string;
  kind: MetricKind;
  direction: Direction;
  status: RowStatus;
  /** Oldest first, ending with this week's value (if any). */
  trend: TrendPoint[];
  /** 0-based line of the metric in the current report (new/improved/…), undefined for gone. */
  line?: number;
  /** 0-based line of the metric in the previous report, when matched or gone. */
  previousLine?: number;
  /** Digits after the decimal point to show values and delta with: the more precise of the two as written. */
  decimals?: number;
}

export interface ReportRef {
  uri: string;
  /** What to show: the title, else the file name. */
  name: string;
  /** `2023-W51`, or a date, whichever the report gives. */
  week?: string;
}

export interface Comparison {
  current: ReportRef;
  previous?: ReportRef;
  /** Why there is no previous report, or that a gap was bridged (holiday week): shown to the user. */
  note?: string;
  /** The previous report lies too far back (`weeklyReport.maxGapWeeks`): shown, but week-over-week rules stay silent. */
  previousTooFar?: boolean;
  /** How many weeks back the previous report is, when more than one (a biweekly or monthly series, a gap). */
  previousWeeksBack?: number;
  rows: ComparisonRow[];
  /** Sections last week's report had and this one lacks (when both reports' sections were given). */
  missingSections?: string[];
  /** For each of `missingSections`, in the same order: where it sat and how many weeks of the history had it. */
  missingSectionDetails?: MissingSection[];
  counts: Record<RowStatus, number>;
  /** Last week's plan (下周工作 / Next week) held against this week's results, in last week's order; see `planResults`. */
  plans?: PlanResult[];
}

export interface MissingSection {
  name: string;
  /** Its parent sections in last week's report, outermost first. */
  parents: string[];
  /** The nearest section before it in last week's outline that this week's report still has. */
  after?: string;
  /** How many reports of the history (last week's included) had a section of this name. */
  weeksSeen: number;
}

/**
 * `met` / `missed`: a planned number against this week's matching metric, or a planned item this
 * week tells as done (`met` only); `mentioned`: a planned item this week talks about without saying
 * it is done; `not-mentioned`: nothing this week matches.
 */
export type PlanStatus = 'met' | 'missed' | 'mentioned' | 'not-mentioned';
export const PLAN_STATUSES: readonly PlanStatus[] = ['met', 'missed', 'mentioned', 'not-mentioned'];

/** One target of last week's plan and what this week's report says of it. */
export interface PlanResult {
  /** `metric`: a number in the plan (`测试进度100%`); `item`: a plan list item without one this week matched. */
  kind: 'metric' | 'item';
  /** The planned metric's label, or the item's text as written. */
  text: string;
  /** 0-based line of the target in last week's report. */
  previousLine: number;
  status: PlanStatus;
  /** Metric targets: the planned value, its unit and precision. */
  target?: number;
  unit?: string;
  decimals?: number;
  /** Metric targets: `at-least` (a rate, progress, an amount to reach) or `at-most` (errors, latency, 以内). */
  bound?: 'at-least' | 'at-most';
  /** This week's value of the matching metric. */
  actual?: number;
  /** This week's matching metric's label, or the matching item's text. */
  matched?: string;
  /** 0-based line of the matching metric or item in this week's report. */
  line?: number;
}
