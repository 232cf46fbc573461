import * as assert from 'node:assert/strict';
import { describe, it } from 'mocha';
import * as vscode from 'vscode';
import { DIAGNOSTIC_SOURCE, openReport, positionOf, revert, waitFor, waitForDiagnostics } from './helpers';
import { serverProcessIds } from './serverProcess';

describe('language server crash', () => {
  it('is restarted by the client, and diagnostics follow edits again', async () => {
    const { document } = await openReport('周报/2023-W51.md');
    await waitForDiagnostics(document.uri, (all) => all.some((diagnostic) => diagnostic.source === DIAGNOSTIC_SOURCE));
    const [killed, ...others] = serverProcessIds();
    assert.ok(killed, 'no dist/server.js child of the extension host');
    assert.deepEqual(others, [], 'more than one language server runs');

    process.kill(killed, 'SIGKILL');
    const restarted = await waitFor('a new language server process', () => serverProcessIds().find((pid) => pid !== killed), {
      lastSeen: () => JSON.stringify(serverProcessIds()),
    });
    assert.notEqual(restarted, killed);

    try {
      // A new wrong percentage, written after the crash: only a live server can flag it.
      const edit = new vscode.WorkspaceEdit();
      const below = positionOf(document, '0级报警跟进率').line + 1;
      edit.insert(document.uri, new vscode.Position(below, 0), '    - 巡检完成率50%（3/4）\n');
      assert.equal(await vscode.workspace.applyEdit(edit), true);
      const diagnostics = await waitForDiagnostics(document.uri, (all) =>
        all.some((diagnostic) => diagnostic.source === DIAGNOSTIC_SOURCE && diagnostic.message.includes('3/4')),
      );
      const flagged = diagnostics.find((diagnostic) => diagnostic.message.includes('3/4'));
      assert.equal(flagged?.range.start.line, below);
    } finally {
      await revert(document);
    }
  });
});
