// LSP wiring only: the connection, capabilities in one literal, the scheduling and publishing of
// diagnostics, and handlers that fetch the document and delegate to the report service
// (service/reportService.ts). Everything a feature knows lives in service/ and report/.
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
import { createReportService, type ReportService } from './service/reportService';
import { SettingsStore } from './service/settingsStore';
import { ValidationScheduler } from './service/validation';
import { GuardedReader } from './node/guardedReader';
import { uriToPath } from './node/uris';
import { toLocale } from './report/i18n';
import {
  CompareRequest,
  FixAllRequest,
  HistoryRequest,
  NeighbourReportRequest,
  NextReportRequest,
  StatusRequest,
  type CompareParams,
  type FixAllParams,
  type HistoryParams,
  type NeighbourReportParams,
  type NextReportParams,
  type StatusParams,
} from './protocol';
import { FIX_ALL_KIND } from './service/fixAll';
import { COMPLETION_TRIGGER_CHARACTERS } from './service/completion';
import { encodeTokens, SEMANTIC_TOKENS_LEGEND } from './service/semanticTokens';
import { StartupTimings } from './service/startupTimings';
import { consoleToClientLog, OneWriteMessageWriter } from './stdioWriter';
import { OneHopMessageReader } from './stdioReader';
import { isUnchangingAnswer } from './service/unchangingAnswers';
import { IdleCollector } from './idleCollector';

/**
 * Over `--stdio` each message is handed on as soon as it is read (stdioReader.ts) and leaves in one
 * write (stdioWriter.ts). Given a stream, the library would also end the process when the client's
 * side of stdin closes; given a reader it does not, so that is done here, with its exit codes.
 */
function createStdioConnection() {
  const created = createConnection(
    ProposedFeatures.all,
    new OneHopMessageReader(process.stdin),
    new OneWriteMessageWriter(process.stdout, isUnchangingAnswer),
  );
  consoleToClientLog(created.console);
  let shutdownReceived = false;
  created.onShutdown(() => {
    shutdownReceived = true;
  });
  const exit = () => process.exit(shutdownReceived ? 0 : 1);
  process.stdin.on('end', exit);
  process.stdin.on('close', exit);
  return created;
}

const connection = process.argv.includes('--stdio') ? createStdioConnection() : createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);
/** Made at `initialize`, which the protocol guarantees comes before any other request or notification. */
let service!: ReportService;
let supportsConfiguration = false;
/** One output-channel line when the first diagnostics go out: where the first squiggle's time went. */
const startup = new StartupTimings();
/** Garbage of a check collected after its diagnostics went out, before the next keystroke (idleCollector.ts). */
const idleCollector = new IdleCollector();

/** `answer(document)` for an open document, `fallback` for a uri the client never opened. */
function withDocument<T>(uri: string, fallback: T, answer: (document: TextDocument) => Promise<T>): Promise<T> {
  const document = documents.get(uri);
  return document ? answer(document) : Promise.resolve(fallback);
}

const validation = new ValidationScheduler({
  compute: (uri, token) => withDocument(uri, undefined, (document) => service.computeDiagnostics(document, token)),
  publish: (uri, version, diagnostics) => {
    void connection.sendDiagnostics({ uri, version, diagnostics });
    idleCollector.afterAnswer();
    const timings = startup.published(uri);
    if (timings) connection.console.log(timings);
  },
  currentVersion: (uri) => documents.get(uri)?.version,
  log: (message) => connection.console.error(message),
});

