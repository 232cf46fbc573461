// `check` over many files, one at a time in the order given: each named file is read, parsed and
// checked once and handed on at once, so the output streams and memory stays bounded however many
// files there are. A report's last week and trend weeks are mostly the files checked just before it
// (people and globs name a series oldest first): a window of recent parses serves them, and the
// reports of one folder share block and line caches, so what a week copies from the week before is
// parsed once. A file needed again after it left the window is simply parsed again.
import * as path from 'node:path';
import type { Settings } from '../protocol';
import type { LoadedReport } from '../report/compare/compareInSeries';
import type { Locale } from '../report/base/locale';
import type { Report } from '../report/model';
import { runRules, type Finding } from '../report/rules';
import { checkJournal } from '../report/journal';
import { isReportFile } from '../node/reportFiles';
import { pathToUri } from '../node/uris';
import { fileJournal } from './journal';
import { cliMessages } from './messages';
import { readReportFile } from './readReportFile';
import { loadReportFile, newParseCaches, type ParseCaches } from './reportFolder';
import { createSeriesComparer, type FolderIndexes } from './series';

export interface CheckOptions {
  settings: Settings;
  locale: Locale;
  root: string | undefined;
  force: boolean;
}

export interface CheckedReport {
  file: string;
  report: Report;
  findings: Finding[];
}

/** Recent parses kept beyond the trend's weeks: a few files of other folders named in between. */
const WINDOW_SLACK = 8;
/** Folders whose parse caches are kept: reports named folder by folder need one at a time. */
const CACHED_FOLDERS = 4;

/** Which of the named files one run checks: `files[start]` up to, not including, `files[end]`. */
export interface Stretch {
  start: number;
  end: number;
}

/**
 * Checks each of `files` (in `stretch`, by default all) that reads as a report, in order, and hands
 * it to `checked` before the next one is read; `say` gets a note for each file skipped. All of
 * `files` count as named: one of them is last week's report as read from the name given. Call
 * `ensureReadable` (or `planCheck`) first: a file that cannot be read throws here after others
 * were checked.
 */
export async function checkFiles(
  files: readonly string[],
  options: CheckOptions,
  say: (text: string) => void,
  checked: (result: CheckedReport) => Promise<void> | void,
  stretch: Stretch = { start: 0, end: files.length },
  indexed?: FolderIndexes,
): Promise<void> {
  await createChecker(files, options, indexed).check(stretch, say, checked);
}

/** Checks stretches of the named files one after another, reusing what the last stretch parsed. */
export interface Checker {
  check(stretch: Stretch, say: (text: string) => void, checked: (result: CheckedReport) => Promise<void> | void): Promise<void>;
}

/**
 * A checker of `files` whose window of recent parses and folder caches live across the stretches
 * it is given: a thread handed consecutive stretches parses each report once. `indexed`: the series
 * folders indexed beforehand (`planCheck`); others are indexed when first needed.
 */
export function createChecker(files: readonly string[], { settings, locale, root, force }: CheckOptions, indexed?: FolderIndexes): Checker {
  const messages = cliMessages(locale);
  const named = namedFiles(files);
  const recent = new RecentReports(settings.trendWeeks + WINDOW_SLACK);
  const caches = new FolderCaches();
  // A named report outside the window (named out of order) is parsed again, on its own caches.
  const known = (uri: string) => recent.get(uri) ?? reload(named.get(uri));
  const reload = (file: string | undefined) => (file === undefined ? undefined : recent.add(loadReportFile(file, settings)));
  // Read for findings only: this week's rows need no trend (see `CompareOptions.currentTrends`).
  const series = createSeriesComparer(settings, locale, root, known, indexed, { currentTrends: false });
  const rootFolder = path.resolve(root ?? '.');
  return {
    async check(stretch, say, checked) {
      for (const file of files.slice(stretch.start, stretch.end)) {
        const uri = pathToUri(path.resolve(file));
        const current = recent.get(uri) ?? recent.add(loadReportFile(file, settings, caches.of(uri)));
        // A note on stderr, not a finding: stdout stays the findings (JSON parses, CI counts them).
        if (isEmpty(current)) {
          say(messages.emptyFile(file));
          continue;
        }
        if (!force && !isReportFile(path.resolve(file), current.report.looksLikeReport, settings.files, [rootFolder])) {
          say(messages.skippedNotReport(file));
          continue;
        }
        // A journal: each week checked as a report, against the week before it in the file.
        const journal = fileJournal(file, current, settings);
        if (journal) {
          say(messages.readAsJournal(file, journal.weeks.length));
          await checked({
            file,
            report: current.report,
            findings: await checkJournal(current.uri, journal, { settings, locale }),
          });
          continue;
        }
        const findings = runRules({
          report: current.report,
          metrics: current.metrics,
          settings,
          locale,
          comparison: await series.compare(current),
          previousLinkRefusal: series.previousLinkRefusal(current),
        });
        await checked({ file, report: current.report, findings });
      }
    },
  };
}

/**
 * Throws `readReportFile`'s usage error for the first file that cannot be read: before anything is
 * checked or printed, as when every file was parsed before the first was checked.
 */
export function ensureReadable(files: readonly string[]): void {
  for (const file of files) readReportFile(file);
}

/** Each named file by its uri, as the user spelled it (the last spelling of a file named twice). */
function namedFiles(files: readonly string[]): Map<string, string> {
  return new Map(files.map((file) => [pathToUri(path.resolve(file)), file]));
}

/** The last `limit` reports parsed, by uri. */
class RecentReports {
  private readonly byUri = new Map<string, LoadedReport>();

  constructor(private readonly limit: number) {}

  get(uri: string): LoadedReport | undefined {
    return this.byUri.get(uri);
  }

  add(loaded: LoadedReport): LoadedReport {
    this.byUri.delete(loaded.uri);
    this.byUri.set(loaded.uri, loaded);
    if (this.byUri.size > this.limit) this.byUri.delete(this.byUri.keys().next().value as string);
    return loaded;
  }
}

/** Parse caches per folder (a series' reports share one), for the few folders used last. */
class FolderCaches {
  private readonly byFolder = new Map<string, ParseCaches>();

  of(uri: string): ParseCaches {
    const folder = uri.slice(0, uri.lastIndexOf('/'));
    const caches = this.byFolder.get(folder) ?? newParseCaches();
    this.byFolder.delete(folder);
    this.byFolder.set(folder, caches);
    if (this.byFolder.size > CACHED_FOLDERS) this.byFolder.delete(this.byFolder.keys().next().value as string);
    return caches;
  }
}

/** Whitespace only (or nothing): no report to read. */
function isEmpty({ report }: LoadedReport): boolean {
  return report.lines.every((line) => line.trim() === '');
}
