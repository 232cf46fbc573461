// Activation: start the bundled language server and register the commands. Everything a feature
// knows is in the server; this file only connects VS Code to it.
import * as vscode from 'vscode';
import { TransportKind, type LanguageClient, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { Commands } from '../../server/src/protocol';
import { QuietLanguageClient } from './quietClient';
import { trackReportContext } from './reportContext';
import { registerOptionalFeatures } from './features';
import { suggestWhileTyping } from './suggestWhileTyping';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const module = vscode.Uri.joinPath(context.extensionUri, 'dist', 'server.js').fsPath;
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
  await client.start();
  const reports = trackReportContext(client);
  context.subscriptions.push(reports, suggestWhileTyping(context.extensionPath, reports));
  registerOptionalFeatures(context, () => client);
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
