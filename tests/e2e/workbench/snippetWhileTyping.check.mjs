// Snippets appear while typing in a report, as quick suggestions do in code: `zb` at the start of
// a line opens the list without Ctrl+Space. A Markdown file that is no report keeps VS Code's
// Markdown behaviour: typing `zb` there opens nothing.
export const name = 'typing zb in a report shows the snippets without Ctrl+Space, and not in other Markdown';

/** @param {import('./workbench.mjs').Workbench} workbench */
async function typeAtNewLineEnd(workbench, text) {
  const page = workbench.page;
  await page.getByRole('code').first().click();
  await page.keyboard.press('Control+End');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await page.keyboard.type(text);
}

/** @param {import('./workbench.mjs').Workbench} workbench */
export async function run(workbench) {
  const page = workbench.page;
  // The list shows a dozen of the zb-* snippets at a time, sorted: zb-all is among the first.
  const snippet = page.getByRole('option', { name: /^zb-all, / });

  await workbench.openFile('drafts/2024-W01.md');
  // The title-bar button shows once the extension has started and the server has called the file
  // a report: from then on typing is watched (a person reading the file first waits as long).
  await page.getByRole('button', { name: /^Open Comparison to the Side/ }).waitFor({ timeout: 60_000 });
  const typed = Date.now();
  await typeAtNewLineEnd(workbench, 'zb');
  await snippet.first().waitFor({ timeout: 30_000 });
  const shownAfterMs = Date.now() - typed;
  await workbench.screenshot('snippet-while-typing');
  await page.keyboard.press('Escape');

  await workbench.openFile('notes/团队约定.md');
  await typeAtNewLineEnd(workbench, 'zb');
  // Nothing to wait for when nothing should happen: allow three times what the report took (at
  // least 3 s) for a list to open, then look.
  const quietMs = Math.max(3_000, 3 * shownAfterMs);
  const opened = await page
    .getByRole('option')
    .first()
    .waitFor({ timeout: quietMs })
    .then(
      () => true,
      () => false,
    );
  if (opened)
    throw new Error(
      `typing zb in notes/团队约定.md (no report) opened the suggestion list: ${JSON.stringify(await page.getByRole('listbox').allInnerTexts())}`,
    );
  return `the snippet list opened ${shownAfterMs} ms after typing zb`;
}
