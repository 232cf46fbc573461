// "Weekly Report: New Report for Next Week": the server plans the file, the client creates it
// only when it does not exist (never overwriting) and opens it.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { Commands, NextReportRequest, type NextReportResult } from '../../server/src/protocol';

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

export async function newReportForNextWeek(client: LanguageClient | undefined, from?: vscode.Uri): Promise<vscode.Uri | undefined> {
  const document = from ? await vscode.workspace.openTextDocument(from) : vscode.window.activeTextEditor?.document;
  if (!client || !document || document.languageId !== 'markdown') {
    void vscode.window.showInformationMessage(vscode.l10n.t('Open a weekly report first.'));
    return undefined;
  }
  const plan = await client.sendRequest<NextReportResult | null>(NextReportRequest, { uri: document.uri.toString() });
  if (!plan) {
    void vscode.window.showInformationMessage(vscode.l10n.t('This file is not a weekly report.'));
    return undefined;
  }
  const target = vscode.Uri.parse(plan.uri);
  if (await exists(target)) {
    await vscode.window.showTextDocument(target);
    void vscode.window.showInformationMessage(vscode.l10n.t("Next week's report already exists: opened it unchanged."));
    return target;
  }
  const edit = new vscode.WorkspaceEdit();
  edit.createFile(target, { ignoreIfExists: true, contents: new TextEncoder().encode(plan.text) });
  if (!(await vscode.workspace.applyEdit(edit))) return undefined;
  const created = await vscode.workspace.openTextDocument(target);
  if (created.isDirty) await created.save();
  await vscode.window.showTextDocument(created);
  void vscode.window.showInformationMessage(vscode.l10n.t('Created {0}.', vscode.workspace.asRelativePath(target)));
  return target;
}

export function registerNewReportCommand(context: vscode.ExtensionContext, getClient: () => LanguageClient | undefined): void {
  context.subscriptions.push(
    vscode.commands.registerCommand(Commands.newReportForNextWeek, (from?: vscode.Uri) => newReportForNextWeek(getClient(), from)),
  );
}
