// URLs of code-server's web workbench. Paths on the server machine are addressed as
// vscode-remote://<authority><absolute path>, which is how the workbench's remote extension
// host finds the extension under development and the test entry point.

/**
 * Without extensionDevelopmentPath the workbench runs the extensions installed in the server
 * (the .vsix mode of run.mjs).
 * @param {{ origin: string, folder: string, extensionDevelopmentPath?: string, extensionTestsPath?: string }} options
 */
export function workbenchUrl({ origin, folder, extensionDevelopmentPath, extensionTestsPath }) {
  const authority = new URL(origin).host;
  const remote = (/** @type {string} */ absolutePath) => `vscode-remote://${authority}${absolutePath}`;
  const payload = [];
  if (extensionDevelopmentPath) payload.push(['extensionDevelopmentPath', remote(extensionDevelopmentPath)]);
  if (extensionTestsPath) payload.push(['extensionTestsPath', remote(extensionTestsPath)]);
  const url = new URL(origin);
  url.searchParams.set('folder', folder);
  url.searchParams.set('payload', JSON.stringify(payload));
  return url.toString();
}
