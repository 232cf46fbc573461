import * as assert from 'node:assert/strict';
import { describe, it } from 'mocha';
import type * as vscode from 'vscode';
import { documentSymbols, flattenSymbols, openReport, waitFor } from './helpers';

describe('document symbols', () => {
  it('lists the 【系统运行数据】 section of a report', async () => {
    const editor = await openReport('周报/2023-W51.md');
    let seen: vscode.DocumentSymbol[] = [];
    const section = await waitFor(
      'a symbol named 【系统运行数据】',
      async () => {
        seen = flattenSymbols((await documentSymbols(editor.document.uri)) ?? []);
        return seen.find((symbol) => symbol.name === '【系统运行数据】');
      },
      { lastSeen: () => JSON.stringify(seen.map((symbol) => symbol.name)) },
    );
    const heading = editor.document.lineAt(section.selectionRange.start.line).text;
    assert.match(heading, /^## 【系统运行数据】/);
  });
});
