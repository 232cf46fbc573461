// A wrong percentage is underlined where it is written, and pointing at it tells why: the
// warning names the fraction it disagrees with, and offers the quick fix.
export const name = 'a squiggle under 76%（16/24） explains the mismatch on hover';

/** @param {import('./workbench.mjs').Workbench} workbench */
export async function run(workbench) {
  await workbench.openFile('周报/2023-W51.md');
  await workbench.revealText('0级报警跟进率76%');
  const hover = await workbench.hoverSquiggle('warning', '16/24');
  const text = await hover.innerText();
  if (!/76%/.test(text) || !/percent-fraction-mismatch/.test(text)) {
    throw new Error(`the hover does not explain the mismatch: ${JSON.stringify(text)}`);
  }
  // The hover links the fix once the server's code actions arrive.
  await hover.getByText(/^Quick Fix/).waitFor();
  await workbench.screenshot('diagnostics');
}
