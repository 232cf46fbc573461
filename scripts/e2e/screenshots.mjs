// The README's screenshots (docs/*.png), taken again from the product as it is now, so none shows
// what the extension no longer does:
//   - in a real VS Code (code-server's web workbench, headless Chromium), by the workbench checks
//     that take them (tests/e2e/workbench/): the Outline view, a squiggle's hover, the comparison
//     panel at 320 px. A check that fails writes nothing to docs/.
//   - the comparison page and the metric history, rendered alone by the browser tests
//     (tests/browser/panel.test.ts with WEEKLY_REPORT_SCREENSHOTS=1).
// `npm run screenshots` (or after `npm run build`: `node scripts/e2e/screenshots.mjs`) [--only outline,diagnostics,...]
// [--skip-browser-tests]. Needs .ci/install-e2e.sh, like `npm run test:e2e`.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { assertInstalled, startCodeServer } from './code-server.mjs';
import { REPO_ROOT, copyFixtureWorkspace } from './shared.mjs';
import { runWorkbenchChecks } from './workbench-checks.mjs';

const DOCS_DIR = path.join(REPO_ROOT, 'docs');

/** Each workbench screenshot of the README: the check that takes it, its artefact, its name in docs/. */
const WORKBENCH_SHOTS = [
  { doc: 'outline.png', check: 'outline.check.mjs', artefact: 'outline.png' },
  { doc: 'diagnostics.png', check: 'diagnostics.check.mjs', artefact: 'diagnostics.png' },
  { doc: 'comparison-panel-320.png', check: 'comparisonNarrow.check.mjs', artefact: 'comparison-320.png' },
];
/** The README's screenshots the browser tests write themselves. */
const BROWSER_TEST_SHOTS = ['comparison-panel.png', 'metric-history.png'];

const { values: options } = parseArgs({
  options: {
    only: { type: 'string' },
    'skip-browser-tests': { type: 'boolean', default: false },
  },
});
const wanted = (doc) => !options.only || options.only.split(',').some((name) => doc.startsWith(name.trim()));

async function takeWorkbenchShots() {
  const shots = WORKBENCH_SHOTS.filter((shot) => wanted(shot.doc));
  if (shots.length === 0) return true;
  assertInstalled();
  if (!existsSync(path.join(REPO_ROOT, 'dist/client.js'))) throw new Error('dist/client.js is missing: run `npm run build` first');
  const tempDir = mkdtempSync(path.join(os.tmpdir(), 'weekly-report-screenshots-'));
  const artefactsDir = path.join(tempDir, 'artefacts');
  mkdirSync(artefactsDir);
  const server = await startCodeServer({ tempDir });
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  let ok = true;
  try {
    let workspaces = 0;
    for (const shot of shots) {
      const { name } = await import(pathToFileURL(path.join(REPO_ROOT, 'tests/e2e/workbench', shot.check)).href);
      // A workspace named like the e2e run's: the window title in the picture says what it is.
      const [outcome] = await runWorkbenchChecks({
        browser,
        origin: server.origin,
        newWorkspace: () => copyFixtureWorkspace(path.join(tempDir, `workspace-${++workspaces}`)),
        extensionDir: REPO_ROOT,
        artefactsDir,
        filter: name,
      });
      const taken = outcome?.ok === true && existsSync(path.join(artefactsDir, shot.artefact));
      if (taken) copyFileSync(path.join(artefactsDir, shot.artefact), path.join(DOCS_DIR, shot.doc));
      console.log(`${taken ? '✓' : '✗'} docs/${shot.doc}${outcome?.error ? `: ${outcome.error}` : taken ? '' : ': no screenshot'}`);
      ok &&= taken;
    }
  } finally {
    await browser.close();
    server.stop();
    rmSync(tempDir, { recursive: true, force: true });
  }
  return ok;
}

function takeBrowserTestShots() {
  const shots = BROWSER_TEST_SHOTS.filter(wanted);
  if (shots.length === 0 || options['skip-browser-tests']) return true;
  const run = spawnSync('npx', ['vitest', 'run', 'tests/browser/panel.test.ts'], {
    cwd: REPO_ROOT,
    env: { ...process.env, WEEKLY_REPORT_SCREENSHOTS: '1' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  for (const doc of shots) console.log(`${run.status === 0 ? '✓' : '✗'} docs/${doc}`);
  return run.status === 0;
}

const ok = (await takeWorkbenchShots()) && takeBrowserTestShots();
process.exit(ok ? 0 : 1);
