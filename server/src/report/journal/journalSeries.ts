// A journal is a series in itself: each week is compared with the week before it IN TIME (the file
// may be newest first or last), found by the same lookup as report files (`findPreviousReport`:
// gaps, biweekly cadence, too-far weeks), among the file's own weeks only. The oldest week of the
// file has no previous report, even when other files sit beside it: a journal keeps its history
// in itself.
import type { Settings } from '../base/settings';
import type { Locale } from '../base/locale';
import type { Comparison, ReportRef } from '../compare/types';
import type { Range } from '../model';
import { compareInSeries, type LoadedReport } from '../compare/compareInSeries';
import { EditCache } from '../editCache';
import { runRules, type Finding } from '../rules';
import { folderOf, sameUri, type ReportEntry } from '../series/reportEntry';
import { seriesMembers } from '../series/findPreviousReport';
import { weekLabel } from '../series/weekPosition';
import type { Journal, JournalWeek } from './readJournal';
import { weeksRunNewestLast } from './recognizeJournal';

/** A week's own uri: the file's, with the line of its heading (`#L12`, as editors and GitHub link to a line). */
export function weekUri(fileUri: string, week: JournalWeek): string {
  return `${fileUri.replace(/#.*$/, '')}#L${week.section.range.start.line + 1}`;
}

/** The journal's weeks as a series index: what the series lookup takes. */
export function journalEntries(fileUri: string, journal: Journal): ReportEntry[] {
  return seriesOf(fileUri, journal).entries;
}

/** What every lookup in one journal shares, made once per journal and file uri. */
interface JournalSeries {
  fileUri: string;
  /** In file order, as `journal.weeks`. */
  entries: ReportEntry[];
  byUri: Map<string, JournalWeek>;
  /** Each week's text: what a cached check depends on. */
  texts: Map<JournalWeek, string>;
  timeOrder?: Map<Settings['weekNumbering'], JournalWeek[]>;
}

const seriesMemo = new WeakMap<Journal, JournalSeries>();

function seriesOf(fileUri: string, journal: Journal): JournalSeries {
  const known = seriesMemo.get(journal);
  if (known && known.fileUri === fileUri) return known;
  const folder = folderOf(fileUri);
  const entries = journal.weeks.map((week) => ({ uri: weekUri(fileUri, week), week: week.report.week, title: week.report.title, folder }));
  const series: JournalSeries = {
    fileUri,
    entries,
    byUri: new Map(journal.weeks.map((week, i) => [entries[i].uri, week])),
    texts: new Map(journal.weeks.map((week) => [week, weekText(week)])),
  };
  seriesMemo.set(journal, series);
  return series;
}

export interface JournalCompareOptions {
  settings: Pick<Settings, 'series' | 'weekNumbering' | 'directions' | 'trendWeeks'> & Partial<Pick<Settings, 'maxGapWeeks'>>;
  locale: Locale;
}

function loaded(fileUri: string, week: JournalWeek): LoadedReport {
  return { uri: weekUri(fileUri, week), report: week.report, metrics: week.metrics };
}

/** One week against the week before it in the journal (and its trend over the weeks before). */
export function compareJournalWeek(
  fileUri: string,
  journal: Journal,
  week: JournalWeek,
  options: JournalCompareOptions,
): Promise<Comparison> {
  const { entries, byUri } = seriesOf(fileUri, journal);
  const load = (uri: string) => {
    const found = byUri.get(uri) ?? journal.weeks.find((candidate) => sameUri(weekUri(fileUri, candidate), uri));
    return found && loaded(fileUri, found);
  };
  // The lookup among the weeks the comparison can read (the nearest earlier ones) finds what it
  // would among all 52, without going over all 52 for each of them.
  const read = new Set(weeksRead(fileUri, journal, week, options.settings));
  const window = entries.filter((_, i) => read.has(journal.weeks[i]));
  return compareInSeries(loaded(fileUri, week), window, load, options);
}

