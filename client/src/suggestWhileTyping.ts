// VS Code turns quick suggestions off for Markdown, so the report snippets (`zb-xtyx`, `weekly-okr`…)
// appeared only on Ctrl+Space. Turning them on for every Markdown file would change other files;
// instead, in a document the server reads as a report, typing the start of a snippet prefix at
// the start of a line opens the suggestion list, as quick suggestions would. The list also holds
// the server's completions for that position.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import * as vscode from 'vscode';
import type { ReportContext } from './reportContext';
import { startsSnippetPrefix, wordAtLineStart } from './snippetPrefix';

/**
 * The prefixes of the extension's snippets, lower-cased. Read synchronously at activation: through
 * `workspace.fs` the read waits on the workbench and the first keystrokes would find no prefixes.
 */
export function readSnippetPrefixes(extensionPath: string): string[] {
  const readJson = (file: string): unknown => JSON.parse(readFileSync(path.join(extensionPath, file), 'utf8'));
  const manifest = readJson('package.json') as { contributes?: { snippets?: Array<{ path: string }> } };
  const prefixes: string[] = [];
  for (const { path: snippetsFile } of manifest.contributes?.snippets ?? []) {
    const snippets = readJson(snippetsFile) as Record<string, { prefix?: string | string[] }>;
    for (const snippet of Object.values(snippets)) prefixes.push(...[snippet.prefix ?? []].flat().map((prefix) => prefix.toLowerCase()));
  }
  return prefixes;
}

export function suggestWhileTyping(extensionPath: string, reports: ReportContext): vscode.Disposable {
  const prefixes = readSnippetPrefixes(extensionPath);
  return vscode.workspace.onDidChangeTextDocument((event) => {
    const editor = vscode.window.activeTextEditor;
    // One insertion at one cursor, in the report being edited: what typing looks like.
    if (editor?.document !== event.document || event.contentChanges.length !== 1 || editor.selections.length !== 1) return;
    const [change] = event.contentChanges;
    if (change.text.length === 0 || change.text.includes('\n') || !change.range.isSingleLine || !reports.isReport(event.document)) return;
    const line = event.document.lineAt(change.range.start.line).text;
    const end = change.range.start.character + change.text.length;
    // The word as it was just before: the line without what was typed (replaced text is unknown
    // here, and counts as gone).
    const lineBefore = line.slice(0, change.range.start.character) + line.slice(end);
    const before = wordAtLineStart(lineBefore, change.range.start.character);
    const after = wordAtLineStart(line, end);
    if (startsSnippetPrefix(before, after, prefixes)) void vscode.commands.executeCommand('editor.action.triggerSuggest');
  });
}
