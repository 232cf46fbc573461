// This week against last week within a series of reports: find the previous report and the trend
// weeks among the caller's index, load them through the caller's loader, compare. The server (open
// documents, a cache, async reads) and the CLI (plain file reads) differ only in that loader.
import type { Settings } from '../base/settings';
import type { Report } from '../model';
import { extractMetrics } from '../metrics/extractMetrics';
import { parseReport } from '../parseReport';
import type { WeekNumberingSetting } from '../week';
import type { Metric } from '../metrics/types';
import type { Locale } from '../base/locale';
import { describeLookup } from '../series/describeLookup';
import {
  findPreviousReport,
  seriesHistory,
  seriesOptionsFrom,
  type PreviousLookup,
  type SeriesOptions,
} from '../series/findPreviousReport';
import { canonicalUri, createReportEntry, type ReportEntry } from '../series/reportEntry';
import { compareReportsInSteps, type CompareOptions, type ComparedReport, type HistoryWeek } from './compareReports';
import { runToEnd, type Steps } from '../base/steps';
import { historyWeekOf, toComparedReportInSteps } from './comparedReport';
import type { Comparison } from './types';

export interface LoadedReport {
  uri: string;
  report: Report;
  metrics: Metric[];
}

/** A report file's text, parsed and its metrics extracted: how the server and the CLI load last week's report. */
export function loadedReport(uri: string, text: string, fileName: string, numbering: WeekNumberingSetting): LoadedReport {
  const report = parseReport(text, { fileName, weekNumbering: numbering });
  return { uri, report, metrics: extractMetrics(report) };
}

/** A report by uri; undefined when it cannot be read. */
export type ReportLoader = (uri: string) => LoadedReport | undefined | Promise<LoadedReport | undefined>;

export interface SeriesCompareOptions {
  settings: Pick<Settings, 'series' | 'weekNumbering' | 'directions' | 'trendWeeks'> & Partial<Pick<Settings, 'maxGapWeeks'>>;
  locale: Locale;
  /** Last week's report named by the caller (the CLI's `--previous`): wins like a front matter `previous:` link. */
  previous?: string;
  /**
   * How the comparison's steps are run: at once by default (the CLI); the language server passes a
   * driver that runs them in slices and yields in between (see base/steps.ts).
   */
  run?: <T>(steps: Steps<T>) => T | Promise<T>;
  /** See `CompareOptions.currentTrends`. */
  currentTrends?: boolean;
}

/** Last week's report, loaded, and how it was found; a `previous:` link that cannot be read falls back to the week before. */
export async function loadPreviousReport(
  here: ReportEntry,
  entries: readonly ReportEntry[],
  load: ReportLoader,
  seriesOptions: SeriesOptions,
): Promise<{ lookup: PreviousLookup; previous?: LoadedReport }> {
  let lookup = findPreviousReport(here, entries, seriesOptions);
  let previous = lookup.uri ? await load(lookup.uri) : undefined;
  if (!previous && lookup.reason === 'explicit') {
    lookup = findPreviousReport(here, entries, { ...seriesOptions, ignoreExplicit: true });
    previous = lookup.uri ? await load(lookup.uri) : undefined;
  }
  return { lookup, previous };
}

/**
 * A loaded report's comparison views, made once per parse: last week's report and the trend weeks
 * are the same parses keystroke after keystroke (the loader caches them) and, in `check`, every
 * report is this week's, then the next report's last week, then a trend week of the 8 after: one
 * view serves all of them, and with it one set of metric contexts and pairing keys (pairingSide.ts).
 * Keyed by the metrics array, which a parse makes once.
 */
const views = new WeakMap<Metric[], { uri: string; compared?: ComparedReport; history?: HistoryWeek }>();

function viewsOf(loaded: LoadedReport) {
  let known = views.get(loaded.metrics);
  if (!known || known.uri !== loaded.uri) views.set(loaded.metrics, (known = { uri: loaded.uri }));
  return known;
}

function* asComparedReport(loaded: LoadedReport): Steps<ComparedReport> {
  const known = viewsOf(loaded);
  return (known.compared ??= yield* toComparedReportInSteps(loaded.uri, loaded.report, loaded.metrics));
}

/**
 * Made from the report's compared view: one set of metric contexts per parse, so the trend week
 * that is last week's report shares its pairing keys (and remembered pairings) with last week.
 */
function* asHistoryWeek(loaded: LoadedReport): Steps<HistoryWeek> {
  const known = viewsOf(loaded);
  return (known.history ??= historyWeekOf(yield* asComparedReport(loaded)));
}

export async function compareInSeries(
  current: LoadedReport,
  entries: readonly ReportEntry[],
  load: ReportLoader,
  options: SeriesCompareOptions,
): Promise<Comparison> {
  const { settings, locale } = options;
  const seriesOptions = seriesOptionsFrom(settings);
  const here: ReportEntry = {
    ...createReportEntry(current.uri, current.report),
    ...(options.previous ? { previous: options.previous } : {}),
  };

  const { lookup, previous } = await loadPreviousReport(here, entries, load, seriesOptions);

  const historyReports: LoadedReport[] = [];
  const previousUri = previous && canonicalUri(previous.uri);
  for (const entry of seriesHistory(here, entries, Math.max(1, settings.trendWeeks - 1), seriesOptions)) {
    const loaded = previous && canonicalUri(entry.uri) === previousUri ? previous : await load(entry.uri);
    if (loaded) historyReports.push(loaded);
  }
  const note = describeLookup(lookup, locale);
  const comparison = await (options.run ?? runToEnd)(
    compareLoaded(current, previous, historyReports, { directions: settings.directions, note, currentTrends: options.currentTrends }),
  );
  if (previous && lookup.tooFar) comparison.previousTooFar = true;
  if (previous && lookup.weeksBack !== undefined && lookup.weeksBack > 1) comparison.previousWeeksBack = lookup.weeksBack;
  return comparison;
}

/** Both sides and the history weeks turned into what `compareReports` takes, then compared: all in steps. */
function* compareLoaded(
  current: LoadedReport,
  previous: LoadedReport | undefined,
  historyReports: readonly LoadedReport[],
  options: Omit<CompareOptions, 'history'>,
): Steps<Comparison> {
  const history: HistoryWeek[] = [];
  for (const week of historyReports) history.push(yield* asHistoryWeek(week));
  const currentSide = yield* asComparedReport(current);
  const previousSide = previous && (yield* asComparedReport(previous));
  return yield* compareReportsInSteps(currentSide, previousSide, { ...options, history });
}
