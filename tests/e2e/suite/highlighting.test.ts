import * as assert from 'node:assert/strict';
import { describe, it } from 'mocha';
import * as vscode from 'vscode';
import { EXTENSION_ID, openReport, waitFor } from './helpers';

function semanticTokens(uri: vscode.Uri): Thenable<vscode.SemanticTokens | undefined> {
  return vscode.commands.executeCommand<vscode.SemanticTokens | undefined>('vscode.provideDocumentSemanticTokens', uri);
}

describe('highlighting', () => {
  it('colours numbers and 【sections】 in a report through semantic tokens, and nothing in other Markdown', async () => {
    const report = await openReport('周报/2023-W51.md');
    const tokens = await waitFor('semantic tokens of the W51 report', async () => {
      const result = await semanticTokens(report.document.uri);
      return result && result.data.length > 0 ? result : undefined;
    });
    // Five integers per token.
    assert.ok(tokens.data.length / 5 > 20, `only ${tokens.data.length / 5} tokens in W51`);

    const notes = await openReport('notes/团队约定.md');
    const none = await semanticTokens(notes.document.uri);
    assert.equal(none?.data.length ?? 0, 0, 'the non-report got semantic tokens');

    // No grammar injects number scopes into every Markdown file any more.
    const contributes = vscode.extensions.getExtension(EXTENSION_ID)?.packageJSON.contributes as {
      grammars?: Array<{ injectTo?: string[] }>;
    };
    const injections = (contributes.grammars ?? []).filter((grammar) => grammar.injectTo?.includes('text.html.markdown'));
    assert.deepEqual(injections, []);
  });
});
