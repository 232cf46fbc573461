import * as assert from 'node:assert/strict';
import { describe, it } from 'mocha';
import * as vscode from 'vscode';
import { closeAllEditors, openReport, positionOf } from './helpers';

const activeFileName = () => vscode.window.activeTextEditor?.document.uri.path.split('/').pop();

describe('moving between weeks', () => {
  it('Next Report opens the next week’s file, Previous Report comes back, and the latest report stays put', async () => {
    try {
      await openReport('周报/2023-W50.md');
      const next = await vscode.commands.executeCommand<vscode.Uri | undefined>('weeklyReport.nextReport');
      assert.equal(activeFileName(), '2023-W51.md');
      assert.equal(next?.toString(), vscode.window.activeTextEditor?.document.uri.toString());

      await vscode.commands.executeCommand('weeklyReport.previousReport');
      assert.equal(activeFileName(), '2023-W50.md');

      await openReport('周报/2023-W51.md');
      assert.equal(await vscode.commands.executeCommand('weeklyReport.nextReport'), undefined);
      assert.equal(activeFileName(), '2023-W51.md');
    } finally {
      await closeAllEditors();
    }
  });

  it('goes to the same metric in last week’s report and lists it in every week', async () => {
    try {
      const { document } = await openReport('周报/2023-W51.md');
      const position = positionOf(document, '入金有效成功率', 1);
      const definitions = await vscode.commands.executeCommand<Array<vscode.Location | vscode.LocationLink>>(
        'vscode.executeDefinitionProvider',
        document.uri,
        position,
      );
      const target = definitions.map((d) => ('targetUri' in d ? { uri: d.targetUri, range: d.targetRange } : d));
      const ours = target.find((location) => location.uri.path.endsWith('/2023-W50.md'));
      assert.ok(ours, `definitions: ${JSON.stringify(target.map((l) => l.uri.path))}`);
      const line = (await vscode.workspace.openTextDocument(ours.uri)).lineAt(ours.range.start.line).text;
      assert.match(line, /入金有效成功率：99\.951%/);

      const references = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', document.uri, position);
      const weeks = references.map((location) => location.uri.path.split('/').pop()).filter((name) => name?.startsWith('2023-'));
      assert.deepEqual(weeks, ['2023-W50.md', '2023-W51.md']);
    } finally {
      await closeAllEditors();
    }
  });
});
