// Activation: start the bundled language server and register the commands. Everything a feature
// knows is in the server; this file only connects VS Code to it.
// First: its timestamp is taken before the other modules of the bundle are evaluated.
import { bundleEvaluationBegan } from './bundleLoad';
import * as vscode from 'vscode';
import { TransportKind, type LanguageClient, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { Commands } from '../../server/src/protocol';
import { QuietLanguageClient } from './quietClient';
import { trackReportContext } from './reportContext';
import { registerOptionalFeatures } from './features';
import { suggestWhileTyping } from './suggestWhileTyping';

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
