import type { MetricKind } from '../metrics/types';

export type Direction = 'higher-is-better' | 'lower-is-better' | 'neutral';
export type RowStatus = 'improved' | 'worsened' | 'unchanged' | 'new' | 'gone';
/** `pp`: percentage points (percent metrics); `absolute`: plain difference (counts etc.). */
export type DeltaKind = 'pp' | 'absolute';

export interface TrendPoint {
  /** Label of the week the value is from, e.g. `2023-W50` or the report's title. */
  week: string;
  value: number;
}

export interface ComparisonRow {
  label: string;
  section: string;
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
  counts: { improved: number; worsened: number; unchanged: number; new: number; gone: number };
}
