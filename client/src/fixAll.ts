// "Weekly Report: Fix All Problems": asks the server for every certain fix of the active report
// (the same edits as the `source.fixAll.weeklyReport` code action and `check --fix`), applies them
// to the version they were computed for, and says how many problems that fixed.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { Commands, FixAllRequest, type FixAllResult } from '../../server/src/protocol';

export async function fixAllProblems(client: LanguageClient | undefined): Promise<number | undefined> {
  const editor = vscode.window.activeTextEditor;
  if (!client || !editor || editor.document.languageId !== 'markdown') {
    void vscode.window.showInformationMessage(vscode.l10n.t('Open a weekly report first.'));
    return undefined;
  }
  const document = editor.document;
  const result = await client.sendRequest<FixAllResult | null>(FixAllRequest, { uri: document.uri.toString() });
  if (!result) {
    void vscode.window.showInformationMessage(vscode.l10n.t('This file is not a weekly report.'));
    return undefined;
  }
  if (result.edits.length === 0) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Nothing to fix.'));
    return 0;
  }
  // Edited while the server computed the fixes: their positions may no longer be right.
  if (document.version !== result.version) {
    void vscode.window.showWarningMessage(vscode.l10n.t('The report changed while fixing; run Fix All Problems again.'));
    return undefined;
  }
  const edit = new vscode.WorkspaceEdit();
  edit.set(
    document.uri,
    result.edits.map((e) => vscode.TextEdit.replace(client.protocol2CodeConverter.asRange(e.range), e.newText)),
  );
  if (!(await vscode.workspace.applyEdit(edit))) return undefined;
  const fixed = result.fixed === 1 ? vscode.l10n.t('Fixed 1 problem.') : vscode.l10n.t('Fixed {0} problems.', result.fixed);
  const left = result.conflicting > 0 ? ` ${vscode.l10n.t('{0} left: their fixes disagree.', result.conflicting)}` : '';
  void vscode.window.showInformationMessage(fixed + left);
  return result.fixed;
}

export function registerFixAllCommand(context: vscode.ExtensionContext, getClient: () => LanguageClient | undefined): void {
  context.subscriptions.push(vscode.commands.registerCommand(Commands.fixAll, () => fixAllProblems(getClient())));
}
