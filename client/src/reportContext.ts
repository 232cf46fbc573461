import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { StatusRequest, type StatusResult } from '../../server/src/protocol';

/**
 * Whether the server reads the active editor's document as a weekly report, and since when.
 * Kept for the `weeklyReport.isReport` context key (the title-bar button) and for features that
 * act only in reports (suggestions while typing).
 */
export interface ReportContext extends vscode.Disposable {
  /** The last answer for `document`, or false when it was never asked about. */
  isReport(document: vscode.TextDocument): boolean;
}

/** Typing a title into a new file makes it a report: ask again once the typing pauses. */
const RECHECK_AFTER_TYPING_MS = 300;

/** Keeps the `weeklyReport.isReport` context key in step with the active editor and its text. */
export function trackReportContext(client: LanguageClient): ReportContext {
  const answers = new Map<string, boolean>();
  let lastKey: boolean | undefined;
  let pending: ReturnType<typeof setTimeout> | undefined;

  const ask = async (document: vscode.TextDocument): Promise<boolean> => {
    if (document.languageId !== 'markdown') return false;
    try {
      const result = await client.sendRequest<StatusResult>(StatusRequest, { uri: document.uri.toString() });
      return result.isReport;
    } catch {
      // The server is stopping or restarting: the document is no report until it answers.
      return false;
    }
  };
  const update = async (editor: vscode.TextEditor | undefined) => {
    const isReport = editor ? await ask(editor.document) : false;
    if (editor) answers.set(editor.document.uri.toString(), isReport);
    // Only the active editor's answer sets the key; an older reply must not overwrite a newer one.
    if (editor !== vscode.window.activeTextEditor || isReport === lastKey) return;
    lastKey = isReport;
    await vscode.commands.executeCommand('setContext', 'weeklyReport.isReport', isReport);
  };

  void update(vscode.window.activeTextEditor);
  const subscriptions = [
    vscode.window.onDidChangeActiveTextEditor(update),
    vscode.workspace.onDidChangeTextDocument((event) => {
      const editor = vscode.window.activeTextEditor;
      if (event.contentChanges.length === 0 || editor?.document !== event.document) return;
      clearTimeout(pending);
      pending = setTimeout(() => void update(editor), RECHECK_AFTER_TYPING_MS);
    }),
    vscode.workspace.onDidCloseTextDocument((document) => answers.delete(document.uri.toString())),
  ];
  return {
    isReport: (document) => answers.get(document.uri.toString()) ?? false,
    dispose() {
      clearTimeout(pending);
      for (const subscription of subscriptions) subscription.dispose();
    },
  };
}
