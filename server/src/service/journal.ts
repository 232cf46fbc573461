// The server's side of journal files (many weeks in one document): the document's weeks, read once
// per analysed version; each week's comparison and findings, cached by what they depend on, so a
// keystroke in one week re-checks that week (and the few whose trend holds it), not all 52.
import type { InlayHint, Range } from 'vscode-languageserver';
import type { Settings } from '../protocol';
import type { Comparison } from '../report/compare/types';
import type { Locale } from '../report/base/locale';
import { toLocale } from '../report/i18n';
import type { Finding } from '../report/rules';
import type { Report } from '../report/model';
import {
  checkJournal,
  checkJournalWeek,
  JournalCheckCache,
  newestWeek,
  readJournal,
  weekAtLine,
  type Journal,
  type JournalWeek,
} from '../report/journal';
import type { WeekNumberingSetting } from '../report/week';
import { EditCache } from '../report/editCache';
import type { DetectedWeek } from '../report/parse/weekInfo';
import { uriToPath } from '../node/uris';
import type { Analysis } from './analysis';
import { inlayHints } from './inlayHints';
import type { ReportWorkspace } from './reportWorkspace';

export class JournalDocuments {
  /** Per analysed version (an analysis is made once per version): its weeks, or null for one report. */
  private readonly journals = new WeakMap<Analysis, { numbering: WeekNumberingSetting; journal: Journal | null }>();
  private readonly caches = new Map<string, JournalCheckCache>();
  private readonly weekReadings = new Map<string, EditCache<DetectedWeek>>();

  /** The document's weeks when it is a journal, else undefined. Costs no parse: weeks are cut from the analysis. */
  journalOf(analysis: Analysis, numbering: WeekNumberingSetting): Journal | undefined {
    const known = this.journals.get(analysis);
    if (known && known.numbering === numbering) return known.journal ?? undefined;
    const fileName = uriToPath(analysis.uri) ?? analysis.uri;
    let weekReadings = this.weekReadings.get(analysis.uri);
    if (!weekReadings) this.weekReadings.set(analysis.uri, (weekReadings = new EditCache()));
    const journal = readJournal(analysis.report, analysis.metrics, { fileName, weekNumbering: numbering, weekReadings }) ?? null;
    this.journals.set(analysis, { numbering, journal });
    return journal ?? undefined;
  }

  /** Every week's findings (the union is the document's diagnostics). */
  findings(uri: string, journal: Journal, settings: Settings, locale: Locale): Promise<Finding[]> {
    return checkJournal(uri, journal, { settings, locale }, this.cacheFor(uri));
  }

  /** The comparison of the week holding `line` (the cursor), or of the newest week. */
  async compare(uri: string, journal: Journal, settings: Settings, locale: Locale, line?: number): Promise<Comparison> {
    const week = (line === undefined ? undefined : weekAtLine(journal, line)) ?? newestWeek(uri, journal, settings.weekNumbering);
    return (await this.weekResult(uri, journal, week ?? journal.weeks[0], settings, locale)).comparison;
  }

  /** Inlay hints of the weeks the range shows, each week's numbers against its own week before. */
  async inlayHints(uri: string, journal: Journal, settings: Settings, locale: Locale, range: Range): Promise<InlayHint[]> {
    const shown = journal.weeks.filter(
      (week) => week.section.range.end.line >= range.start.line && week.section.range.start.line <= range.end.line,
    );
    const hints = await Promise.all(
      shown.map(async (week) => {
        const { comparison } = await this.weekResult(uri, journal, week, settings, locale);
        return inlayHints(week.metrics, comparison, range, week.report.lines);
      }),
    );
    return hints.flat();
  }

  private weekResult(uri: string, journal: Journal, week: JournalWeek, settings: Settings, locale: Locale) {
    return checkJournalWeek(uri, journal, week, { settings, locale }, this.cacheFor(uri));
  }

  private cacheFor(uri: string): JournalCheckCache {
    let cache = this.caches.get(uri);
    if (!cache) this.caches.set(uri, (cache = new JournalCheckCache()));
    return cache;
  }

  forget(uri: string): void {
    this.caches.delete(uri);
    this.weekReadings.delete(uri);
  }

  clear(): void {
    this.caches.clear();
    this.weekReadings.clear();
  }
}

/** What the outline shows: a journal's weeks as its top-level sections (the file's title left out). */
export function outlineOf(report: Report, journal: Journal | undefined): Report {
  return journal ? { ...report, sections: journal.weeks.map((week) => week.section) } : report;
}

/** A journal's inlay hints (each week against its own week before); undefined for a document that is one report. */
export async function journalInlayHints(workspace: ReportWorkspace, analysis: Analysis, range: Range): Promise<InlayHint[] | undefined> {
  const settings = await workspace.settingsFor(analysis.uri);
  const journal = workspace.journals.journalOf(analysis, settings.weekNumbering);
  return journal && workspace.journals.inlayHints(analysis.uri, journal, settings, toLocale(workspace.locale), range);
}
