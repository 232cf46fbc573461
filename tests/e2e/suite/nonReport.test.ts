import * as assert from 'node:assert/strict';
import { describe, it } from 'mocha';
import * as vscode from 'vscode';
import { documentSymbols, flattenSymbols, openReport, waitFor } from './helpers';

describe('a Markdown file that is not a report', () => {
  it('gets no symbols from the weekly-report server', async () => {
    // Our server answers on a report first, so its silence below is a choice, not a slow start.
    const report = await openReport('周报/2023-W51.md');
    await waitFor(
      'symbols of the W51 report',
      async () =>
        flattenSymbols((await documentSymbols(report.document.uri)) ?? []).some((symbol) => symbol.kind === vscode.SymbolKind.Number) ||
        undefined,
    );

    const notes = await openReport('notes/团队约定.md');
    const symbols = flattenSymbols((await documentSymbols(notes.document.uri)) ?? []);
    // The built-in Markdown outline still answers, and names headings with their hashes ('## 值班').
    assert.ok(
      symbols.some((symbol) => symbol.name === '## 值班'),
      `built-in symbols missing: ${JSON.stringify(symbols.map((s) => s.name))}`,
    );
    const ours = symbols.filter((symbol) => !symbol.name.startsWith('#') || symbol.kind === vscode.SymbolKind.Number);
    assert.deepEqual(
      ours.map((symbol) => symbol.name),
      [],
    );
  });
});
