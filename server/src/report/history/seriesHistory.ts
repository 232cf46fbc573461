// A report's series as a metric history: the series' members (`seriesMembers`, oldest first) loaded
// through the caller's loader, as the comparison loads last week's report. The server passes open
// documents and its file cache, the CLI plain file reads.
import type { ReportLoader } from '../compare/compareInSeries';
import { seriesMembers, type SeriesOptions } from '../series/findPreviousReport';
import { sameUri, type ReportEntry } from '../series/reportEntry';
import { toHalfWidth } from '../metrics/text';
import type { WeekNumberingSetting } from '../week';
import { metricHistory, type HistorySource, type MetricHistory, type MetricTrack } from './metricHistory';

/**
 * The history of every metric of `current`'s series. `current` is loaded first (it may be an open
 * document), then every other member; a member that cannot be read is left out, like a missing week.
 */
export async function loadSeriesHistory(
  current: ReportEntry,
  entries: readonly ReportEntry[],
  load: ReportLoader,
  options: SeriesOptions & { numbering?: WeekNumberingSetting },
): Promise<MetricHistory> {
  const members = seriesMembers(current, entries, options);
  const sources: HistorySource[] = [];
  for (const entry of members.length ? members : [current]) {
    const loaded = await load(entry.uri);
    if (loaded) sources.push(loaded);
  }
  return metricHistory(sources, options.numbering);
}

/** `--metric`: a case- and width-insensitive substring of any label the metric was written with. */
export function labelQuery(query: string): (track: MetricTrack) => boolean {
  const wanted = foldCase(query);
  return (track) => track.points.some((point) => foldCase(point.label).includes(wanted)) || foldCase(track.label).includes(wanted);
}

function foldCase(text: string): string {
  return toHalfWidth(text).toLowerCase().trim();
}

/** The index of the report `uri` in the history, -1 when absent. */
export function reportIndex(history: MetricHistory, uri: string): number {
  return history.reports.findIndex((report) => sameUri(report.uri, uri));
}

/**
 * The track of the metric at `line` of report `uri` (the panel's row, the hover's metric); with
 * several metrics on that line, the one whose label reads `label` (case and width aside), else the first.
 */
export function trackAt(history: MetricHistory, uri: string, line: number, label?: string): MetricTrack | undefined {
  const at = reportIndex(history, uri);
  if (at < 0) return undefined;
  const onLine = history.metrics.filter((track) => track.points.some((point) => point.report === at && point.line === line));
  if (label === undefined) return onLine[0];
  const wanted = foldCase(label);
  return onLine.find((track) => track.points.some((point) => point.report === at && foldCase(point.label) === wanted)) ?? onLine[0];
}

/** The metrics the report `uri` has (for a quick pick of this week's metrics), in the order the history met them. */
export function tracksIn(history: MetricHistory, uri: string): MetricTrack[] {
  const at = reportIndex(history, uri);
  return history.metrics.filter((track) => track.points.some((point) => point.report === at));
}
