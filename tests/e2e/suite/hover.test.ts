import * as assert from 'node:assert/strict';
import { describe, it } from 'mocha';
import * as vscode from 'vscode';
import { openReport, positionOf, waitFor } from './helpers';

function hoverText(hovers: readonly vscode.Hover[]): string {
  return hovers
    .flatMap((hover) => hover.contents)
    .map((content) => (typeof content === 'string' ? content : content.value))
    .join('\n');
}

describe('hover', () => {
  it("shows last week's value of a metric, read from the W50 report", async () => {
    const { document } = await openReport('周报/2023-W51.md');
    // W51 writes 入金有效成功率：99.962%; W50, the report before it in the folder, 99.951%.
    const onValue = positionOf(document, '入金有效成功率：99.962%', '入金有效成功率：'.length + 2);
    let text = '';
    await waitFor(
      'a hover naming last week’s 99.951%',
      async () => {
        const hovers = (await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, onValue)) ?? [];
        text = hoverText(hovers);
        return text.includes('99.951') ? text : undefined;
      },
      { lastSeen: () => JSON.stringify(text) },
    );
    assert.match(text, /99\.962/);
  });
});
