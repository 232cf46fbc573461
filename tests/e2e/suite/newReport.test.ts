import * as assert from 'node:assert/strict';
import { describe, it } from 'mocha';
import * as vscode from 'vscode';
import { closeAllEditors, openReport, workspaceUri } from './helpers';

describe('new report for next week', () => {
  it('creates 2023-W52.md from W51 once and leaves it byte-identical when run again', async () => {
    const next = workspaceUri('周报/2023-W52.md');
    const { document: w51 } = await openReport('周报/2023-W51.md');
    try {
      const created = await vscode.commands.executeCommand<vscode.Uri | undefined>('weeklyReport.newReportForNextWeek', w51.uri);
      assert.equal(created?.toString(), next.toString());
      const first = await vscode.workspace.fs.readFile(next);
      assert.match(new TextDecoder().decode(first), /第52周/);

      await vscode.commands.executeCommand('weeklyReport.newReportForNextWeek', w51.uri);
      const second = await vscode.workspace.fs.readFile(next);
      assert.deepEqual(second, first);
    } finally {
      // Later tests look for last week's report in this folder: W52 must not stay around.
      await closeAllEditors();
      await vscode.workspace.fs.delete(next).then(undefined, (error: unknown) => {
        if (!(error instanceof vscode.FileSystemError && error.code === 'FileNotFound')) throw error;
      });
    }
  });
});
