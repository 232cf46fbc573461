// Commands that open the comparison panel, and the serializer that restores it after a reload.
import * as vscode from 'vscode';
import { Commands } from '../../../server/src/protocol';
import { ComparisonPanel, type ClientSource } from './ComparisonPanel';
import { showMetricHistory } from './showMetricHistory';

export function registerComparisonPanel(context: vscode.ExtensionContext, getClient: ClientSource): void {
  const open = (toSide: boolean) => async (resource?: unknown) => {
    const document = await reportDocument(resource);
    if (!document) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Open a weekly report first.'));
      return;
    }
    ComparisonPanel.createOrShow(context.extensionUri, getClient, document, toSide);
  };
  context.subscriptions.push(
    // Both open the panel beside the report, keeping the cursor in it: a comparison is read next
    // to the text it compares (the command palette entry used to cover the report).
    vscode.commands.registerCommand(Commands.openComparison, open(true)),
    vscode.commands.registerCommand(Commands.openComparisonToSide, open(true)),
    vscode.commands.registerCommand(Commands.showMetricHistory, (args?: unknown) =>
      showMetricHistory(context.extensionUri, getClient, args),
    ),
    vscode.window.registerWebviewPanelSerializer(ComparisonPanel.viewType, {
      async deserializeWebviewPanel(panel: vscode.WebviewPanel, state: unknown) {
        ComparisonPanel.revive(panel, context.extensionUri, getClient, state);
      },
    }),
  );
}

/** The editor title button passes the file's URI; the command palette passes nothing. */
async function reportDocument(resource: unknown): Promise<vscode.TextDocument | undefined> {
  if (resource instanceof vscode.Uri) {
    try {
      return await vscode.workspace.openTextDocument(resource);
    } catch {
      return undefined;
    }
  }
  const document = vscode.window.activeTextEditor?.document;
  return document?.languageId === 'markdown' ? document : undefined;
}
