// `weekly-report history PATH…`: every metric of a series through all its reports, one row per
// report and metric, as CSV, JSON or an aligned table. A file stands for its series (the reports
// beside it), a folder for the series it holds; each file is read once, through the guarded reader.
import { cliMessages } from './messages';
import { statSync } from 'node:fs';
import * as path from 'node:path';
import type { Settings } from '../protocol';
import type { Locale } from '../report/base/locale';
import { formatValue } from '../report/compare/formatDelta';
import { filterHistory, historyRows, labelQuery, loadSeriesHistory, type MetricHistory, type MetricHistoryRow } from '../report/history';
import { recognisedReports } from '../report/series/recognition';
import { seriesMembers } from '../report/series/findPreviousReport';
import { createReportEntry, sameUri, type ReportEntry } from '../report/series/reportEntry';
import { ReportFileLoader } from '../node/reportFileLoader';
import { uriToPath } from '../node/uris';
import { usageError } from './args';
import { cachedLoader, indexReports, loadReportFile } from './reportFolder';
import { cliReader } from './readReportFile';
import { alignColumns } from './terminal';

export interface HistoryOptions {
  /** `--metric`: keep the metrics whose label contains it (case and width aside). */
  metric?: string;
}

export interface HistoryOutput {
  /** Every report of the series read, oldest first: a week missing here is a week with no report. */
  reports: Array<{ week: string; date: string; file: string; missingBefore: number }>;
  rows: MetricHistoryRow[];
}

/** The histories of the series named by `paths` (files or folders), each series once, in the order named. */
export async function seriesHistories(paths: readonly string[], settings: Settings, options: HistoryOptions): Promise<MetricHistory[]> {
  const files = new ReportFileLoader(cliReader);
  const histories: MetricHistory[] = [];
  const done = new Set<string>();
  const seriesOptions = { series: 'folder' as const, numbering: settings.weekNumbering };
  for (const given of paths) {
    const folder = isDirectory(given) ? path.resolve(given) : path.dirname(path.resolve(given));
    const entries = await indexReports(folder, false, settings);
    const known = isDirectory(given) ? [] : [loadReportFile(given, settings)];
    const starts = known.length ? [createReportEntry(known[0].uri, known[0].report)] : seriesStarts(entries, settings);
    if (starts.length === 0) throw usageError((t) => t.noReportsIn(given));
    const load = cachedLoader(
      settings,
      files,
      () => [folder],
      (uri) => known.find((loaded) => loaded.uri === uri),
    );
    for (const start of starts) {
      if (done.has(start.uri)) continue;
      const members = seriesMembers(start, entries, seriesOptions);
      for (const member of members) done.add(member.uri);
      done.add(start.uri);
      const history = await loadSeriesHistory(start, entries, load, seriesOptions);
      histories.push(options.metric === undefined ? history : filterHistory(history, labelQuery(options.metric)));
    }
  }
  return histories;
}

/** One report of each series a folder holds (its recognised reports, grouped by `seriesMembers`). */
function seriesStarts(entries: readonly ReportEntry[], settings: Settings): ReportEntry[] {
  const reports = recognisedReports(entries);
  const starts: ReportEntry[] = [];
  const covered: ReportEntry[] = [];
  for (const entry of [...entries].sort((a, b) => (a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : 0))) {
    if (!reports.has(entry.uri) || covered.some((seen) => sameUri(seen.uri, entry.uri))) continue;
    starts.push(entry);
    covered.push(entry, ...seriesMembers(entry, entries, { numbering: settings.weekNumbering }));
  }
  return starts;
}

export function historyOutput(histories: readonly MetricHistory[]): HistoryOutput {
  return {
    reports: histories.flatMap((history) =>
      history.reports.map((report) => ({
        week: report.week,
        date: report.date,
        file: displayPath(report.uri),
        missingBefore: report.missingBefore,
      })),
    ),
    rows: histories.flatMap((history, h) => {
      // Metric numbers run on across the series named, so that two series never share one.
      const offset = histories.slice(0, h).reduce((sum, earlier) => sum + earlier.metrics.length, 0);
      return historyRows(history, displayPath).map((row) => ({ ...row, metric: row.metric + offset }));
    }),
  };
}

/** Aligned columns, in the order of the CSV rows; the value with its unit (`99.95%`). */
export function renderHistoryText(histories: readonly MetricHistory[], locale: Locale): string {
  const rows = historyOutput(histories).rows.map((row) => [
    row.week,
    row.date,
    row.file,
    row.label,
    row.section,
    formatValue(row.value, { unit: row.unit, decimals: digitsOf(row.value) }),
  ]);
  if (rows.length === 0) return '';
  return `${alignColumns([cliMessages(locale).historyHeader, ...rows], new Set([5])).join('\n')}\n`;
}

/** Digits after the point the value has (`99.951` → 3): shown as written, never rounded. */
function digitsOf(value: number): number {
  const text = String(value);
  return text.includes('e') ? 0 : (text.split('.')[1]?.length ?? 0);
}

/** The file as the user would type it: relative to the working folder when inside it. */
function displayPath(uri: string): string {
  const file = uriToPath(uri) ?? uri;
  const relative = path.relative(process.cwd(), file);
  return (relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : file).split(path.sep).join('/');
}

function isDirectory(given: string): boolean {
  try {
    return statSync(given).isDirectory();
  } catch {
    return false;
  }
}
