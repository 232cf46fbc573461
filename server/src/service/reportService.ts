// The report service: what the language server (or a test, in process) asks about weekly reports,
// as one frozen object of feature functions — in the manner of vscode-markdown-languageservice's
// `createLanguageService`. Each takes a document (and a cancellation token) and answers LSP-shaped
// values; the caller owns the connection, the scheduling of diagnostics and the publishing.
import type {
  CodeAction,
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
import type { CompareResult, NextReportResult, StatusResult } from '../protocol';
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
import { quickFixes } from './codeActions';
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
  foldingRanges(document: ReportDocument, token?: CancellationToken): Promise<FoldingRange[]>;
  semanticTokens(document: ReportDocument, token?: CancellationToken): Promise<SemanticTokens>;
  hover(document: ReportDocument, position: Position, token?: CancellationToken): Promise<Hover | null>;
  inlayHints(document: ReportDocument, range: Range, token?: CancellationToken): Promise<InlayHint[]>;
  completion(document: ReportDocument, position: Position, token?: CancellationToken): Promise<CompletionItem[]>;
  /** Quick fixes in `range`; `echoed` are the diagnostics the client sent back with the request. */
  codeActions(document: ReportDocument, range: Range, echoed: readonly Diagnostic[], token?: CancellationToken): Promise<CodeAction[]>;
  compare(document: ReportDocument, token?: CancellationToken): Promise<CompareResult>;
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
  async function forReport<T>(
    document: ReportDocument,
    token: CancellationToken,
    fallback: T,
    answer: (analysis: Analysis) => T | Promise<T>,
  ): Promise<T> {
    if (token.isCancellationRequested) return fallback;
    try {
      const analysis = await workspace.analyse(document.uri);
      if (!analysis || token.isCancellationRequested) return fallback;
      const result = await answer(analysis);
      return token.isCancellationRequested ? fallback : result;
    } catch (e) {
      if (isCancelled(e)) return fallback;
      throw e;
    }
  }

  /** A request's answer, counted as activity: long passes give way to it between their slices. */
  function answering<A extends unknown[], R>(answer: (...args: A) => Promise<R>): (...args: A) => Promise<R> {
    return (...args) => workspace.activity.track(answer(...args));
  }

  return Object.freeze<ReportService>({
    documentSymbols: answering((document, token = neverCancelled) =>
      forReport(document, token, [], (analysis) => documentSymbols(analysis.report, analysis.metrics)),
    ),

    foldingRanges: answering((document, token = neverCancelled) =>
      forReport(document, token, [], (analysis) => foldingRanges(analysis.report)),
    ),

    // Numbers and 【sections】 coloured in reports only (see semanticTokens.ts).
    semanticTokens: answering((document, token = neverCancelled) =>
      forReport(document, token, encodeTokens([]), (analysis) => encodeTokens(reportTokens(analysis.report))),
    ),

    hover: answering((document, position, token = neverCancelled) =>
      forReport<Hover | null>(document, token, null, async (analysis) => {
        const comparison = await workspace.compare(analysis);
        const { weekNumbering } = await workspace.settingsFor(document.uri);
        return (
          metricHover(analysis.metrics, analysis.report.lines, comparison, position, workspace.locale) ??
          titleHover(analysis.report, comparison, weekNumbering, position, workspace.locale) ??
          null
        );
      }),
    ),

    inlayHints: answering((document, range, token = neverCancelled) =>
      forReport<InlayHint[]>(document, token, [], async (analysis) => {
        if (!(await workspace.settingsFor(document.uri)).inlayHints) return [];
        return inlayHints(analysis.metrics, await workspace.compare(analysis), range, analysis.report.lines);
      }),
    ),

    // Also in an empty Markdown file the settings call a report: not through `forReport`.
    completion: answering(async (document, position, token = neverCancelled) => {
      if (token.isCancellationRequested) return [];
      const items = await completeReport(workspace, document.uri, position);
      return token.isCancellationRequested ? [] : items;
    }),

    codeActions: answering((document, range, echoed, token = neverCancelled) =>
      forReport<CodeAction[]>(document, token, [], async (analysis) =>
        quickFixes(document.uri, await workspace.findings(analysis), range, echoed),
      ),
    ),

    compare: answering((document, token = neverCancelled) =>
      forReport<CompareResult>(document, token, null, (analysis) => workspace.compare(analysis)),
    ),

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
      if (deleted) workspace.index.remove(filePath);
      else if (!options.documents.get(uri)) void workspace.index.updateFile(filePath);
    },
    settingsChanged: () => workspace.settingsChanged(),
  });
}
