// The report service: what the language server (or a test, in process) asks about weekly reports,
// as one frozen object of feature functions — in the manner of vscode-markdown-languageservice's
// `createLanguageService`. Each takes a document (and a cancellation token) and answers LSP-shaped
// values; the caller owns the connection, the scheduling of diagnostics and the publishing.
import type {
  CodeAction,
  CodeActionParams,
  DefinitionParams,
  Location,
  ReferenceParams,
  CompletionItem,
  Diagnostic,
  DocumentSymbol,
  FoldingRange,
  Hover,
  InlayHint,
  Position,
  Range,
  SemanticTokens,
  WorkspaceSymbol,
} from 'vscode-languageserver';
import type {
  CompareResult,
  FixAllResult,
  HistoryParams,
  HistoryResult,
  NeighbourReportResult,
  NextReportResult,
  Settings,
  StatusResult,
} from '../protocol';
import type { Analysis, ReportDocument } from './analysis';
import { ReportWorkspace, type ReportDocuments, type ReportFiles, type ServiceLogger } from './reportWorkspace';
import type { SettingsSource } from './settingsStore';
import { isCancelled, neverCancelled, type CancellationToken } from './slices';
import { documentSymbols } from './documentSymbols';
import { foldingRanges } from './folding';
import { encodeTokens, reportTokens } from './semanticTokens';
import { metricHover } from './hover';
import { titleHover } from './titleHover';
import { inlayHints } from './inlayHints';
import { codeActions, fixAllEdits } from './fixAll';
import { metricHistoryFor } from './history';
import { definition, neighbourReport, references } from './navigation';
import { journalInlayHints, outlineOf } from './journal';
import { toDiagnostic } from './diagnostics';
import { completeReport, planNextWeek } from './features';
import { uriToPath } from '../node/uris';
import type { Locale } from '../report/base/locale';

export type { ReportDocument } from './analysis';
export type { ReportDocuments, ReportFiles, ServiceLogger } from './reportWorkspace';
export type { SettingsSource } from './settingsStore';
export type { CancellationToken } from './slices';

export interface ReportServiceOptions {
  /** The open documents (the server fills this from its `TextDocuments`). */
  documents: ReportDocuments;
  /** The Node adapter for files on disk. */
  files: ReportFiles;
  /** Settings per document or folder uri. */
  settings: SettingsSource;
  logger: ServiceLogger;
  /** The workspace folders' paths; none for a single file. */
  folders: readonly string[];
  /** The language answers are worded in (the server maps the client's locale with `toLocale`, once). */
  locale?: Locale;
}

export interface DocumentDiagnostics {
  version: number;
  diagnostics: Diagnostic[];
}

export interface ReportService {
  documentSymbols(document: ReportDocument, token?: CancellationToken): Promise<DocumentSymbol[]>;
  /**
   * `documentSymbols`' answer when it is known at once (the version analysed, its settings read,
   * a report by name or content), else undefined: the server then asks `documentSymbols`. An
   * outline asked again of an unchanged version needs no promise, so its reply leaves in the turn
   * its request was read.
   */
  documentSymbolsNow(document: ReportDocument): DocumentSymbol[] | undefined;
  foldingRanges(document: ReportDocument, token?: CancellationToken): Promise<FoldingRange[]>;
  semanticTokens(document: ReportDocument, token?: CancellationToken): Promise<SemanticTokens>;
  hover(document: ReportDocument, position: Position, token?: CancellationToken): Promise<Hover | null>;
  inlayHints(document: ReportDocument, range: Range, token?: CancellationToken): Promise<InlayHint[]>;
  completion(document: ReportDocument, position: Position, token?: CancellationToken): Promise<CompletionItem[]>;
  /** Quick fixes in the request's range, and fix-all when its `only` asks for `source.fixAll`. */
  codeActions(document: ReportDocument, params: CodeActionParams, token?: CancellationToken): Promise<CodeAction[]>;
  /** Every certain fix of the document's current version (the Fix All Problems command). */
  fixAll(document: ReportDocument, token?: CancellationToken): Promise<FixAllResult | null>;
  /** This week against last week; in a journal, the week holding `line` (the cursor). */
  compare(document: ReportDocument, line?: number, token?: CancellationToken): Promise<CompareResult>;
  /** One metric (at `params.line`) or every metric of the report over its series. */
  history(document: ReportDocument, params: HistoryParams, token?: CancellationToken): Promise<HistoryResult>;
  /** Previous/Next Report: the series' neighbour, skipping weeks without one. */
  neighbourReport(
    document: ReportDocument,
    direction: 'previous' | 'next',
    token?: CancellationToken,
  ): Promise<NeighbourReportResult | null>;
  /** A metric or section: the same one in the report the comparison compares with. */
  definition(document: ReportDocument, params: DefinitionParams, token?: CancellationToken): Promise<Location | null>;
  /** A metric: the same metric in every report of the series. */
  references(document: ReportDocument, params: ReferenceParams, token?: CancellationToken): Promise<Location[]>;
  nextReport(document: ReportDocument, token?: CancellationToken): Promise<NextReportResult | null>;
  status(document: ReportDocument, token?: CancellationToken): Promise<StatusResult>;
  workspaceSymbols(query: string, token?: CancellationToken): Promise<WorkspaceSymbol[]>;
  /**
   * The diagnostics of the document's current version, computed in slices that let other requests
   * in. Undefined when it is gone, the token was cancelled, or it changed meanwhile (the newer
   * version's own run answers).
   */
  computeDiagnostics(document: ReportDocument, token?: CancellationToken): Promise<DocumentDiagnostics | undefined>;

