// The CLI's side of journal files (many weeks in one file): which week `compare --week` means, and
// the comparison of that week with the week before it in the file.
import type { Settings } from '../protocol';
import type { LoadedReport } from '../report/compare/compareInSeries';
import type { Comparison } from '../report/compare/types';
import type { Locale } from '../report/base/locale';
import { compareJournalWeek, findWeek, newestWeek, readJournal, type Journal } from '../report/journal';
import { weekLabel } from '../report/series/weekPosition';
import { UsageError } from './args';
import { cliMessages } from './messages';

/** The file's weeks when it is a journal, else undefined (one report). */
export function fileJournal(file: string, loaded: LoadedReport, settings: Pick<Settings, 'weekNumbering'>): Journal | undefined {
  return readJournal(loaded.report, loaded.metrics, { fileName: file, weekNumbering: settings.weekNumbering });
}

/**
 * `compare` on a journal: the week `--week` names (1 = the oldest, or a label or heading), by
 * default the newest, against the week before it in time. Says on stderr which week it compares.
 */
export function compareJournalFile(
  file: string,
  loaded: LoadedReport,
  journal: Journal,
  weekArg: string | undefined,
  settings: Settings,
  locale: Locale,
): Promise<Comparison> {
  const messages = cliMessages(locale);
  const week =
    weekArg === undefined
      ? newestWeek(loaded.uri, journal, settings.weekNumbering)
      : findWeek(loaded.uri, journal, weekArg, settings.weekNumbering);
  if (!week) throw new UsageError(messages.weekNotFound(file, weekArg ?? '', journal.weeks.length));
  process.stderr.write(`weekly-report: ${messages.comparingWeek(week.section.name, weekLabel(week.report.week))}\n`);
  return compareJournalWeek(loaded.uri, journal, week, { settings, locale });
}
