import * as assert from 'node:assert/strict';
import { describe, it } from 'mocha';
import * as vscode from 'vscode';
import { noteOn } from './result';
import { closeAllEditors, diagnosticCode, openReport, waitForDiagnostics, workspaceUri } from './helpers';

/** What the issue asks of a warm window (the server running, the workspace indexed). */
const WARM_FIRST_DIAGNOSTICS_MS = 1000;

describe('first diagnostics in a warm window', () => {
  it('arrive soon after a report opens, and the time is printed', async function () {
    // Warm: the server has started and answered on another report.
    await openReport('周报/2023-W50.md');
    await closeAllEditors();
    // A report never opened in this window, with a known warning (a copy of W51 under a new name).
    const source = await vscode.workspace.fs.readFile(workspaceUri('周报/2023-W51.md'));
    const copy = workspaceUri('周报/2023-W51-timing.md');
    await vscode.workspace.fs.writeFile(copy, source);
    try {
      const started = Date.now();
      const arrived = waitForDiagnostics(copy, (diagnostics) => diagnostics.some((d) => diagnosticCode(d) === 'percent-fraction-mismatch'));
      await openReport('周报/2023-W51-timing.md');
      await arrived;
      const elapsedMs = Date.now() - started;
      noteOn(
        this.test,
        `first diagnostics ${elapsedMs} ms after opening a report in a warm window (target ≤ ${WARM_FIRST_DIAGNOSTICS_MS} ms)`,
      );
      // Measured and printed; the bound is generous so a busy CI machine does not fail the run.
      assert.ok(elapsedMs < 10 * WARM_FIRST_DIAGNOSTICS_MS, `${elapsedMs} ms`);
    } finally {
      await closeAllEditors();
      await vscode.workspace.fs.delete(copy);
    }
  });
});