  /** Indexes the workspace folders; workspace-wide answers wait for it. */
  indexWorkspace(): Promise<void>;
  documentOpened(document: ReportDocument): void;
  documentClosed(uri: string): void;
  /** A file watcher's event: the index follows files on disk (open documents aside). */
  fileChanged(uri: string, deleted: boolean): void;
  /** Settings may have changed: returns the open documents whose diagnostics must be computed again. */
  settingsChanged(): Promise<string[]>;
}

export function createReportService(options: ReportServiceOptions): ReportService {
  const workspace = new ReportWorkspace({ ...options, locale: options.locale ?? 'en' });

  /**
   * `answer` for the document's analysis when it is a report, else `fallback`; a token cancelled
   * before the work or while it waited (or a shared run dropped because the document moved on)
   * answers `fallback` too.
   */
  function forReport<T>(
    document: ReportDocument,
    token: CancellationToken,
    fallback: T,
    answer: (analysis: Analysis) => T | Promise<T>,
  ): Promise<T> {
    return unlessCancelled(token, fallback, async () => {
      const analysis = await workspace.analyse(document.uri);
      return !analysis || token.isCancellationRequested ? fallback : answer(analysis);
    });
  }

  /** A request's answer, counted as activity: long passes give way to it between their slices. */
  function answering<A extends unknown[], R>(answer: (...args: A) => Promise<R>): (...args: A) => Promise<R> {
    return (...args) => workspace.activity.track(answer(...args));
  }

  /**
   * `answer`, or `fallback` when the token is cancelled before or after it (or a shared run it waited
   * on was dropped because the document moved on).
   */
  async function unlessCancelled<T>(token: CancellationToken, fallback: T, answer: () => Promise<T>): Promise<T> {
    if (token.isCancellationRequested) return fallback;
    try {
      const result = await answer();
      return token.isCancellationRequested ? fallback : result;
    } catch (e) {
      if (isCancelled(e)) return fallback;
      throw e;
    }
  }

  /** The outline of an analysed report under its document's settings (a journal shows its weeks). */
  function outlineSymbols(analysis: Analysis, settings: Settings): DocumentSymbol[] {
    const { sections } = outlineOf(analysis.report, workspace.journals.journalOf(analysis, settings.weekNumbering));
    return documentSymbols({ report: analysis.report, sections, metrics: analysis.metrics }, settings.outline);
  }

  return Object.freeze<ReportService>({
    documentSymbols: answering((document, token = neverCancelled) =>
      forReport(document, token, [], async (analysis) => outlineSymbols(analysis, await workspace.settingsFor(document.uri))),
    ),

    documentSymbolsNow: (document) => {
      const known = workspace.analysedNow(document.uri);
      return known && outlineSymbols(known.analysis, known.settings);
    },

    foldingRanges: answering((document, token = neverCancelled) =>
      forReport(document, token, [], (analysis) => foldingRanges(analysis.report)),
    ),

    // Numbers and 【sections】 coloured in reports only (see semanticTokens.ts).
    semanticTokens: answering((document, token = neverCancelled) =>
      forReport(document, token, encodeTokens([]), (analysis) => encodeTokens(reportTokens(analysis.report))),
    ),

    hover: answering((document, position, token = neverCancelled) =>
      forReport<Hover | null>(document, token, null, async (analysis) => {
        const comparison = await workspace.compare(analysis, position.line);
        const { weekNumbering } = await workspace.settingsFor(document.uri);
        return (
          metricHover(analysis.metrics, analysis.report.lines, comparison, position, workspace.locale, document.uri) ??
          titleHover(analysis.report, comparison, weekNumbering, position, workspace.locale) ??
          null
        );
      }),
    ),

    inlayHints: answering((document, range, token = neverCancelled) =>
      forReport<InlayHint[]>(document, token, [], async (analysis) => {
        if (!(await workspace.settingsFor(document.uri)).inlayHints) return [];
        return (
          (await journalInlayHints(workspace, analysis, range)) ??
          inlayHints(analysis.metrics, await workspace.compare(analysis), range, analysis.report.lines)
        );
      }),
    ),

    // Also in an empty Markdown file the settings call a report: not through `forReport`.
    completion: answering(async (document, position, token = neverCancelled) => {
      if (token.isCancellationRequested) return [];
      const items = await completeReport(workspace, document.uri, position);
      return token.isCancellationRequested ? [] : items;
    }),

    codeActions: answering((document, params, token = neverCancelled) =>
      unlessCancelled(token, [], () => codeActions(workspace, { ...params, textDocument: { uri: document.uri } })),
    ),

    fixAll: answering((document, token = neverCancelled) =>
      unlessCancelled(token, null, () => fixAllEdits(workspace, { uri: document.uri })),
    ),

    compare: answering((document, line, token = neverCancelled) =>
      forReport<CompareResult>(document, token, null, (analysis) => workspace.compare(analysis, line)),
    ),

    history: answering((document, params, token = neverCancelled) =>
      unlessCancelled(token, null, () => metricHistoryFor(workspace, { ...params, uri: document.uri })),
    ),

    neighbourReport: answering((document, direction, token = neverCancelled) =>
      unlessCancelled(token, null, () => neighbourReport(workspace, { uri: document.uri, direction })),
    ),

    definition: answering((_document, params, token = neverCancelled) => unlessCancelled(token, null, () => definition(workspace, params))),

    references: answering((_document, params, token = neverCancelled) => unlessCancelled(token, [], () => references(workspace, params))),

    nextReport: answering((document, token = neverCancelled) =>
      token.isCancellationRequested ? Promise.resolve(null) : planNextWeek(workspace, document.uri),
    ),

    status: answering(async (document, token = neverCancelled) => ({
      isReport: await forReport(document, token, false, () => true),
    })),

    workspaceSymbols: answering(async (query, token = neverCancelled) => {
      if (token.isCancellationRequested) return [];
      await workspace.indexed;
      return token.isCancellationRequested ? [] : workspace.index.symbols(query);
    }),

    computeDiagnostics: async (document, token = neverCancelled) => {
      const result = await workspace.computeDiagnosticFindings(document.uri, token);
      return result && { version: result.version, diagnostics: result.findings.map(toDiagnostic) };
    },

    indexWorkspace: () => workspace.indexWorkspace(),
    documentOpened: (document) => workspace.documentOpened(document),
    documentClosed: (uri) => workspace.documentClosed(uri),
    fileChanged: (uri, deleted) => {
      const filePath = uriToPath(uri);
      if (!filePath) return;
      workspace.reportFiles.forget(filePath);
      if (deleted) workspace.index.remove(filePath);
      else if (!options.documents.get(uri)) void workspace.index.updateFile(filePath);
    },
    settingsChanged: () => workspace.settingsChanged(),
  });
}
