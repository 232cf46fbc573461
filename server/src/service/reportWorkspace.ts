// The server's state: open documents, their analyses, the workspace index and settings. Handlers
// ask it for "the analysis of this document if it is a report" and nothing else.
import type { Connection, InitializeParams, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Settings } from '../protocol';
import { AnalysisCache, nextTurn, type Analysis } from './analysis';
import { isMarkdownFile, isReportFile } from '../node/reportFiles';
import { SettingsStore } from './settingsStore';
import { WorkspaceIndex } from './workspaceIndex';
import { pathToUri, uriKey, uriToPath } from '../node/uris';
import { ValidationScheduler } from './validation';
import { runRules, type Finding } from '../report/rules';
import { toLocale } from '../report/i18n';
import { toDiagnostic } from './diagnostics';
import { ComparisonService, type SeriesComparison } from './comparison';
import { GuardedReader } from '../node/guardedReader';
import { ReportFileLoader } from '../node/reportFileLoader';
import * as path from 'node:path';
import type { Comparison } from '../report/compare/types';
import type { WeekNumberingSetting } from '../report/week';
import { isRecognisedReport } from '../report/series/recognition';
import { TemplateFile } from './templateFile';

export class ReportWorkspace {
  readonly settings: SettingsStore;
  readonly index: WorkspaceIndex;
  readonly analyses = new AnalysisCache();
  readonly validation: ValidationScheduler;
  readonly comparisons: ComparisonService;
  /** Every file the server reads from disk goes through this one reader (open documents aside). */
  readonly reader = new GuardedReader();
  /** Last week's and the trend weeks' files, parsed once per change (watcher events invalidate them). */
  readonly reportFiles = new ReportFileLoader(this.reader);
  readonly template = new TemplateFile(this.reader, (message) => this.connection.console.warn(message));
  /** The last comparison per document version: diagnostics, hovers and inlay hints share it. */
  private readonly comparisonCache = new Map<string, { version: number; comparison: Promise<SeriesComparison> }>();
  private readonly findingsCache = new Map<string, { version: number; findings: Promise<Finding[]> }>();
  folders: string[] = [];
  locale = 'en';
  /** Files settings for the index, read once per indexing pass (the index runs outside any document's scope). */
  private indexGlobs: string[] = [];
  private indexNumbering: WeekNumberingSetting = 'auto';

  constructor(
    readonly connection: Connection,
    readonly documents: TextDocuments<TextDocument>,
  ) {
    this.settings = new SettingsStore(connection, () => toLocale(this.locale));
    this.validation = new ValidationScheduler({
      compute: (uri) => this.computeDiagnostics(uri),
      publish: (uri, version, diagnostics) => void connection.sendDiagnostics({ uri, version, diagnostics }),
      currentVersion: (uri) => documents.get(uri)?.version,
      log: (message) => connection.console.error(message),
    });
    this.index = new WorkspaceIndex({
      isReport: (filePath, scan) => isReportFile(filePath, scan.looksLikeReport, this.indexGlobs, this.folders),
      numbering: () => this.indexNumbering,
      reader: this.reader,
      folders: () => this.folders,
      log: (message) => connection.console.log(message),
    });
    this.comparisons = new ComparisonService(
      this.index,
      { openAnalysis: (uri) => this.openAnalysis(uri), allowedFolders: (uri) => this.allowedFolders(uri) },
      this.reportFiles,
    );
  }

  get supportsConfiguration(): boolean {
    return this.settings.supportsConfiguration;
  }

