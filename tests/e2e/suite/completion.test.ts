import * as assert from 'node:assert/strict';
import { describe, it } from 'mocha';
import * as vscode from 'vscode';
import { appendText, openReport, revert } from './helpers';

function insertedText(item: vscode.CompletionItem): string {
  const insert = item.insertText ?? (typeof item.label === 'string' ? item.label : item.label.label);
  return typeof insert === 'string' ? insert : insert.value;
}

describe('completion', () => {
  it('offers 【系统运行数据】 after `## 【` in a report that lacks it', async () => {
    // The draft has only 【重点工作】, so the section is a real suggestion, not a duplicate.
    const { document } = await openReport('drafts/2024-W01.md');
    try {
      await appendText(document, '\n\n## 【');
      const end = document.lineAt(document.lineCount - 1).range.end;
      const list = await vscode.commands.executeCommand<vscode.CompletionList>(
        'vscode.executeCompletionItemProvider',
        document.uri,
        end,
        '【',
      );
      const offered = list.items.map(insertedText);
      assert.ok(offered.includes('【系统运行数据】'), `offered ${JSON.stringify(offered)}`);
    } finally {
      await revert(document);
    }
  });
});