/**
 * The weeks a week's comparison reads: itself and, for last week and the trend, the nearest earlier
 * weeks in time (as many as the trend shows).
 */
function weeksRead(fileUri: string, journal: Journal, week: JournalWeek, settings: JournalCompareOptions['settings']): JournalWeek[] {
  const ordered = weeksInTimeOrder(fileUri, journal, settings.weekNumbering);
  const at = ordered.indexOf(week);
  return ordered.slice(Math.max(0, at - Math.max(1, settings.trendWeeks - 1)), at + 1);
}

/** The weeks in time order, oldest first; weeks whose date cannot be read keep their place in the file. */
export function weeksInTimeOrder(fileUri: string, journal: Journal, numbering: Settings['weekNumbering']): JournalWeek[] {
  const series = seriesOf(fileUri, journal);
  const known = series.timeOrder?.get(numbering);
  if (known) return known;
  const ordered = timeOrder(series.entries, journal, numbering);
  (series.timeOrder ??= new Map()).set(numbering, ordered);
  return ordered;
}

function timeOrder(entries: ReportEntry[], journal: Journal, numbering: Settings['weekNumbering']): JournalWeek[] {
  const members = entries.length ? seriesMembers(entries[0], entries, { series: 'folder', numbering }) : [];
  if (members.length !== journal.weeks.length) return fileOrderOldestFirst(journal);
  return members.map((entry) => journal.weeks[entries.indexOf(entry)]);
}

/**
 * Without dates to go by: a journal whose week numbers mostly fall down the file is newest first
 * (`第1周` after `第52周` is a wrap into the next year, not a fall).
 */
function fileOrderOldestFirst(journal: Journal): JournalWeek[] {
  const numbers = journal.weeks.flatMap((week) => (week.report.week?.week === undefined ? [] : [week.report.week.week]));
  return weeksRunNewestLast(numbers) === false ? [...journal.weeks].reverse() : [...journal.weeks];
}

/** The week holding a line (the cursor), or undefined on a line outside every week (the file's title). */
export function weekAtLine(journal: Journal, line: number): JournalWeek | undefined {
  return journal.weeks.find((week) => week.section.range.start.line <= line && line <= week.section.range.end.line);
}

/**
 * The week a user names: `30` is the 30th week of the file in time order (1 = oldest), another text
 * is matched against the weeks' labels (`2023-W51`) and headings (`第51周`).
 */
export function findWeek(fileUri: string, journal: Journal, name: string, numbering: Settings['weekNumbering']): JournalWeek | undefined {
  const ordered = weeksInTimeOrder(fileUri, journal, numbering);
  const wanted = name.trim();
  if (/^\d+$/.test(wanted)) return ordered[+wanted - 1];
  const lower = wanted.toLowerCase();
  return (
    ordered.find((week) => weekLabel(week.report.week)?.toLowerCase() === lower) ??
    ordered.find((week) => week.section.name.toLowerCase() === lower) ??
    ordered.find((week) => week.section.name.toLowerCase().includes(lower))
  );
}

/** The newest week: what `compare` shows by default. */
export function newestWeek(fileUri: string, journal: Journal, numbering: Settings['weekNumbering']): JournalWeek | undefined {
  const ordered = weeksInTimeOrder(fileUri, journal, numbering);
  return ordered[ordered.length - 1];
}

export interface JournalCheckOptions extends JournalCompareOptions {
  settings: JournalCompareOptions['settings'] & Settings;
}

/** A week's comparison and the rules' findings on it. */
export interface JournalWeekResult {
  comparison: Comparison;
  findings: Finding[];
}

/** A week's result and the line its heading was on when it was computed. */
export interface PlacedWeekResult {
  startLine: number;
  result: JournalWeekResult;
}

/**
 * What checking each week found, by what it depends on: the texts of the week and of the weeks its
 * comparison reads, where those lie from the week, the settings. A keystroke in one week re-checks
 * that week and the few weeks whose trend holds it; the others come from the cache, moved to where
 * the week now starts when lines were added or removed above it (Enter in the newest week of a
 * newest-first file moves every other week). A whole-file check keeps what it used.
 */
