// The editor title button of a report opens the comparison beside it, and the panel's table
// shows last week's value next to this week's.
export const name = "the comparison panel opens beside the report with last week's values";

/** @param {import('./workbench.mjs').Workbench} workbench */
export async function run(workbench) {
  const page = workbench.page;
  await workbench.openFile('周报/2023-W51.md');
  // The button shows only when the server says the file is a report (`weeklyReport.isReport`).
  await page.getByRole('button', { name: /^Open Comparison to the Side/ }).click();
  await page.getByRole('tab', { name: /^Comparison: / }).waitFor();

  const panel = await workbench.findWebviewFrame('row', { name: /入金有效成功率/ });
  // W51 writes 99.962%, W50 (last week) 99.951%.
  const row = await panel
    .getByRole('row', { name: /入金有效成功率/ })
    .first()
    .innerText();
  if (!row.includes('99.962%') || !row.includes('99.951%')) throw new Error(`the row shows ${JSON.stringify(row)}`);

  // Beside, not instead of: the report stays visible, to the left of the panel.
  const editorBox = await page.getByRole('code').first().boundingBox();
  const panelBox = await (await panel.frameElement()).boundingBox();
  if (!editorBox || !panelBox || editorBox.x + editorBox.width > panelBox.x) {
    throw new Error(`the panel is not beside the report: editor ${JSON.stringify(editorBox)}, panel ${JSON.stringify(panelBox)}`);
  }
  await workbench.screenshot('comparison');
}