connection.onInitialize((params): InitializeResult => {
  startup.initializeReceived();
  supportsConfiguration = params.capabilities.workspace?.configuration === true;
  const folders = params.workspaceFolders ?? (params.rootUri ? [{ uri: params.rootUri, name: '' }] : []);
  // The one mapping of the client's locale onto the product's languages.
  const locale = toLocale(params.locale);
  const settings = new SettingsStore({
    fetch: (scopeUri) => (supportsConfiguration ? connection.workspace.getConfiguration({ scopeUri, section: 'weeklyReport' }) : undefined),
    // Shown once, and kept in the output channel after the notification is gone.
    warn: (message) => {
      connection.console.warn(message);
      void connection.window.showWarningMessage(message);
    },
    locale,
  });
  service = createReportService({
    documents,
    files: { reader: new GuardedReader() },
    settings,
    logger: connection.console,
    folders: folders.map((f) => uriToPath(f.uri)).filter((p): p is string => p !== undefined),
    locale,
  });
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
  if (supportsConfiguration) void connection.client.register(DidChangeConfigurationNotification.type, { section: 'weeklyReport' });
  startup.indexingStarted();
  void service.indexWorkspace().then(() => startup.indexingFinished());
});

connection.onDidChangeConfiguration(() => void service.settingsChanged().then((uris) => uris.forEach((uri) => validation.schedule(uri))));

connection.onDidChangeWatchedFiles(({ changes }) => {
  for (const change of changes) service.fileChanged(change.uri, change.type === FileChangeType.Deleted);
});

documents.onDidOpen(({ document }) => {
  startup.documentOpened(document.uri);
  service.documentOpened(document);
  validation.schedule(document.uri);
});
documents.onDidChangeContent(({ document }) => validation.schedule(document.uri));
documents.onDidClose(({ document }) => {
  service.documentClosed(document.uri);
  validation.cancel(document.uri);
  void connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
});

// An unchanged version's outline is answered at once: returned, not promised, its reply is written
// in the turn its request was read.
connection.onDocumentSymbol(({ textDocument }, token) => {
  const document = documents.get(textDocument.uri);
  const now = document && !token.isCancellationRequested ? service.documentSymbolsNow(document) : undefined;
  return now ?? withDocument(textDocument.uri, [], (d) => service.documentSymbols(d, token));
});

connection.onFoldingRanges(({ textDocument }, token) => withDocument(textDocument.uri, [], (d) => service.foldingRanges(d, token)));

connection.languages.semanticTokens.on(({ textDocument }, token) =>
  withDocument(textDocument.uri, encodeTokens([]), (d) => service.semanticTokens(d, token)),
);

connection.onRequest(StatusRequest, ({ uri }: StatusParams, token) =>
  withDocument(uri, { isReport: false }, (d) => service.status(d, token)),
);

connection.onRequest(CompareRequest, ({ uri, position }: CompareParams, token) =>
  withDocument(uri, null, (d) => service.compare(d, position?.line, token)),
);

connection.onRequest(HistoryRequest, (params: HistoryParams, token) =>
  withDocument(params.uri, null, (d) => service.history(d, params, token)),
);

// Previous/Next Report, and a metric or a section followed across the series (service/navigation.ts).
connection.onRequest(NeighbourReportRequest, ({ uri, direction }: NeighbourReportParams, token) =>
  withDocument(uri, null, (d) => service.neighbourReport(d, direction, token)),
);
connection.onDefinition((params, token) => withDocument(params.textDocument.uri, null, (d) => service.definition(d, params, token)));
connection.onReferences((params, token) => withDocument(params.textDocument.uri, [], (d) => service.references(d, params, token)));

connection.onRequest(NextReportRequest, ({ uri }: NextReportParams, token) => withDocument(uri, null, (d) => service.nextReport(d, token)));

connection.onCompletion(({ textDocument, position }, token) =>
  withDocument(textDocument.uri, [], (d) => service.completion(d, position, token)),
);

connection.onHover(({ textDocument, position }, token) => withDocument(textDocument.uri, null, (d) => service.hover(d, position, token)));

connection.languages.inlayHint.on(({ textDocument, range }, token) =>
  withDocument(textDocument.uri, [], (d) => service.inlayHints(d, range, token)),
);

connection.onCodeAction((params, token) => withDocument(params.textDocument.uri, [], (d) => service.codeActions(d, params, token)));

connection.onRequest(FixAllRequest, ({ uri }: FixAllParams, token) => withDocument(uri, null, (d) => service.fixAll(d, token)));

connection.onWorkspaceSymbol(({ query }, token) => service.workspaceSymbols(query, token));

documents.listen(connection);
connection.listen();
