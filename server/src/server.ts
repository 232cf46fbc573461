// LSP wiring only: capabilities in one literal, handlers that fetch the document and delegate to
// the service layer. Everything a feature knows lives in service/ and report/.
import {
  createConnection,
  DidChangeConfigurationNotification,
  FileChangeType,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
  type InitializeResult,
  CodeActionKind,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { documentSymbols } from './service/documentSymbols';
import { journalInlayHints, outlineOf } from './service/journal';
import { foldingRanges } from './service/folding';
import { ReportWorkspace } from './service/reportWorkspace';
import { uriToPath } from './node/uris';
import { codeActions, FIX_ALL_KIND, fixAllEdits } from './service/fixAll';
import {
  CompareRequest,
  FixAllRequest,
  NextReportRequest,
  StatusRequest,
  NeighbourReportRequest,
  type NeighbourReportParams,
  type NextReportParams,
  type NextReportResult,
  type CompareParams,
  type CompareResult,
  type FixAllParams,
  type StatusParams,
  type StatusResult,
} from './protocol';
import { metricHover } from './service/hover';
import { titleHover } from './service/titleHover';
import { inlayHints } from './service/inlayHints';
import { toLocale } from './report/i18n';
import { completeReport, planNextWeek } from './service/features';
import { COMPLETION_TRIGGER_CHARACTERS } from './service/completion';
import { encodeTokens, reportTokens, SEMANTIC_TOKENS_LEGEND } from './service/semanticTokens';
import { HistoryRequest, type HistoryParams, type HistoryResult } from './protocol';
import { metricHistoryFor } from './service/history';
import { definition, neighbourReport, references } from './service/navigation';

const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);
const workspace = new ReportWorkspace(connection, documents);

connection.onInitialize((params): InitializeResult => {
  workspace.initialize(params);
  return {
    capabilities: {
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
      documentSymbolProvider: { label: 'Weekly Report' },
      foldingRangeProvider: true,
      workspaceSymbolProvider: true,
      hoverProvider: true,
      completionProvider: { triggerCharacters: COMPLETION_TRIGGER_CHARACTERS },
      inlayHintProvider: true,
      semanticTokensProvider: { legend: SEMANTIC_TOKENS_LEGEND, full: true },
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
      definitionProvider: true,
      referencesProvider: true,
    },
    serverInfo: { name: 'weekly-report', version: '0.1.0' },
  };
});

connection.onInitialized(() => {
  if (workspace.supportsConfiguration) {
    void connection.client.register(DidChangeConfigurationNotification.type, { section: 'weeklyReport' });
  }
  void workspace.indexWorkspace();
});

connection.onDidChangeConfiguration(() => void workspace.settingsChanged());

connection.onDidChangeWatchedFiles(({ changes }) => {
  for (const change of changes) {
    const filePath = uriToPath(change.uri);
    if (!filePath) continue;
    if (change.type === FileChangeType.Deleted) workspace.index.remove(filePath);
    else if (!documents.get(change.uri)) void workspace.reindexFile(filePath);
  }
});

documents.onDidOpen(({ document }) => {
  workspace.documentOpened(document);
  workspace.documentChanged(document);
});
documents.onDidChangeContent(({ document }) => workspace.documentChanged(document));
documents.onDidClose(({ document }) => workspace.documentClosed(document));

connection.onDocumentSymbol(async ({ textDocument }) => {
  const analysis = await workspace.analyse(textDocument.uri);
  return analysis ? documentSymbols(outlineOf(analysis.report, await workspace.journalOf(analysis)), analysis.metrics) : [];
});

connection.onFoldingRanges(async ({ textDocument }) => {
  const analysis = await workspace.analyse(textDocument.uri);
  return analysis ? foldingRanges(analysis.report) : [];
});

// Numbers and 【sections】 coloured in reports only (see service/semanticTokens.ts).
connection.languages.semanticTokens.on(async ({ textDocument }) => {
  const analysis = await workspace.analyse(textDocument.uri);
  return encodeTokens(analysis ? reportTokens(analysis.report) : []);
});

connection.onRequest(StatusRequest, async ({ uri }: StatusParams): Promise<StatusResult> => ({
  isReport: (await workspace.analyse(uri)) !== undefined,
}));

connection.onRequest(CompareRequest, async ({ uri, position }: CompareParams): Promise<CompareResult> => {
  const analysis = await workspace.analyse(uri);
  return analysis ? workspace.compare(analysis, position?.line) : null;
});

connection.onRequest(NextReportRequest, ({ uri }: NextReportParams): Promise<NextReportResult | null> => planNextWeek(workspace, uri));

connection.onRequest(HistoryRequest, (params: HistoryParams): Promise<HistoryResult> => metricHistoryFor(workspace, params));

connection.onCompletion((params) => completeReport(workspace, params));

// Previous/Next Report, and a metric or a section followed across the series (service/navigation.ts).
connection.onRequest(NeighbourReportRequest, (params: NeighbourReportParams) => neighbourReport(workspace, params));
connection.onDefinition((params) => definition(workspace, params));
connection.onReferences((params) => references(workspace, params));

connection.onHover(async ({ textDocument, position }) => {
  const analysis = await workspace.analyse(textDocument.uri);
  if (!analysis) return null;
  const comparison = await workspace.compare(analysis, position.line);
  const locale = toLocale(workspace.locale);
  const numbering = (await workspace.settingsFor(textDocument.uri)).weekNumbering;
  return (
    metricHover(analysis.metrics, analysis.report.lines, comparison, position, locale, textDocument.uri) ??
    titleHover(analysis.report, comparison, numbering, position, locale) ??
    null
  );
});

connection.languages.inlayHint.on(async ({ textDocument, range }) => {
  const analysis = await workspace.analyse(textDocument.uri);
  if (!analysis || !(await workspace.settingsFor(textDocument.uri)).inlayHints) return [];
  return (
    (await journalInlayHints(workspace, analysis, range)) ??
    inlayHints(analysis.metrics, await workspace.compare(analysis), range, analysis.report.lines)
  );
});

connection.onCodeAction((params) => codeActions(workspace, params));

connection.onRequest(FixAllRequest, (params: FixAllParams) => fixAllEdits(workspace, params));

connection.onWorkspaceSymbol(async ({ query }) => {
  await workspace.indexed;
  return workspace.index.symbols(query);
});

documents.listen(connection);
connection.listen();
