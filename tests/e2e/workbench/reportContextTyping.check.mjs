// The `weeklyReport.isReport` context key follows typing: a Markdown file that was no report gets
// the title-bar comparison button as soon as a week title is typed into it.
export const name = 'the comparison button appears once a week title is typed into a Markdown file';

/** @param {import('./workbench.mjs').Workbench} workbench */
export async function run(workbench) {
  const page = workbench.page;
  const button = page.getByRole('button', { name: /^Open Comparison to the Side/ });
  // A report first: the extension has started and the button is known to show for reports.
  await workbench.openFile('周报/2023-W51.md');
  await button.waitFor({ timeout: 60_000 });

  await workbench.openFile('notes/团队约定.md');
  await button.waitFor({ state: 'hidden' });
  await page.getByRole('code').first().click();
  await page.keyboard.press('Control+Home');
  await page.keyboard.type('# 第52周\n\nCreated: 2023年12月23日 09:00\n\n');
  await button.waitFor({ timeout: 10_000 });
}
