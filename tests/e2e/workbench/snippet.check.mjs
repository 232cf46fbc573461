// The section snippets expand where a person types their prefix: `zb-xtyx` on a new line of a
// report becomes the 【系统运行数据】 section.
export const name = 'the zb-xtyx snippet expands into 【系统运行数据】';

/** @param {import('./workbench.mjs').Workbench} workbench */
export async function run(workbench) {
  const page = workbench.page;
  // The draft has no 【系统运行数据】 yet, and is short enough to be on screen whole.
  await workbench.openFile('drafts/2024-W01.md');
  if ((await workbench.editorText()).includes('系统运行数据')) throw new Error('the draft already has 系统运行数据');

  await page.getByRole('code').first().click();
  await page.keyboard.press('Control+End');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await workbench.acceptSuggestion('zb-xtyx', /^zb-xtyx, /);

  await page.getByRole('code').first().getByText('【系统运行数据】').waitFor();
  const text = await workbench.editorText();
  if (!/##\s【系统运行数据】/.test(text) || text.includes('zb-xtyx')) throw new Error(`the editor shows ${JSON.stringify(text)}`);
  await workbench.screenshot('snippet');
}
