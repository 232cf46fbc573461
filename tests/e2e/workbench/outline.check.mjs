// The Outline view of a report lists its sections as the language server names them: the
// heading text without the Markdown hashes (the built-in Markdown outline shows '## …').
export const name = 'the Outline view lists 【系统运行数据】';

/** @param {import('./workbench.mjs').Workbench} workbench */
export async function run(workbench) {
  await workbench.openFile('周报/2023-W51.md');
  // The folder tree collapsed leaves the side bar to the Outline, for the screenshot.
  await workbench.setViewExpanded('Explorer', false);
  const entry = await workbench.findInOutline(/^【系统运行数据】/);
  await entry.click();
  // The click reveals the section: its line gets the cursor (the breadcrumbs then name the section).
  // Waited for, or the screenshot may catch the editor still at line 1 on a busy machine.
  await workbench.page.getByText(/^Ln 15, Col \d+$/).waitFor();
  await workbench.screenshot('outline');
}
