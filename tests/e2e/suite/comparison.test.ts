import * as assert from 'node:assert/strict';
import { describe, it } from 'mocha';
import * as vscode from 'vscode';
import { closeAllEditors, openReport } from './helpers';

const VIEW_TYPE = 'weeklyReport.comparison';

function comparisonTab(): vscode.Tab | undefined {
  return (
    vscode.window.tabGroups.all
      .flatMap((group) => group.tabs)
      // The workbench prefixes an extension's view type with its own marker ('mainThreadWebview-').
      .find((tab) => tab.input instanceof vscode.TabInputWebview && tab.input.viewType.endsWith(VIEW_TYPE))
  );
}

/** Resolves once a comparison tab is open, on the tab-change event. */
function comparisonTabOpened(timeoutMs = 30_000): Promise<vscode.Tab> {
  return new Promise((resolve, reject) => {
    const settle = (tab: vscode.Tab) => {
      clearTimeout(timer);
      subscription.dispose();
      resolve(tab);
    };
    const subscription = vscode.window.tabGroups.onDidChangeTabs(() => {
      const tab = comparisonTab();
      if (tab) settle(tab);
    });
    const timer = setTimeout(() => {
      subscription.dispose();
      reject(new Error(`no ${VIEW_TYPE} tab within ${timeoutMs} ms`));
    }, timeoutMs);
    const open = comparisonTab();
    if (open) settle(open);
  });
}

describe('comparison panel', () => {
  it('weeklyReport.openComparisonToSide opens the comparison webview beside the report', async () => {
    await closeAllEditors();
    const editor = await openReport('周报/2023-W51.md');
    const opened = comparisonTabOpened();
    await vscode.commands.executeCommand('weeklyReport.openComparisonToSide');
    const tab = await opened;
    try {
      assert.notEqual(tab.group.viewColumn, editor.viewColumn, 'the panel shares the report’s editor group');
    } finally {
      await vscode.window.tabGroups.close(tab);
      await closeAllEditors();
    }
  });
});
