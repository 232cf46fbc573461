// The service's state: open documents (read through the caller's store), their analyses, the
// workspace index, settings, and the per-version comparison and findings every feature shares.
// It holds no connection: the server owns the wire, the scheduling and the publishing, and talks to
// this through the facade in reportService.ts.
import type { Settings } from '../protocol';
import { AnalysisCache, type Analysis, type ReportDocument } from './analysis';
import { isMarkdownFile, isReportFile } from '../node/reportFiles';
import type { SettingsSource } from './settingsStore';
import { WorkspaceIndex } from './workspaceIndex';
import { pathToUri, uriKey, uriToPath } from '../node/uris';
import { runRulesInSteps, type Finding } from '../report/rules';
import { ComparisonService, type SeriesComparison } from './comparison';
import type { GuardedReader } from '../node/guardedReader';
import { ReportFileLoader } from '../node/reportFileLoader';
import * as path from 'node:path';
import type { Comparison } from '../report/compare/types';
import type { WeekNumberingSetting } from '../report/week';
import type { Locale } from '../report/base/locale';
import { isRecognisedReport, mayJoinSeries } from '../report/series/recognition';
import { TemplateFile } from './templateFile';
import { IndexPriority } from './indexPriority';
import { JournalDocuments } from './journal';
import type { Journal } from '../report/journal';
import { eitherCancelled, inSlices, isCancelled, RequestActivity, sliced, throwIfCancelled, type CancellationToken } from './slices';

/** The open documents, as the server's document store holds them. */
export interface ReportDocuments {
  get(uri: string): ReportDocument | undefined;
  all(): readonly ReportDocument[];
}

/** The Node side of files: every file the service reads from disk goes through this one reader (open documents aside). */
export interface ReportFiles {
  readonly reader: GuardedReader;
}