  initialize(params: InitializeParams): void {
    this.settings.supportsConfiguration = params.capabilities.workspace?.configuration === true;
    this.locale = params.locale ?? 'en';
    const folders = params.workspaceFolders ?? (params.rootUri ? [{ uri: params.rootUri, name: '' }] : []);
    this.folders = folders.map((f) => uriToPath(f.uri)).filter((p): p is string => p !== undefined);
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
      await this.index.indexFolders(this.folders);
      this.connection.console.log(`Indexed ${this.index.size} weekly reports in ${Date.now() - started} ms.`);
    } catch (e) {
      this.connection.console.error(`Indexing the workspace failed: ${(e as Error).message}`);
    }
  }

  async reindexFile(filePath: string): Promise<void> {
    this.reportFiles.forget(filePath);
    await this.index.updateFile(filePath);
  }

  settingsFor(uri: string): Promise<Settings> {
    return this.settings.get(uri);
  }

  /**
   * The client also sends a configuration change right after start-up, with nothing changed:
   * only a real change re-indexes and re-checks.
   */
  async settingsChanged(): Promise<void> {
    const scopes = [this.folderScope, ...this.documents.all().map((d) => d.uri)];
    const before = await Promise.all(scopes.map((scope) => this.settings.get(scope)));
    this.settings.clear();
    const after = await Promise.all(scopes.map((scope) => this.settings.get(scope)));
    if (JSON.stringify(before) === JSON.stringify(after)) {
      this.connection.console.log('Settings unchanged.');
      return;
    }
    this.connection.console.log(`Settings changed: re-checking ${this.documents.all().length} open documents.`);
    this.analyses.clear();
    this.comparisonCache.clear();
    this.findingsCache.clear();
    const indexed = (list: Settings[]) => JSON.stringify(list.map((s) => [s.files, s.weekNumbering]));
    if (indexed(before) !== indexed(after)) void this.indexWorkspace();
    for (const document of this.documents.all()) this.validation.schedule(document.uri);
  }

  /** The document's analysis when it is a weekly report, undefined otherwise (other Markdown gets nothing from us). */
  async analyse(uri: string): Promise<Analysis | undefined> {
    const document = this.documents.get(uri);
    if (!document || document.languageId !== 'markdown') return undefined;
    const settings = await this.settingsFor(uri);
    const analysis = this.analyses.get(document, settings.weekNumbering);
    const filePath = uriToPath(uri);
    const isReport = isReportFile(filePath, analysis.report.looksLikeReport, settings.files, this.folders);
    return isReport || isRecognisedReport(this.index.entries(), uri) ? analysis : undefined;
  }

  /** The index follows saved files (watcher events), not keystrokes: only opening updates it from the editor. */
  documentOpened(document: TextDocument): void {
    const filePath = uriToPath(document.uri);
    if (filePath && isMarkdownFile(filePath)) this.index.updateText(filePath, document.getText());
  }

  /** A blank Markdown file whose name the `files` setting claims: completion offers it a skeleton. */
  async analyseEmptyReportFile(uri: string): Promise<Analysis | undefined> {
    const document = this.documents.get(uri);
    if (!document || document.languageId !== 'markdown' || document.getText().trim()) return undefined;
    const settings = await this.settingsFor(uri);
    const filePath = uriToPath(uri);
    return filePath && isReportFile(filePath, false, settings.files, this.folders)
      ? this.analyses.get(document, settings.weekNumbering)
      : undefined;
  }

  documentChanged(document: TextDocument): void {
    this.validation.schedule(document.uri);
  }

  private async computeDiagnostics(uri: string) {
    const document = this.documents.get(uri);
    if (!document) return undefined;
    const version = document.version;
    if (document.languageId === 'markdown') {
      const { weekNumbering } = await this.settingsFor(uri);
      // A newer version arrived while analysing: its own run checks it.
      if (!(await this.analyses.prepare(document, weekNumbering)) || this.documents.get(uri)?.version !== version) return undefined;
      // The comparison and the rules are whole-document passes too: other requests go first.
      await nextTurn();
      if (this.documents.get(uri)?.version !== version) return undefined;
    }
    const analysis = await this.analyse(uri);
    if (!analysis) return { version, diagnostics: [] };
    return { version, diagnostics: (await this.findings(analysis)).map(toDiagnostic) };
  }

  /** The rules' findings for an analysed report, once per document version: diagnostics and quick fixes share them. */
  findings(analysis: Analysis): Promise<Finding[]> {
    const cached = this.findingsCache.get(analysis.uri);
    if (cached && cached.version === analysis.version) return cached.findings;
    const findings = Promise.all([this.settingsFor(analysis.uri), this.seriesComparison(analysis)]).then(
      async ([settings, { comparison, previousLinkRefusal }]) => {
        // The comparison just ran in one piece: let other requests in before the rules do too.
        await nextTurn();
        return runRules({
          report: analysis.report,
          metrics: analysis.metrics,
          settings,
          locale: toLocale(this.locale),
          comparison,
          previousLinkRefusal,
        });
      },
    );
    this.findingsCache.set(analysis.uri, { version: analysis.version, findings });
    return findings;
  }

  /** This week against last week for an analysed report, computed once per document version. */
  async compare(analysis: Analysis): Promise<Comparison> {
    return (await this.seriesComparison(analysis)).comparison;
  }

  /** The comparison and how the `previous:` link fared, once per document version. */
  private seriesComparison(analysis: Analysis): Promise<SeriesComparison> {
    const cached = this.comparisonCache.get(analysis.uri);
    if (cached && cached.version === analysis.version) return cached.comparison;
    const comparison = this.settingsFor(analysis.uri).then(async (settings) => {
      await this.seriesIndexed(analysis, settings);
      return this.comparisons.compare(analysis, settings, toLocale(this.locale));
    });
    this.comparisonCache.set(analysis.uri, { version: analysis.version, comparison });
    return comparison;
  }

  /**
   * Settles when the report's series is indexed: for a folder series without a `previous:` link its
   * own folder (indexed first), so the first diagnostics need not wait for the whole workspace.
   */
  private seriesIndexed(analysis: Analysis, settings: Settings): Promise<void> {
    const filePath = uriToPath(analysis.uri);
    const folderOnly = settings.series !== 'workspace' && filePath !== undefined && analysis.report.frontMatter['previous'] === undefined;
    return folderOnly ? this.index.folderIndexed(path.dirname(filePath)) : this.indexed;
  }

  /** The analysis of an open document named by any spelling of its uri, if it has been analysed. */
  openAnalysis(uri: string): Analysis | undefined {
    const key = uriKey(uri);
    const document = this.documents.all().find((d) => uriKey(d.uri) === key);
    return document ? this.analyses.peek(document.uri, document.version) : undefined;
  }

  documentClosed(document: TextDocument): void {
    this.comparisonCache.delete(document.uri);
    this.findingsCache.delete(document.uri);
    this.analyses.delete(document.uri);
    this.validation.cancel(document.uri);
    void this.connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
    const filePath = uriToPath(document.uri);
    if (filePath) void this.index.updateFile(filePath);
  }
}
