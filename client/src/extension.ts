// Activation: start the bundled language server and register the commands. Everything a feature
// knows is in the server; this file only connects VS Code to it.
// First: its timestamp is taken before the other modules of the bundle are evaluated.
import { bundleEvaluationBegan } from './bundleLoad';
import * as vscode from 'vscode';
import {
  CloseAction,
  ErrorAction,
  TransportKind,
  type LanguageClient,
  type LanguageClientOptions,
  type ServerOptions,
} from 'vscode-languageclient/node';
import { Commands } from '../../server/src/protocol';
import { QuietLanguageClient } from './quietClient';
import { trackReportContext } from './reportContext';
import { registerOptionalFeatures } from './features';
import { suggestWhileTyping } from './suggestWhileTyping';
import { restartingErrorHandler } from './restartingErrorHandler';

let client: LanguageClient | undefined;
/** Every module of the bundle above has been evaluated by now (this module's body runs last). */
const bundleEvaluated = Date.now();

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const activationBegan = Date.now();
  const module = vscode.Uri.joinPath(context.extensionUri, 'dist', 'server.js').fsPath;
  // Node IPC, not stdio: over stdio a crashed server's pipe fails the next write (EPIPE) before the
  // client sees the process close, and the library then shuts the client down instead of restarting
  // it (the e2e crash test caught it). Over IPC the process's exit comes first.
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6010'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: 'markdown' },
      { scheme: 'untitled', language: 'markdown' },
    ],
    synchronize: { fileEvents: vscode.workspace.createFileSystemWatcher('**/*.{md,markdown}') },
    initializationOptions: {},
    // Hovers link to the metric's history chart: trusted for that one command, nothing else.
    markdown: { isTrusted: { enabledCommands: [Commands.showMetricHistory] } },
    // A failed write (the server just died) never shuts the client down; the close restarts the server.
    errorHandler: restartingErrorHandler(
      { continue: ErrorAction.Continue, restart: CloseAction.Restart, doNotRestart: CloseAction.DoNotRestart },
      {
        connectionFailed: (error) => vscode.l10n.t('The connection to the weekly-report language server failed: {0}', error),
        restarting: () => vscode.l10n.t('The weekly-report language server stopped; restarting.'),
        gaveUp: (crashes, minutes) =>
          vscode.l10n.t(
            'The weekly-report language server stopped {0} times in the last {1} minutes and is not restarted. Run "Weekly Report: Restart Language Server" to start it again.',
            crashes,
            minutes,
          ),
      },
    ),
  };
  client = new QuietLanguageClient('weeklyReport', vscode.l10n.t('Weekly Report'), serverOptions, clientOptions);
  context.subscriptions.push(vscode.commands.registerCommand(Commands.restartServer, () => client?.restart()));
  const clientStarted = Date.now();
  await client.start();
  client.outputChannel.appendLine(startupLine(activationBegan, clientStarted, Date.now()));
  const reports = trackReportContext(client);
  context.subscriptions.push(reports, suggestWhileTyping(context.extensionPath, reports));
  registerOptionalFeatures(context, () => client);
}

/**
 * The client's half of the start-up timings (the server logs its own when its first diagnostics go
 * out): how long activation waited for the language server to start and answer `initialize`.
 */
function startupLine(activationBegan: number, clientStarted: number, initialized: number): string {
  return (
    `[${new Date(initialized).toISOString()}] Start-up: the language server answered initialize ` +
    `${initialized - clientStarted} ms after the client started it, ${initialized - activationBegan} ms after activation began ` +
    `(the client bundle evaluated in ${bundleEvaluated - bundleEvaluationBegan} ms, ${activationBegan - bundleEvaluated} ms before that).`
  );
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
