// `npm run test:e2e`: the extension in a real VS Code (code-server's web workbench, VS Code
// 1.139), driven by headless Chromium.
//   0. a cold window (scripts/e2e/cold-window.mjs): the first window of the fresh code-server, on a
//      workspace of 200+ reports, times a report's first squiggle and splits the time with the logs;
//   1. the in-host mocha suite (tests/e2e/suite/) runs as extensionTestsPath;
//   2. the workbench checks (tests/e2e/workbench/) look at what a person sees, in a second page
//      load with the extension but no test payload.
// Options: --extension <dir> (default: the repo root, built with `npm run build`),
//          --vsix <file> (install this package into code-server and test it instead: what ships),
//          --grep <text> (only in-host tests and workbench checks whose names match),
//          --keep (keep the temp dir), --timeout <seconds> (overall, default 300).
// Needs .ci/install-e2e.sh. Exits non-zero if anything fails or the host never reports; the
// code-server process group is killed on every way out.
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { buildSuite, SUITE_INDEX } from './build.mjs';
import { COLD_WINDOW_CHECK, runColdWindowCheck } from './cold-window.mjs';
import { assertInstalled, installVsix, startCodeServer } from './code-server.mjs';
import { runHostSuite } from './host-suite.mjs';
import { ARTEFACTS_DIR, REPO_ROOT, copyFixtureWorkspace, printTestOutcomes, suiteEnv } from './shared.mjs';
import { runWorkbenchChecks } from './workbench-checks.mjs';

// The whole in-host suite, workbench start included; raise it as the suite grows.
const HOST_SUITE_TIMEOUT_MS = 180_000;

const { values: options } = parseArgs({
  options: {
    extension: { type: 'string', default: REPO_ROOT },
    vsix: { type: 'string' },
    grep: { type: 'string' },
    keep: { type: 'boolean', default: false },
    timeout: { type: 'string', default: '300' },
  },
});
const vsix = options.vsix && path.resolve(options.vsix);
/** The extension under development; undefined when testing an installed .vsix. */
const extensionDir = vsix ? undefined : path.resolve(options.extension);
const overallTimeoutMs = Number(options.timeout) * 1000;

/** Everything to undo on the way out, newest first; each step is synchronous so it also runs on 'exit'. */
const cleanups = [];
function cleanUp() {
  while (cleanups.length > 0) {
    try {
      cleanups.pop()();
    } catch (error) {
      console.error('e2e clean-up:', error);
    }
  }
}
process.on('exit', cleanUp);

/** @type {import('playwright-core').Browser | undefined} */
let browser;
/** Stops early: closes Chromium (so it reaps its helpers), then the 'exit' handler does the rest. */
async function abort(reason, exitCode) {
  console.error(`e2e: ${reason}`);
  await Promise.race([browser?.close(), new Promise((resolve) => setTimeout(resolve, 5000))]).catch(() => undefined);
  process.exit(exitCode);
}
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => abort(`${signal}, stopping`, 130));
setTimeout(() => abort(`gave up after ${overallTimeoutMs / 1000} s`, 1), overallTimeoutMs).unref();

