import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { StatusRequest, type StatusResult } from '../../server/src/protocol';

/** Keeps the `weeklyReport.isReport` context key in step with the active editor, for the title-bar button. */
export function trackReportContext(client: LanguageClient): vscode.Disposable {
  const update = async (editor: vscode.TextEditor | undefined) => {
    let isReport = false;
    if (editor?.document.languageId === 'markdown') {
      try {
        const result = await client.sendRequest<StatusResult>(StatusRequest, { uri: editor.document.uri.toString() });
        isReport = result.isReport;
      } catch {
        isReport = false;
      }
    }
    await vscode.commands.executeCommand('setContext', 'weeklyReport.isReport', isReport);
  };
  void update(vscode.window.activeTextEditor);
  return vscode.window.onDidChangeActiveTextEditor(update);
}
