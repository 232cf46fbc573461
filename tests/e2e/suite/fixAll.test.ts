import * as assert from 'node:assert/strict';
import { describe, it } from 'mocha';
import * as vscode from 'vscode';
import { DIAGNOSTIC_SOURCE, diagnosticCode, openReport, revert, waitFor, waitForDiagnostics } from './helpers';

const isMismatch = (diagnostic: vscode.Diagnostic): boolean =>
  diagnostic.source === DIAGNOSTIC_SOURCE && diagnosticCode(diagnostic) === 'percent-fraction-mismatch';

/** The W51 fixture writes 76% beside 16/24 (66.7%): fixing all turns exactly that into 67%. */
const fixedText = (text: string) => text.replace('0级报警跟进率76%（16/24）', '0级报警跟进率67%（16/24）');

describe('fix all', () => {
  it('Fix All Problems rewrites the wrong percentage and nothing else', async () => {
    const { document } = await openReport('周报/2023-W51.md');
    await waitForDiagnostics(document.uri, (all) => all.some(isMismatch));
    const before = document.getText();
    try {
      const fixed = await vscode.commands.executeCommand<number>('weeklyReport.fixAll');
      assert.equal(fixed, 1);
      assert.equal(document.getText(), fixedText(before));
      await waitForDiagnostics(document.uri, (all) => !all.some(isMismatch));
      // Run again: nothing left to fix.
      assert.equal(await vscode.commands.executeCommand<number>('weeklyReport.fixAll'), 0);
    } finally {
      await revert(document);
    }
  });

  it('source.fixAll.weeklyReport runs on save with editor.codeActionsOnSave', async () => {
    const { document } = await openReport('周报/2023-W51.md');
    await waitForDiagnostics(document.uri, (all) => all.some(isMismatch));
    const original = await vscode.workspace.fs.readFile(document.uri);
    const before = document.getText();
    const editor = vscode.workspace.getConfiguration('editor', document);
    await editor.update('codeActionsOnSave', { 'source.fixAll.weeklyReport': 'explicit' }, vscode.ConfigurationTarget.Workspace);
    try {
      // A change to save: one trailing newline.
      const edit = new vscode.WorkspaceEdit();
      edit.insert(document.uri, document.positionAt(before.length), '\n');
      assert.equal(await vscode.workspace.applyEdit(edit), true);
      assert.equal(await document.save(), true);
      const onDisk = await waitFor('the fix on disk', async () => {
        const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(document.uri));
        return text.includes('0级报警跟进率67%') ? text : undefined;
      });
      assert.equal(onDisk, `${fixedText(before)}\n`);
    } finally {
      await editor.update('codeActionsOnSave', undefined, vscode.ConfigurationTarget.Workspace);
      await vscode.workspace.fs.writeFile(document.uri, original);
      await revert(document);
    }
  });
});