async function main() {
  assertInstalled();
  if (vsix && !existsSync(vsix)) throw new Error(`${vsix} does not exist`);
  if (extensionDir && !existsSync(path.join(extensionDir, 'package.json'))) throw new Error(`${extensionDir} has no package.json`);
  if (extensionDir === REPO_ROOT && !existsSync(path.join(REPO_ROOT, 'dist/client.js'))) {
    throw new Error('dist/client.js is missing: run `npm run build` first');
  }
  const started = Date.now();
  await buildSuite();
  rmSync(ARTEFACTS_DIR, { recursive: true, force: true });
  mkdirSync(ARTEFACTS_DIR, { recursive: true });
  const tempDir = mkdtempSync(path.join(os.tmpdir(), 'weekly-report-e2e-'));
  cleanups.push(() => (options.keep ? console.log(`e2e: kept ${tempDir}`) : rmSync(tempDir, { recursive: true, force: true })));

  const resultFile = path.join(tempDir, 'host-suite-result.json');
  if (vsix) {
    installVsix({ tempDir, vsix });
    console.log(`e2e: installed ${path.basename(vsix)}`);
  }
  // The remote extension host inherits the server's environment: that is how the suite gets these.
  const server = await startCodeServer({ tempDir, env: suiteEnv({ resultFile, grep: options.grep }) });
  cleanups.push(() => {
    rmSync(path.join(ARTEFACTS_DIR, 'code-server-logs'), { recursive: true, force: true });
    if (existsSync(server.logsDir)) cpSync(server.logsDir, path.join(ARTEFACTS_DIR, 'code-server-logs'), { recursive: true });
    copyFileSync(server.logFile, path.join(ARTEFACTS_DIR, 'code-server.log'));
  });
  cleanups.push(server.stop);
  console.log(`e2e: code-server on ${server.origin} (${Date.now() - started} ms)`);

  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  try {
    // First, while nothing has run in this code-server yet: the coldest window there is.
    let coldOk = true;
    if (!options.grep || COLD_WINDOW_CHECK.includes(options.grep)) {
      console.log('e2e: cold window');
      const cold = await runColdWindowCheck({
        browser,
        origin: server.origin,
        workspaceDir: path.join(tempDir, 'workspace-cold'),
        extensionDir,
        logsDir: server.logsDir,
        artefactsDir: ARTEFACTS_DIR,
      });
      console.log(`  ${cold.ok ? '✓' : '✗'} ${cold.name} (${cold.durationMs} ms)${cold.error ? `\n      ${cold.error}` : ''}`);
      for (const line of cold.lines) console.log(`      ${line}`);
      coldOk = cold.ok;
    }

    console.log('e2e: in-host suite');
    const host = await runHostSuite({
      browser,
      origin: server.origin,
      folder: copyFixtureWorkspace(path.join(tempDir, 'workspace-host')),
      extensionDir,
      suiteIndex: SUITE_INDEX,
      resultFile,
      artefactsDir: ARTEFACTS_DIR,
      timeoutMs: HOST_SUITE_TIMEOUT_MS,
    });
    printTestOutcomes(host.tests);
    if (host.problem) console.log(`  ✗ ${host.problem}`);

    console.log('e2e: workbench checks');
    let workspaces = 0;
    const workbench = await runWorkbenchChecks({
      browser,
      origin: server.origin,
      newWorkspace: () => copyFixtureWorkspace(path.join(tempDir, `workspace-workbench-${++workspaces}`)),
      extensionDir,
      artefactsDir: ARTEFACTS_DIR,
      filter: options.grep,
    });
    for (const check of workbench) {
      console.log(`  ${check.ok ? '✓' : '✗'} ${check.name} (${check.durationMs} ms)${check.error ? `\n      ${check.error}` : ''}`);
      if (check.note) console.log(`      ${check.note}`);
    }

    const noise = outputChannelNoise(server.logsDir);
    console.log(`  ${noise.length === 0 ? '✓' : '✗'} the Weekly Report output channel is quiet (no failed requests, no stray values)`);
    for (const line of noise) console.log(`      ${line}`);

    const ok = coldOk && host.ok && workbench.every((check) => check.ok) && noise.length === 0;
    console.log(
      `e2e: ${ok ? 'passed' : 'FAILED'} in ${((Date.now() - started) / 1000).toFixed(1)} s; artefacts in ${path.relative(process.cwd(), ARTEFACTS_DIR) || '.'}/`,
    );
    return ok;
  } finally {
    await browser.close();
  }
}

/**
 * Lines of the extension's output channel logs (every window of the run) that a person should not
 * see: a request that failed (e.g. while a window closed) or a bare value with no message.
 */
function outputChannelNoise(logsDir) {
  if (!existsSync(logsDir)) return [];
  const files = readdirSync(logsDir, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('Weekly Report.log'));
  return files.flatMap((file) =>
    readFileSync(path.join(logsDir, file), 'utf8')
      .split('\n')
      .filter((line) => /^\[Error\b.*Request \S+ failed/.test(line) || /^(true|false|null|undefined)$/.test(line.trim()))
      .map((line) => `${path.basename(file)}: ${line}`),
  );
}

main().then(
  (ok) => process.exit(ok ? 0 : 1),
  (error) => {
    console.error('e2e:', error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