export class JournalCheckCache {
  private readonly cache = new EditCache<Promise<PlacedWeekResult>>();

  get(key: string, compute: () => Promise<PlacedWeekResult>): Promise<PlacedWeekResult> {
    return this.cache.get(key, compute);
  }

  settle(): void {
    this.cache.settle();
  }
}

/** One week checked as a report: its comparison with the week before it, and the rules' findings. */
export function checkJournalWeek(
  fileUri: string,
  journal: Journal,
  week: JournalWeek,
  options: JournalCheckOptions,
  cache: JournalCheckCache = new JournalCheckCache(),
): Promise<JournalWeekResult> {
  const { texts } = seriesOf(fileUri, journal);
  const startLine = week.section.range.start.line;
  const readWeeks = weeksRead(fileUri, journal, week, options.settings);
  const placedTexts = readWeeks.map((read) => `${read.section.range.start.line - startLine}\u0001${texts.get(read)}`);
  const key = [settingsKey(options), fileUri, ...placedTexts].join('\u0000');
  const placed = cache.get(key, async () => {
    const comparison = await compareJournalWeek(fileUri, journal, week, options);
    const findings = runRules({
      report: week.report,
      metrics: week.metrics,
      settings: options.settings,
      locale: options.locale,
      comparison,
    });
    return { startLine, result: { comparison, findings } };
  });
  return placed.then((found) => (found.startLine === startLine ? found.result : movedBy(found.result, startLine - found.startLine)));
}

/** A week's result as it reads once the week has moved `lines` down (up when negative). */
function movedBy(result: JournalWeekResult, lines: number): JournalWeekResult {
  const range = (r: Range): Range => ({
    start: { line: r.start.line + lines, character: r.start.character },
    end: { line: r.end.line + lines, character: r.end.character },
  });
  const ref = (r: ReportRef): ReportRef => ({ ...r, uri: r.uri.replace(/#L(\d+)$/, (_, line: string) => `#L${Number(line) + lines}`) });
  const { comparison } = result;
  return {
    findings: result.findings.map((f) => ({
      ...f,
      range: range(f.range),
      ...(f.fix ? { fix: { ...f.fix, range: range(f.fix.range) } } : {}),
    })),
    comparison: {
      ...comparison,
      current: ref(comparison.current),
      ...(comparison.previous ? { previous: ref(comparison.previous) } : {}),
      rows: comparison.rows.map((row) => ({
        ...row,
        ...(row.line !== undefined ? { line: row.line + lines } : {}),
        ...(row.previousLine !== undefined ? { previousLine: row.previousLine + lines } : {}),
      })),
      ...(comparison.plans
        ? {
            plans: comparison.plans.map((plan) => ({
              ...plan,
              previousLine: plan.previousLine + lines,
              ...(plan.line !== undefined ? { line: plan.line + lines } : {}),
            })),
          }
        : {}),
    },
  };
}

/** Every week checked as a report: the rules' findings of all weeks, in document order. */
export async function checkJournal(
  fileUri: string,
  journal: Journal,
  options: JournalCheckOptions,
  cache: JournalCheckCache = new JournalCheckCache(),
): Promise<Finding[]> {
  const results = journal.weeks.map((week) => checkJournalWeek(fileUri, journal, week, options, cache));
  cache.settle();
  return (await Promise.all(results)).flatMap((result) => result.findings);
}

const settingsKeys = new WeakMap<object, string>();

function settingsKey(options: JournalCheckOptions): string {
  let key = settingsKeys.get(options.settings);
  if (key === undefined) settingsKeys.set(options.settings, (key = JSON.stringify(options.settings)));
  return `${options.locale}\u0000${key}`;
}

function weekText(week: JournalWeek): string {
  return week.report.lines.slice(week.section.range.start.line, week.section.range.end.line + 1).join('\n');
}
