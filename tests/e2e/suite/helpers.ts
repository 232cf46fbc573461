// Shared steps for the in-host tests. The workspace is a copy of tests/fixtures/e2e-workspace/.
import * as vscode from 'vscode';

export const EXTENSION_ID = 'weekly-report.weekly-report';

export function workspaceUri(relativePath: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('the e2e suite needs the fixture workspace open');
  return vscode.Uri.joinPath(folder.uri, ...relativePath.split('/'));
}

export async function openReport(relativePath: string): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(workspaceUri(relativePath));
  return vscode.window.showTextDocument(document);
}

export interface WaitOptions {
  timeoutMs?: number;
  /** Describes the last state seen, for the timeout message. */
  lastSeen?: () => string;
}

/**
 * Re-evaluates `probe` until it returns something other than undefined. For state that VS Code
 * offers no event for (extension activation, a language server's first answer).
 */
export async function waitFor<T>(what: string, probe: () => T | undefined | Promise<T | undefined>, options: WaitOptions = {}): Promise<T> {
  const { timeoutMs = 30_000, lastSeen } = options;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) {
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${lastSeen ? `; last seen: ${lastSeen()}` : ''}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Resolves with the diagnostics of `uri` as soon as they satisfy `accept`, on the change event. */
export function waitForDiagnostics(
  uri: vscode.Uri,
  accept: (diagnostics: readonly vscode.Diagnostic[]) => boolean,
  timeoutMs = 30_000,
): Promise<readonly vscode.Diagnostic[]> {
  return new Promise((resolve, reject) => {
    const settle = (diagnostics: readonly vscode.Diagnostic[]): void => {
      clearTimeout(timer);
      subscription.dispose();
      resolve(diagnostics);
    };
    const subscription = vscode.languages.onDidChangeDiagnostics((event) => {
      if (!event.uris.some((changed) => changed.toString() === uri.toString())) return;
      const diagnostics = vscode.languages.getDiagnostics(uri);
      if (accept(diagnostics)) settle(diagnostics);
    });
    const timer = setTimeout(() => {
      subscription.dispose();
      reject(new Error(`timed out after ${timeoutMs} ms waiting for diagnostics on ${uri.path}`));
    }, timeoutMs);
    const current = vscode.languages.getDiagnostics(uri);
    if (accept(current)) settle(current);
  });
}

/** Where `text` first occurs in `document`, for placing a cursor on something the test names. */
export function positionOf(document: vscode.TextDocument, text: string, offsetInText = 0): vscode.Position {
  const offset = document.getText().indexOf(text);
  if (offset < 0) throw new Error(`${document.uri.path} does not contain ${JSON.stringify(text)}`);
  return document.positionAt(offset + offsetInText);
}

/** A diagnostic's code as a string, whichever of VS Code's shapes it came in. */
export function diagnosticCode(diagnostic: vscode.Diagnostic): string | undefined {
  const code = typeof diagnostic.code === 'object' ? diagnostic.code.value : diagnostic.code;
  return code === undefined ? undefined : String(code);
}

/** Ours: the server names itself as the source of every diagnostic it publishes. */
export const DIAGNOSTIC_SOURCE = 'weekly-report';

/** Appends `text` to the end of `document` in the editor (unsaved); `revert` undoes it. */
export async function appendText(document: vscode.TextDocument, text: string): Promise<void> {
  const edit = new vscode.WorkspaceEdit();
  edit.insert(document.uri, document.lineAt(document.lineCount - 1).range.end, text);
  if (!(await vscode.workspace.applyEdit(edit))) throw new Error(`could not edit ${document.uri.path}`);
}

/** Throws away unsaved edits, so the next test sees the file as the fixture wrote it. */
export async function revert(document: vscode.TextDocument): Promise<void> {
  if (!document.isDirty) return;
  await vscode.window.showTextDocument(document);
  await vscode.commands.executeCommand('workbench.action.files.revert');
  await waitFor(`${document.uri.path} to revert`, () => (document.isDirty ? undefined : true));
}

export async function closeAllEditors(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

export function documentSymbols(uri: vscode.Uri): Thenable<vscode.DocumentSymbol[] | undefined> {
  return vscode.commands.executeCommand<vscode.DocumentSymbol[] | undefined>('vscode.executeDocumentSymbolProvider', uri);
}

/** Every symbol of a tree, depth first. */
export function flattenSymbols(symbols: readonly vscode.DocumentSymbol[]): vscode.DocumentSymbol[] {
  return symbols.flatMap((symbol) => [symbol, ...flattenSymbols(symbol.children ?? [])]);
}
