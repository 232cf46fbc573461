import * as assert from 'node:assert/strict';
import { describe, it } from 'mocha';
import * as vscode from 'vscode';
import { EXTENSION_ID, openReport, waitFor } from './helpers';

describe('activation', () => {
  it('activates when a weekly report opens', async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `${EXTENSION_ID} is not loaded in the extension host`);
    await openReport('周报/2023-W51.md');
    await waitFor('the extension to activate', () => (extension.isActive ? true : undefined));
    assert.equal(extension.isActive, true);
  });
});
