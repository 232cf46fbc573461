// The editor title arrows of a report step through the series, and so do their keys: Next Report
// (Shift+Alt+PageDown) opens next week's file, Previous Report (Shift+Alt+PageUp) comes back.
export const name = 'the title-bar arrows and their keys open the next and the previous report';

/** @param {import('./workbench.mjs').Workbench} workbench */
export async function run(workbench) {
  const page = workbench.page;
  const selectedTab = (fileName) => page.getByRole('tab', { name: new RegExp(`^${fileName.replace('.', '\\.')}`), selected: true });
  await workbench.openFile('周报/2023-W50.md');
  // The arrows show only when the server says the file is a report (`weeklyReport.isReport`).
  await page.getByRole('button', { name: /^Next Report/ }).click();
  await selectedTab('2023-W51.md').waitFor();

  await page.getByRole('code').first().click();
  await page.keyboard.press('Shift+Alt+PageUp');
  await selectedTab('2023-W50.md').waitFor();
  await page.getByRole('code').first().click();
  await page.keyboard.press('Shift+Alt+PageDown');
  await selectedTab('2023-W51.md').waitFor();
}
