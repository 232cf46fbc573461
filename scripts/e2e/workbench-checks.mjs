// Runs the workbench checks, tests/e2e/workbench/*.check.mjs: each module exports `name` and
// `run(workbench)`. Every check gets its own page load (the extension under development, no test
// payload) on its own copy of the fixture workspace, so one check's edits never leak into the next.
// A failed check leaves a screenshot, test-results/failed-<file>.png.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { REPO_ROOT } from './shared.mjs';
import { workbenchUrl } from './workbench-url.mjs';
import { Workbench } from '../../tests/e2e/workbench/workbench.mjs';

const CHECKS_DIR = path.join(REPO_ROOT, 'tests/e2e/workbench');

/**
 * @param {{ browser: import('playwright-core').Browser, origin: string, newWorkspace: () => string,
 *   extensionDir: string | undefined, artefactsDir: string, filter?: string }} options
 * @returns {Promise<Array<{ name: string, ok: boolean, durationMs: number, error?: string, note?: string }>>}
 */
export async function runWorkbenchChecks({ browser, origin, newWorkspace, extensionDir, artefactsDir, filter }) {
  const files = readdirSync(CHECKS_DIR)
    .filter((file) => file.endsWith('.check.mjs'))
    .sort();
  const outcomes = [];
  for (const file of files) {
    const check = await import(pathToFileURL(path.join(CHECKS_DIR, file)).href);
    if (filter && !check.name.includes(filter)) continue;
    const started = Date.now();
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const workbench = new Workbench(page, artefactsDir);
    try {
      await page.goto(workbenchUrl({ origin, folder: newWorkspace(), extensionDevelopmentPath: extensionDir }));
      await workbench.ready();
      // A check may return a line to print under its name (a figure it measured).
      const note = await check.run(workbench);
      outcomes.push({ name: check.name, ok: true, durationMs: Date.now() - started, ...(typeof note === 'string' ? { note } : {}) });
    } catch (error) {
      await workbench.screenshot(`failed-${path.basename(file, '.check.mjs')}`).catch(() => undefined);
      outcomes.push({
        name: check.name,
        ok: false,
        durationMs: Date.now() - started,
        error: error instanceof Error ? error.message : String(error),
      });
    } finally {
      await page.close();
    }
  }
  return outcomes;
}
