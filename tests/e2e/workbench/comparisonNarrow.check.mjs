// The command palette's Open Comparison puts the panel beside the report, keeping the report's
// editor; a click on a row moves the cursor in that editor (no new split); in a 320 px wide
// group every row is one line: names truncate, numbers never wrap.
export const name = 'Open Comparison opens beside the report, a row click moves its cursor, rows stay one line at 320 px';

const REPORT = '2023-W51.md';
/** The panel's width to check and photograph: a side group on a small laptop. */
const PANEL_WIDTH = 320;

/** @param {import('./workbench.mjs').Workbench} workbench */
export async function run(workbench) {
  const page = workbench.page;
  await workbench.openFile(`周报/${REPORT}`);
  await page.getByRole('button', { name: /^Open Comparison to the Side/ }).waitFor({ timeout: 60_000 });
  await workbench.runCommand('Weekly Report: Open Comparison');
  await page.getByRole('tab', { name: /^Comparison: / }).waitFor();
  const panel = await workbench.findWebviewFrame('row', { name: /整体进度/ });

  const editorBox = await page.getByRole('code').first().boundingBox();
  const panelBox = await (await panel.frameElement()).boundingBox();
  if (!editorBox || !panelBox || editorBox.x + editorBox.width > panelBox.x) {
    throw new Error(`the panel is not beside the report: editor ${JSON.stringify(editorBox)}, panel ${JSON.stringify(panelBox)}`);
  }

  // 整体进度70% is on line 34 of the report; the cursor is on line 1.
  await panel
    .getByRole('row', { name: /整体进度/ })
    .first()
    .click();
  await page.getByText(/^Ln 34, Col 1$/).waitFor();
  const reportTabs = await page.getByRole('tab', { name: new RegExp(`^${REPORT.replace('.', '\\.')}`) }).count();
  if (reportTabs !== 1) throw new Error(`the row click left ${reportTabs} tabs of ${REPORT} open (a new split?)`);

  // Side bar closed, the window sized so the panel's group is PANEL_WIDTH wide.
  await page.keyboard.press('Control+B');
  const frame = await panel.frameElement();
  // The workbench shares a resized window among groups in proportion: shrink it step by step.
  const frameWidth = () => frame.evaluate((element) => element.getBoundingClientRect().width);
  for (let step = 0; step < 8; step++) {
    const width = await frameWidth();
    if (Math.abs(width - PANEL_WIDTH) < 16) break;
    const viewport = page.viewportSize() ?? { width: 1400, height: 900 };
    await page.setViewportSize({ width: Math.round(viewport.width - (width - PANEL_WIDTH)), height: viewport.height });
    await page.waitForFunction(({ element, before }) => element.getBoundingClientRect().width !== before, {
      element: frame,
      before: width,
    });
  }
  const width = await frameWidth();
  if (Math.abs(width - PANEL_WIDTH) >= 16) throw new Error(`the panel is ${width} px wide, not ${PANEL_WIDTH}`);
  const wrapped = await panel.evaluate(() => {
    const lineHeight = (element) => parseFloat(getComputedStyle(element).lineHeight) || 20;
    return [...document.querySelectorAll('tr.row th.metric, tr.row td.value, tr.row td.delta')]
      .filter((cell) => cell.scrollHeight > 1.6 * lineHeight(cell) + 8)
      .map((cell) => cell.textContent);
  });
  if (wrapped.length > 0) throw new Error(`at ${PANEL_WIDTH} px these cells wrap: ${JSON.stringify(wrapped)}`);
  const truncated = panel.locator('tr.row th.metric[title]').first();
  if (!(await truncated.getAttribute('title'))) throw new Error('metric names have no tooltip');
  await frame.screenshot({ path: `${workbench.artefactsDir}/comparison-320.png` });
}
