import * as assert from 'node:assert/strict';
import { describe, it } from 'mocha';
import * as vscode from 'vscode';
import { DIAGNOSTIC_SOURCE, diagnosticCode, openReport, positionOf, revert, waitForDiagnostics } from './helpers';

const MISMATCH = 'percent-fraction-mismatch';
/** The W51 fixture writes 76% beside 16/24, which is 66.7%. */
const WRONG_METRIC = '0级报警跟进率76%（16/24）';

const isMismatch = (diagnostic: vscode.Diagnostic): boolean =>
  diagnostic.source === DIAGNOSTIC_SOURCE && diagnosticCode(diagnostic) === MISMATCH;

describe('diagnostics', () => {
  it('flags 76%（16/24） as a percent-fraction-mismatch on its line', async () => {
    const editor = await openReport('周报/2023-W51.md');
    const diagnostics = await waitForDiagnostics(editor.document.uri, (all) => all.some(isMismatch));
    const mismatch = diagnostics.find(isMismatch);
    assert.ok(mismatch);
    assert.equal(mismatch.range.start.line, positionOf(editor.document, WRONG_METRIC).line);
    assert.match(mismatch.message, /16\/24/);
    assert.equal(mismatch.severity, vscode.DiagnosticSeverity.Warning);
  });

  it('offers a quick fix that writes 67% in place of 76%', async () => {
    const { document } = await openReport('周报/2023-W51.md');
    const [mismatch] = (await waitForDiagnostics(document.uri, (all) => all.some(isMismatch))).filter(isMismatch);
    const actions =
      (await vscode.commands.executeCommand<vscode.CodeAction[]>(
        'vscode.executeCodeActionProvider',
        document.uri,
        mismatch.range,
        vscode.CodeActionKind.QuickFix.value,
      )) ?? [];
    // executeCodeActionProvider hands actions back without their `diagnostics`: match on the edit.
    const fix = actions.find((action) =>
      action.edit?.get(document.uri).some((edit) => edit.range.intersection(mismatch.range) !== undefined),
    );
    assert.ok(fix?.edit, `no quick fix edits the mismatch; offered ${JSON.stringify(actions.map((action) => action.title))}`);

    try {
      assert.equal(await vscode.workspace.applyEdit(fix.edit), true);
      assert.match(document.lineAt(mismatch.range.start.line).text, /0级报警跟进率67%（16\/24）/);
      // Fixed, the warning goes away: the server saw the edit too.
      await waitForDiagnostics(document.uri, (all) => !all.some(isMismatch));
    } finally {
      await revert(document);
    }
    const onDisk = new TextDecoder().decode(await vscode.workspace.fs.readFile(document.uri));
    assert.ok(onDisk.includes(WRONG_METRIC), 'the fix reached the file on disk');
  });
});
