// Runs the in-host mocha suite in code-server's web workbench and collects its outcome.
//
// How pass/fail comes back: when the extension host finishes `extensionTestsPath`, the web
// workbench calls `window.codeAutomationExit(code, logs)` if the page defines it (the hook VS
// Code's own browser integration tests use); Playwright exposes it here. The suite also writes
// a per-test JSON result (tests/e2e/suite/index.ts), read afterwards. Both must agree on success,
// and a page that never calls back fails on the timeout.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { readSuiteResult } from './shared.mjs';
import { workbenchUrl } from './workbench-url.mjs';

/**
 * @param {{
 *   browser: import('playwright-core').Browser, origin: string, folder: string,
 *   extensionDir: string | undefined, suiteIndex: string, resultFile: string, artefactsDir: string, timeoutMs: number
 * }} options
 * @returns {Promise<{ ok: boolean, exitCode: number | undefined, tests: Array<{ title: string, state: string, durationMs: number, error?: string }>, problem?: string }>}
 */
export async function runHostSuite({ browser, origin, folder, extensionDir, suiteIndex, resultFile, artefactsDir, timeoutMs }) {
  rmSync(resultFile, { force: true });
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  const workbenchLog = [];
  page.on('console', (message) => workbenchLog.push(`[console.${message.type()}] ${message.text()}`));
  page.on('pageerror', (error) => workbenchLog.push(`[pageerror] ${error.stack ?? error}`));
  await page.exposeFunction('codeAutomationLog', (level, args) => workbenchLog.push(`[${level}] ${[].concat(args).join(' ')}`));

  /** @type {(code: number) => void} */
  let reportExit = () => undefined;
  /** @type {Promise<number>} */
  const exitCode = new Promise((resolve) => {
    reportExit = resolve;
  });
  await page.exposeFunction('codeAutomationExit', (code, logs) => {
    saveLogs(path.join(artefactsDir, 'host-suite-logs'), logs);
    reportExit(code);
  });
  /** @type {ReturnType<typeof setTimeout> | undefined} */
  let timer;
  const timeout = new Promise((resolve) => {
    timer = setTimeout(resolve, timeoutMs, undefined);
  });
  // A crashed or closed page will never report: stop waiting at once.
  const pageGone = new Promise((resolve) => {
    page.once('crash', () => resolve('the page crashed'));
    page.once('close', () => resolve('the page closed'));
  });

  try {
    // The workbench runs extensionTestsPath only in an extension development window; testing an
    // installed .vsix, the suite's own folder (no extension manifest) stands in as that path.
    const extensionDevelopmentPath = extensionDir ?? path.dirname(suiteIndex);
    await page.goto(workbenchUrl({ origin, folder, extensionDevelopmentPath, extensionTestsPath: suiteIndex }));
    const outcome = await Promise.race([exitCode, timeout, pageGone]);
    await page.screenshot({ path: path.join(artefactsDir, 'host-suite.png') }).catch(() => undefined);
    const result = readSuiteResult(resultFile);
    if (typeof outcome !== 'number') {
      const why = outcome ?? `no report within ${timeoutMs} ms`;
      return { ok: false, exitCode: undefined, tests: result?.tests ?? [], problem: `the extension host never reported: ${why}` };
    }
    const code = outcome;
    if (!result)
      return {
        ok: false,
        exitCode: code,
        tests: [],
        problem: `the suite wrote no result file (exit code ${code}); see the logs in ${artefactsDir}`,
      };
    const ok = code === 0 && result.ok;
    return { ok, exitCode: code, tests: result.tests, problem: ok ? undefined : `exit code ${code}` };
  } finally {
    clearTimeout(timer);
    writeFileSync(path.join(artefactsDir, 'host-suite-workbench.log'), workbenchLog.join('\n'));
    await page.close();
  }
}

/** The workbench hands over its log files (window, extension host, server) with the exit code. */
function saveLogs(dir, logs) {
  for (const { relativePath, contents } of logs ?? []) {
    const target = path.join(dir, relativePath);
    if (!target.startsWith(dir + path.sep)) continue;
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, contents);
  }
}
