// One metric through every report of a series, oldest first. Metrics are followed from week to week
// by the identity the comparison uses (`pairMetrics` over `metricContexts`: label, kind, section
// path, event, a renamed section or a moved metric as the comparison matches them): each report's
// results are paired with the latest value of every metric seen so far, so a metric that skipped a
// week is still the same metric when it comes back. Plans (下周/Next week) are targets, not results:
// they are left out, as the comparison leaves them out.
import type { Report } from '../model';
import type { Metric, MetricKind } from '../metrics/types';
import { metricContexts, type MetricContext } from '../compare/metricContext';
import { pairMetrics } from '../compare/matchMetrics';
import { reportRef } from '../compare/comparedReport';
import { weekMonday } from '../series/weekPosition';
import { countedNumbering, daysBetween, type WeekNumberingSetting } from '../week';

/** A report of the series as the history needs it: what `loadedReport` gives. */
export interface HistorySource {
  uri: string;
  report: Pick<Report, 'title' | 'titleRange' | 'week' | 'sections' | 'listItems' | 'lines'>;
  metrics: Metric[];
}

/** One report of the series, in the history's order (oldest first). */
export interface HistoryReport {
  uri: string;
  /** The week as the report reads it: `2023-W51`, `W51`, a date, else the report's name. */
  week: string;
  /** The week's Monday, else the report's date (ISO `YYYY-MM-DD`); '' when the report gives neither. */
  date: string;
  /** Reports that should have come between the one before and this one, by the series' usual gap (a holiday). */
  missingBefore: number;
}

/** A value of a metric in one report. */
export interface HistoryPoint {
  /** Index into `MetricHistory.reports`. */
  report: number;
  value: number;
  /** The label as that report writes it (a metric renamed across weeks keeps its own words per week). */
  label: string;
  /** Section names from the outermost to the innermost holding it, in that report. */
  path: string[];
  /** 0-based line in that report. */
  line: number;
}

/** One metric followed through the series. */
export interface MetricTrack {
  /** The label in the latest report that has it. */
  label: string;
  unit: string;
  kind: MetricKind;
  /** The most digits after the point any week wrote it with. */
  decimals: number;
  /** Oldest first; a report without the metric has no point. */
  points: HistoryPoint[];
}

export interface MetricHistory {
  reports: HistoryReport[];
  metrics: MetricTrack[];
}

/** One CSV/JSON row of `weekly-report history`: a metric in a report. */
export interface MetricHistoryRow {
  /** Which metric (its index in `MetricHistory.metrics`): rows of one metric share it, whatever label each week wrote. */
  metric: number;
  week: string;
  date: string;
  file: string;
  label: string;
  /** The section path, outermost first, joined with ` / `. */
  section: string;
  value: number;
  unit: string;
}

/** `sources`: the series' reports, oldest first (see `seriesMembers`). */
export function metricHistory(sources: readonly HistorySource[], numbering: WeekNumberingSetting = 'first-day'): MetricHistory {
  const reports = describeReports(sources, numbering);
  const tracks: MetricTrack[] = [];
  /** Each track's latest metric and its context: what this week's metrics are paired with. */
  const latest: Array<{ metric: Metric; context: MetricContext }> = [];
  sources.forEach((source, at) => {
    const contexts = metricContexts(source.report, source.metrics);
    const results = source.metrics.map((_, i) => i).filter((i) => contexts[i].scope !== 'plan');
    const metrics = results.map((i) => source.metrics[i]);
    const resultContexts = results.map((i) => contexts[i]);
    const pairs = pairMetrics(
      metrics,
      latest.map((seen) => seen.metric),
      resultContexts,
      latest.map((seen) => seen.context),
    );
    const trackOf = new Map(pairs);
    metrics.forEach((metric, i) => {
      let k = trackOf.get(i);
      if (k === undefined) {
        k = tracks.length;
        tracks.push({ label: metric.label, unit: metric.unit, kind: metric.kind, decimals: 0, points: [] });
        latest.push({ metric, context: resultContexts[i] });
      }
      const track = tracks[k];
      track.label = metric.label;
      track.unit = metric.unit || track.unit;
      track.decimals = Math.max(track.decimals, metric.decimals);
      track.points.push({
        report: at,
        value: metric.value,
        label: metric.label,
        path: resultContexts[i].path,
        line: metric.range.start.line,
      });
      latest[k] = { metric, context: resultContexts[i] };
    });
  });
  return { reports, metrics: tracks };
}

/** One row per report and metric, reports oldest first, a report's metrics in the order the history met them. */
export function historyRows(history: MetricHistory, fileOf: (uri: string) => string = (uri) => uri): MetricHistoryRow[] {
  const rows: Array<{ report: number; track: number; row: MetricHistoryRow }> = [];
  history.metrics.forEach((track, t) => {
    for (const point of track.points) {
      const report = history.reports[point.report];
      rows.push({
        report: point.report,
        track: t,
        row: {
          metric: t,
          week: report.week,
          date: report.date,
          file: fileOf(report.uri),
          label: point.label,
          section: point.path.join(' / '),
          value: point.value,
          unit: track.unit,
        },
      });
    }
  });
  return rows.sort((a, b) => a.report - b.report || a.track - b.track).map(({ row }) => row);
}

/**
 * Whether the line from the point before `point` to it is broken: a report of the series between
 * them lacks the metric, or weeks are missing from the series itself (a holiday).
 */
export function gapBefore(history: MetricHistory, track: MetricTrack, point: number): boolean {
  if (point <= 0) return false;
  const from = track.points[point - 1].report;
  const to = track.points[point].report;
  if (to - from > 1) return true;
  return history.reports[to].missingBefore > 0;
}

/** A metric's history keeps the tracks `keep` accepts; the reports stay, so gaps stay visible. */
export function filterHistory(history: MetricHistory, keep: (track: MetricTrack) => boolean): MetricHistory {
  return { reports: history.reports, metrics: history.metrics.filter(keep) };
}

const DAYS_PER_WEEK = 7;

function describeReports(sources: readonly HistorySource[], numbering: WeekNumberingSetting): HistoryReport[] {
  const described = sources.map((source) => {
    const ref = reportRef(source.uri, source.report);
    const monday = weekMonday(source.report.week, countedNumbering(numbering, source.report.week));
    return { uri: source.uri, week: ref.week ?? ref.name, date: monday ?? source.report.week?.date ?? '', missingBefore: 0 };
  });
  const usual = usualGapWeeks(described.map((report) => report.date));
  for (let i = 1; i < described.length; i++) {
    const weeks = weeksBetween(described[i - 1].date, described[i].date);
    if (weeks === undefined) continue;
    // Biweekly and monthly series drift by a week (a 5-week month); weekly ones do not: as the previous-report lookup reads them.
    const onTime = usual === 1 ? 1 : usual + 1;
    if (weeks > onTime) described[i].missingBefore = Math.round(weeks / usual) - 1;
  }
  return described;
}

function weeksBetween(from: string, to: string): number | undefined {
  if (!from || !to) return undefined;
  return Math.round(daysBetween(from, to) / DAYS_PER_WEEK);
}

/** The series' usual number of weeks between reports: the median gap, at least one. */
function usualGapWeeks(dates: readonly string[]): number {
  const gaps: number[] = [];
  for (let i = 1; i < dates.length; i++) {
    const weeks = weeksBetween(dates[i - 1], dates[i]);
    if (weeks !== undefined && weeks > 0) gaps.push(weeks);
  }
  if (gaps.length === 0) return 1;
  gaps.sort((a, b) => a - b);
  return Math.max(1, gaps[(gaps.length - 1) >> 1]);
}
