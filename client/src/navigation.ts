// "Previous Report" / "Next Report": the server finds the series' neighbour (skipping weeks without
// a report) and words what happened; the client opens the file and tells it. A plain step goes to
// the status bar, a skipped gap or the end of the series to a notification: none is an error.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { Commands, NeighbourReportRequest, type NeighbourReportParams, type NeighbourReportResult } from '../../server/src/protocol';

/** How long the status bar keeps "Opened 2024-W13, the previous report." */
const STATUS_MESSAGE_MS = 5000;

export async function openNeighbourReport(
  client: LanguageClient | undefined,
  direction: NeighbourReportParams['direction'],
): Promise<vscode.Uri | undefined> {
  const document = vscode.window.activeTextEditor?.document;
  if (!client || !document || document.languageId !== 'markdown') {
    void vscode.window.showInformationMessage(vscode.l10n.t('Open a weekly report first.'));
    return undefined;
  }
  const params: NeighbourReportParams = { uri: document.uri.toString(), direction };
  const answer = await client.sendRequest<NeighbourReportResult | null>(NeighbourReportRequest, params);
  if (!answer) {
    void vscode.window.showInformationMessage(vscode.l10n.t('This file is not a weekly report.'));
    return undefined;
  }
  if (!answer.uri) {
    void vscode.window.showInformationMessage(answer.message);
    return undefined;
  }
  const target = vscode.Uri.parse(answer.uri);
  await vscode.window.showTextDocument(target);
  if (answer.skippedWeeks) void vscode.window.showInformationMessage(answer.message);
  else vscode.window.setStatusBarMessage(answer.message, STATUS_MESSAGE_MS);
  return target;
}

export function registerNavigationCommands(context: vscode.ExtensionContext, getClient: () => LanguageClient | undefined): void {
  context.subscriptions.push(
    vscode.commands.registerCommand(Commands.previousReport, () => openNeighbourReport(getClient(), 'previous')),
    vscode.commands.registerCommand(Commands.nextReport, () => openNeighbourReport(getClient(), 'next')),
  );
}
