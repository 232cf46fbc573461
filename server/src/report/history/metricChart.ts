// What the chart of one metric needs, as the server sends it: the series' reports (so that weeks
// without the metric, or without a report, show as gaps), the metric's points and the team
// thresholds (`weeklyReport.thresholds`) that name it, drawn as lines.
import type { ThresholdSetting } from '../base/settings';
import { labelMatcher } from '../rules/labelMatch';
import { historyRows, type HistoryReport, type MetricHistory, type MetricHistoryRow, type MetricTrack } from './metricHistory';

/** A threshold as the chart draws it: a bound in the metric's unit, and the pattern that set it. */
export interface ChartThreshold {
  metric: string;
  min?: number;
  max?: number;
}

export interface MetricHistoryData {
  /** The series' reports, oldest first. */
  reports: HistoryReport[];
  /** The metrics asked for: the one at a line, or every metric of the report. */
  metrics: MetricTrack[];
  /** The thresholds naming each metric, in the order of `metrics`. */
  thresholds: ChartThreshold[][];
  /** One row per report and metric (what `weekly-report history` writes). */
  rows: MetricHistoryRow[];
}

export function metricHistoryData(
  history: MetricHistory,
  metrics: readonly MetricTrack[],
  thresholds: readonly ThresholdSetting[],
): MetricHistoryData {
  const chosen = { reports: history.reports, metrics: [...metrics] };
  return {
    ...chosen,
    thresholds: chosen.metrics.map((track) => thresholdsFor(track, thresholds)),
    rows: historyRows(chosen),
  };
}

/** The bounds of the thresholds whose pattern names the metric (its latest label), ignored ones (`off`, no bound) left out. */
export function thresholdsFor(track: Pick<MetricTrack, 'label'>, thresholds: readonly ThresholdSetting[]): ChartThreshold[] {
  return thresholds.flatMap((threshold) => {
    if (!threshold || typeof threshold.metric !== 'string' || threshold.severity === 'off') return [];
    const min = typeof threshold.min === 'number' && Number.isFinite(threshold.min) ? threshold.min : undefined;
    const max = typeof threshold.max === 'number' && Number.isFinite(threshold.max) ? threshold.max : undefined;
    if ((min === undefined && max === undefined) || !labelMatcher(threshold.metric)(track.label)) return [];
    return [{ metric: threshold.metric, ...(min !== undefined ? { min } : {}), ...(max !== undefined ? { max } : {}) }];
  });
}
