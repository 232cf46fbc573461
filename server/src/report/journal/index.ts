// Many weeks in one file: recognition, the weeks as reports, the journal as a series of its own.
export { recognizeJournal, readWeekHeading, type JournalHeading, type JournalLayout } from './recognizeJournal';
export { readJournal, type Journal, type JournalOptions, type JournalWeek } from './readJournal';
export {
  checkJournal,
  checkJournalWeek,
  compareJournalWeek,
  findWeek,
  journalEntries,
  JournalCheckCache,
  newestWeek,
  weekAtLine,
  weeksInTimeOrder,
  weekUri,
  type JournalCheckOptions,
  type JournalCompareOptions,
  type JournalWeekResult,
} from './journalSeries';
