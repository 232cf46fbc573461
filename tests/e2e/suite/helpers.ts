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

export function documentSymbols(uri: vscode.Uri): Thenable<vscode.DocumentSymbol[] | undefined> {
  return vscode.commands.executeCommand<vscode.DocumentSymbol[] | undefined>('vscode.executeDocumentSymbolProvider', uri);
}

/** Every symbol of a tree, depth first. */
export function flattenSymbols(symbols: readonly vscode.DocumentSymbol[]): vscode.DocumentSymbol[] {
  return symbols.flatMap((symbol) => [symbol, ...flattenSymbols(symbol.children ?? [])]);
}
