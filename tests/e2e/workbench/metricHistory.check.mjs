// A metric's history chart in the comparison panel: the palette command Show Metric History offers
// the report's metrics, the chosen one is charted over the series, and a row's trend button opens it too.
export const name = 'Show Metric History charts a metric over the series in the panel';

/** @param {import('./workbench.mjs').Workbench} workbench */
export async function run(workbench) {
  const page = workbench.page;
  await workbench.openFile('周报/2023-W51.md');
  await workbench.runCommand('Weekly Report: Show Metric History');
  // The quick pick lists this report's metrics with their value in it.
  const pick = page.getByRole('option', { name: /入金有效成功率/ }).first();
  await pick.waitFor();
  await pick.click();

  let panel = await workbench.findWebviewFrame('img', { name: /入金有效成功率 over 2 reports/ });
  const points = await panel.locator('svg.history-chart circle.history-point').count();
  if (points !== 2) throw new Error(`the chart shows ${points} points, not the 2 of W50 and W51`);
  await workbench.screenshot('metric-history');

  // Back to the comparison, then the row's trend button opens the same chart.
  await panel.getByRole('button', { name: 'Back to the comparison' }).click();
  panel = await workbench.findWebviewFrame('row', { name: /入金有效成功率/ });
  await panel
    .getByRole('button', { name: /: 入金有效成功率$/ })
    .first()
    .click();
  await workbench.findWebviewFrame('img', { name: /入金有效成功率 over 2 reports/ });
}