export interface ServiceLogger {
  log(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

export interface ReportWorkspaceOptions {
  documents: ReportDocuments;
  files: ReportFiles;
  settings: SettingsSource;
  logger: ServiceLogger;
  /** The workspace folders' paths (none for a single file). */
  folders: readonly string[];
  locale: Locale;
}

/** Cancelled when the document has moved past `version` (or was closed): work for that version is wasted. */
export function versionToken(documents: ReportDocuments, uri: string, version: number): CancellationToken {
  return {
    get isCancellationRequested() {
      return documents.get(uri)?.version !== version;
    },
  };
}

export class ReportWorkspace {
  readonly documents: ReportDocuments;
  readonly settings: SettingsSource;
  readonly logger: ServiceLogger;
  readonly folders: readonly string[];
  readonly locale: Locale;
  readonly index: WorkspaceIndex;
  readonly analyses = new AnalysisCache();
  readonly comparisons: ComparisonService;
  /** Documents holding many weeks: their weeks' comparisons and findings (`service/journal.ts`). */
  readonly journals = new JournalDocuments();
  readonly template: TemplateFile;
  /** Last week's and the trend weeks' files, parsed once per change (watcher events invalidate them). */
  readonly reportFiles: ReportFileLoader;
  /** Requests being answered: long passes give way to them between slices. */
  readonly activity = new RequestActivity();
  private readonly pause = () => this.activity.pause();
  /** Open reports' diagnostics before reading the rest of the workspace. */
  private readonly indexPriority = new IndexPriority();
  /** The last comparison per document version: diagnostics, hovers and inlay hints share it. */
  private readonly comparisonCache = new Map<string, { version: number; value: Promise<SeriesComparison> }>();
  private readonly findingsCache = new Map<string, { version: number; value: Promise<Finding[]> }>();
  /** Files settings for the index, read once per indexing pass (the index runs outside any document's scope). */
  private indexGlobs: string[] = [];
  private indexNumbering: WeekNumberingSetting = 'auto';

  constructor(options: ReportWorkspaceOptions) {
    this.documents = options.documents;
    this.settings = options.settings;
    this.logger = options.logger;
    this.folders = options.folders;
    this.locale = options.locale;
    const reader = options.files.reader;
    this.template = new TemplateFile(reader, (message) => this.logger.warn(message));
    this.reportFiles = new ReportFileLoader(reader);
    this.index = new WorkspaceIndex({
      isReport: (filePath, scan) => isReportFile(filePath, scan.looksLikeReport, this.indexGlobs, [...this.folders]),
      numbering: () => this.indexNumbering,
      reader,
      folders: () => [...this.folders],
      log: (message) => this.logger.log(message),
      giveWay: () => this.indexPriority.giveWay(),
    });
    this.comparisons = new ComparisonService(
      this.index,
      { openAnalysis: (uri) => this.openAnalysis(uri), allowedFolders: (uri) => this.allowedFolders(uri) },
      this.reportFiles,
    );
  }

  /**
   * Where files named by a report or a setting may be read from: the workspace folders; with no
   * folder open (a single file), the report's own folder.
   */
  allowedFolders(uri?: string): readonly string[] {
    if (this.folders.length > 0) return this.folders;
    const filePath = uri ? uriToPath(uri) : undefined;
    return filePath ? [path.dirname(filePath)] : [];
  }

  /** The scope of settings that are not about one document: the (first) workspace folder's. */
  private get folderScope(): string {
    return this.folders[0] ? pathToUri(this.folders[0]) : '';
  }

  /** Settles when the latest indexing pass is done: workspace-wide answers wait for it. */
  indexed: Promise<void> = Promise.resolve();

  indexWorkspace(): Promise<void> {
    this.index.beginPass();
    this.indexed = this.runIndexing().finally(() => this.index.endPass());
    return this.indexed;
  }

  private async runIndexing(): Promise<void> {
    const started = Date.now();
    try {
      const settings = await this.settings.get(this.folderScope);
      this.indexGlobs = settings.files;
      this.indexNumbering = settings.weekNumbering;
      await this.index.indexFolders([...this.folders]);
      this.logger.log(`Indexed ${this.index.size} weekly reports in ${Date.now() - started} ms.`);
    } catch (e) {
      this.logger.error(`Indexing the workspace failed: ${(e as Error).message}`);
    }
  }

  settingsFor(uri: string): Promise<Settings> {
    return this.settings.get(uri);
  }

  /**
   * The client also sends a configuration change right after start-up, with nothing changed: only
   * a real change re-indexes and forgets analyses. Returns the open documents to check again.
   */
  async settingsChanged(): Promise<string[]> {
    const scopes = [this.folderScope, ...this.documents.all().map((d) => d.uri)];
    const before = await Promise.all(scopes.map((scope) => this.settings.get(scope)));
    this.settings.clear();
    const after = await Promise.all(scopes.map((scope) => this.settings.get(scope)));
    if (JSON.stringify(before) === JSON.stringify(after)) {
      this.logger.log('Settings unchanged.');
      return [];
    }
    this.logger.log(`Settings changed: re-checking ${this.documents.all().length} open documents.`);
    this.analyses.clear();
    this.journals.clear();
    this.comparisonCache.clear();
    this.findingsCache.clear();
    const indexed = (list: Settings[]) => JSON.stringify(list.map((s) => [s.files, s.weekNumbering]));
    if (indexed(before) !== indexed(after)) void this.indexWorkspace();
    return this.documents.all().map((d) => d.uri);
  }

  /** The document's analysis when it is a weekly report, undefined otherwise (other Markdown gets nothing from us). */
  async analyse(uri: string): Promise<Analysis | undefined> {
    const document = this.documents.get(uri);
    if (!document || document.languageId !== 'markdown') return undefined;
    const settings = await this.settingsFor(uri);
    const analysis = this.analyses.get(document, settings.weekNumbering);
    const filePath = uriToPath(uri);
    if (isReportFile(filePath, analysis.report.looksLikeReport, settings.files, [...this.folders])) return analysis;
    // A dated file is a report when its folder's files form a series: known once the index has read
    // that folder (first, when someone waits on it), not before — a report opened at start-up would
    // otherwise get nothing.
    if (filePath && mayJoinSeries(path.basename(filePath)))
      await this.indexPriority.indexWait(this.index.folderIndexed(path.dirname(filePath)));
    return isRecognisedReport(this.index.entries(), uri) ? analysis : undefined;
  }

  /**
   * What `analyse` would answer, when that is known without waiting or work: the current version
   * analysed already, the document's settings read, and a report by its name or content (`settings`
   * is what `settingsFor` gives). Undefined means "ask `analyse`", never "not a report".
   */
  analysedNow(uri: string): { analysis: Analysis; settings: Settings } | undefined {
    const document = this.documents.get(uri);
    if (!document || document.languageId !== 'markdown') return undefined;
    const settings = this.settings.settled?.(uri);
    const analysis = settings && this.analyses.current(document);
    if (!analysis || !isReportFile(uriToPath(uri), analysis.report.looksLikeReport, settings.files, [...this.folders])) return undefined;
    return { analysis, settings };
  }

  /** The index follows saved files (watcher events), not keystrokes: only opening updates it from the editor. */
  documentOpened(document: ReportDocument): void {
    const filePath = uriToPath(document.uri);
    if (filePath && isMarkdownFile(filePath)) this.index.updateText(filePath, document.getText());
  }

  /** A blank Markdown file whose name the `files` setting claims: completion offers it a skeleton. */
  async analyseEmptyReportFile(uri: string): Promise<Analysis | undefined> {
    const document = this.documents.get(uri);
    if (!document || document.languageId !== 'markdown' || document.getText().trim()) return undefined;
    const settings = await this.settingsFor(uri);
    const filePath = uriToPath(uri);
    return filePath && isReportFile(filePath, false, settings.files, [...this.folders])
      ? this.analyses.get(document, settings.weekNumbering)
      : undefined;
  }

  /**
   * The findings of the document's current version, every pass in slices. Undefined when the
   * document is gone, the token was cancelled, or the document changed meanwhile (its newer
   * version's own run checks it).
   */
  computeDiagnosticFindings(uri: string, token: CancellationToken): Promise<{ version: number; findings: Finding[] } | undefined> {
    return this.indexPriority.diagnosticsRun(() => this.diagnosticFindings(uri, token));
  }

  private async diagnosticFindings(uri: string, token: CancellationToken): Promise<{ version: number; findings: Finding[] } | undefined> {
    const document = this.documents.get(uri);
    if (!document || token.isCancellationRequested) return undefined;
    const version = document.version;
    const cancelled = eitherCancelled(token, versionToken(this.documents, uri, version));
    try {
      if (document.languageId === 'markdown') {
        const { weekNumbering } = await this.settingsFor(uri);
        await this.analyses.prepare(document, weekNumbering, cancelled, this.pause);
      }
      const analysis = await this.analyse(uri);
      if (!analysis) return { version, findings: [] };
      const findings = await this.findings(analysis);
      throwIfCancelled(cancelled);
      return { version, findings };
    } catch (e) {
      if (isCancelled(e)) return undefined;
      throw e;
    }
  }

  /**
   * The rules' findings for an analysed report, once per document version: diagnostics and quick
   * fixes share them. The rules run in slices; the run is dropped (rejects with `Cancelled`, and is
   * forgotten) when the document moves on.
   */
  findings(analysis: Analysis): Promise<Finding[]> {
    return this.perVersion(this.findingsCache, analysis, async (token) => {
      const settings = await this.settingsFor(analysis.uri);
      // A journal: each week checked as a report against the week before it in the file.
      const journal = this.journals.journalOf(analysis, settings.weekNumbering);
      if (journal) return this.journals.findings(analysis.uri, journal, settings, this.locale);
      const { comparison, previousLinkRefusal } = await this.seriesComparison(analysis);
      await this.pause();
      throwIfCancelled(token);
      const context = {
        report: analysis.report,
        metrics: analysis.metrics,
        settings,
        locale: this.locale,
        comparison,
        previousLinkRefusal,
      };
      return inSlices(runRulesInSteps(context), token, this.pause);
    });
  }

  /**
   * This week against last week for an analysed report, computed once per document version. In a
   * journal, the week holding `line` (the cursor) against the week before it; the newest without one.
   */
  async compare(analysis: Analysis, line?: number): Promise<Comparison> {
    const settings = await this.settingsFor(analysis.uri);
    const journal = this.journals.journalOf(analysis, settings.weekNumbering);
    if (journal) return this.journals.compare(analysis.uri, journal, settings, this.locale, line);
    return (await this.seriesComparison(analysis)).comparison;
  }

  /** The document's weeks when it holds many (a journal), else undefined. */
  async journalOf(analysis: Analysis): Promise<Journal | undefined> {
    return this.journals.journalOf(analysis, (await this.settingsFor(analysis.uri)).weekNumbering);
  }

  /** The comparison and how the `previous:` link fared, once per document version. */
  private seriesComparison(analysis: Analysis): Promise<SeriesComparison> {
    return this.perVersion(this.comparisonCache, analysis, async (token) => {
      const settings = await this.settingsFor(analysis.uri);
      await this.seriesIndexed(analysis, settings);
      throwIfCancelled(token);
      return this.comparisons.compare(analysis, settings, this.locale, sliced(token, this.pause));
    });
  }

  /**
   * Settles when the report's series is indexed: for a folder series without a `previous:` link its
   * own folder (indexed first), so the first diagnostics need not wait for the whole workspace.
   */
  private seriesIndexed(analysis: Analysis, settings: Settings): Promise<void> {
    const filePath = uriToPath(analysis.uri);
    const folderOnly = settings.series !== 'workspace' && filePath !== undefined && analysis.report.frontMatter['previous'] === undefined;
    return this.indexPriority.indexWait(folderOnly ? this.index.folderIndexed(path.dirname(filePath)) : this.indexed);
  }

  /**
   * One computation per document version, shared by every request about it; cancelled (and
   * forgotten, so a later request for the same version starts afresh) when the document moves past
   * that version — never by one request's token, since other requests may be waiting on it.
   */
  private perVersion<T>(
    cache: Map<string, { version: number; value: Promise<T> }>,
    analysis: Analysis,
    compute: (token: CancellationToken) => Promise<T>,
  ): Promise<T> {
    const cached = cache.get(analysis.uri);
    if (cached && cached.version === analysis.version) return cached.value;
    const open = this.documents.get(analysis.uri);
    // A document read from disk (not open) has no newer version to wait for.
    const token = open ? versionToken(this.documents, analysis.uri, analysis.version) : { isCancellationRequested: false };
    const value = compute(token);
    const entry = { version: analysis.version, value };
    cache.set(analysis.uri, entry);
    value.catch(() => {
      if (cache.get(analysis.uri) === entry) cache.delete(analysis.uri);
    });
    return value;
  }

  /**
   * The analysis of an open document named by any spelling of its uri: last week's report open in
   * the editor is compared as it reads there, even before its own diagnostics ran.
   */
  async openAnalysis(uri: string): Promise<Analysis | undefined> {
    const key = uriKey(uri);
    const document = this.documents.all().find((d) => uriKey(d.uri) === key);
    if (!document) return undefined;
    const { weekNumbering } = await this.settingsFor(document.uri);
    return this.analyses.get(document, weekNumbering);
  }

  documentClosed(uri: string): void {
    this.comparisonCache.delete(uri);
    this.findingsCache.delete(uri);
    this.journals.forget(uri);
    this.analyses.delete(uri);
    const filePath = uriToPath(uri);
    if (filePath) void this.index.updateFile(filePath);
  }
}
