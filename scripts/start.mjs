// `npm start`: the product as a person first meets it. Builds the extension, installs the real
// editor where it is missing (.ci/install-e2e.sh: code-server and Node 24 into .e2e-cache/,
// Chromium and fonts from apt; about a second when everything is there), then serves VS Code in
// the browser with the extension loaded on examples/ and prints the URL, until Ctrl+C.
//
// `npm start -- --check` starts it the same way, opens an example report in headless Chromium and
// waits until the extension's diagnostics for it show in the Problems view, then exits 0; it
// exits 1 with the reason otherwise. CI runs it right after `npm ci`.
//
// Options: --check, --port N (default: 8080, or a free port with --check), --timeout S (check
// mode, overall wait for the workbench and the diagnostics; default 300), --skip-install.
//
// The code-server launch and the workbench steps are the e2e suite's (scripts/e2e/,
// tests/e2e/workbench/): one launcher, one way of driving the page.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { startCodeServer } from './e2e/code-server.mjs';
import { REPO_ROOT } from './e2e/shared.mjs';
import { workbenchUrl } from './e2e/workbench-url.mjs';

export const EXAMPLES_DIR = path.join(REPO_ROOT, 'examples');
/** The example the check opens: it has warnings the diagnostics must find. */
const CHECKED_EXAMPLE = '周报/2026-W48.md';
/** Rule codes that example's diagnostics include; one in the Problems view proves the server ran. */
const EXPECTED_RULE = /placeholder-left|progress-regressed/;
const DEFAULT_PORT = 8080;

const { values: options } = parseArgs({
  options: {
    check: { type: 'boolean', default: false },
    port: { type: 'string' },
    timeout: { type: 'string', default: '300' },
    'skip-install': { type: 'boolean', default: false },
  },
});

function log(message) {
  console.log(`[start] ${message}`);
}

/**
 * The environment without what `npm start` adds: npm's `npm_*` variables would reach the npm that
 * installs code-server as its own config, and code-server's postinstall reads the Node version
 * from `npm_config_user_agent` (this npm's Node 20, not the Node 24 it is installed for).
 */
function withoutNpmVariables(env) {
  return Object.fromEntries(Object.entries(env).filter(([key]) => !/^npm_/i.test(key)));
}

/** Runs a step of the set-up with its output shown; a failed step ends `npm start`. */
function runStep(title, command, args) {
  const started = Date.now();
  log(`${title}…`);
  const run = spawnSync(command, args, { cwd: REPO_ROOT, stdio: 'inherit', env: withoutNpmVariables(process.env) });
  if (run.status !== 0) throw new Error(`${title} failed (${run.status ?? run.signal})`);
  log(`${title}: done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

/** A port someone else already listens on would make code-server fail after we printed its URL. */
function assertPortFree(port) {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', () => reject(new Error(`port ${port} is in use: pass another with --port N`)));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(undefined)));
  });
}

/** Everything to undo on the way out, newest first; synchronous so it also runs on 'exit'. */
const cleanups = [];
process.on('exit', () => {
  while (cleanups.length > 0) {
    try {
      cleanups.pop()();
    } catch (error) {
      console.error('[start] clean-up:', error);
    }
  }
});

/** Set while the server runs for a person: Ctrl+C then stops it cleanly instead of failing. */
let stopServing;
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => (stopServing ? stopServing() : process.exit(130)));
}

async function serve() {
  const port = options.port !== undefined ? Number(options.port) : options.check ? undefined : DEFAULT_PORT;
  if (port !== undefined) {
    if (!Number.isInteger(port) || port <= 0 || port > 65535) throw new Error(`--port ${options.port} is not a port number`);
    await assertPortFree(port);
  }
  // Interactive runs keep their settings and open tabs in .e2e-cache/start/ between runs; a check
  // starts from nothing and leaves nothing.
  let profileDir;
  if (options.check) {
    profileDir = mkdtempSync(path.join(os.tmpdir(), 'weekly-report-start-'));
    cleanups.push(() => rmSync(profileDir, { recursive: true, force: true }));
  } else {
    profileDir = path.join(REPO_ROOT, '.e2e-cache/start');
    mkdirSync(profileDir, { recursive: true });
  }
  const server = await startCodeServer({ tempDir: profileDir, port });
  cleanups.push(server.stop);
  const url = workbenchUrl({ origin: server.origin, folder: EXAMPLES_DIR, extensionDevelopmentPath: REPO_ROOT });
  return { server, url };
}

async function check(url, logFile) {
  const { chromium } = await import('playwright-core');
  const { Workbench } = await import('../tests/e2e/workbench/workbench.mjs');
  const timeoutMs = Number(options.timeout) * 1000;
  const started = Date.now();
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    page.setDefaultTimeout(timeoutMs);
    const workbench = new Workbench(page, path.join(REPO_ROOT, 'test-results'));
    await page.goto(url);
    await workbench.ready();
    log(`workbench ready in ${((Date.now() - started) / 1000).toFixed(1)} s; opening examples/${CHECKED_EXAMPLE}`);
    const opened = Date.now();
    await workbench.openFile(CHECKED_EXAMPLE);
    // The Problems view lists each diagnostic with its rule code: one of ours there means the
    // extension activated, the server read the example and published its diagnostics.
    await page.keyboard.press('Control+Shift+M');
    // (The rule code is in the row's text, not in its accessible name.)
    const problem = page.getByRole('treeitem').filter({ hasText: EXPECTED_RULE }).first();
    await problem.waitFor({ timeout: Math.max(1, timeoutMs - (Date.now() - started)) });
    log(
      `diagnostics for examples/${CHECKED_EXAMPLE} ${((Date.now() - opened) / 1000).toFixed(1)} s after opening it: “${(await problem.innerText()).split('\n')[0]}”`,
    );
    return true;
  } catch (error) {
    const screenshot = path.join(REPO_ROOT, 'test-results/start-check-failed.png');
    mkdirSync(path.dirname(screenshot), { recursive: true });
    await browser
      .contexts()[0]
      ?.pages()[0]
      ?.screenshot({ path: screenshot })
      .catch(() => undefined);
    console.error(`[start] --check FAILED: no diagnostics from the extension for examples/${CHECKED_EXAMPLE}`);
    console.error(`[start] ${error instanceof Error ? error.message.split('\n')[0] : error}`);
    console.error(`[start] see ${screenshot} and ${logFile}`);
    return false;
  } finally {
    await browser.close();
  }
}

async function main() {
  runStep('build', process.execPath, ['esbuild.mjs']);
  if (!options['skip-install']) runStep('install the editor (.ci/install-e2e.sh)', 'bash', [path.join(REPO_ROOT, '.ci/install-e2e.sh')]);
  const { server, url } = await serve();
  if (options.check) {
    log(`code-server on ${server.origin}`);
    // Each step waits at most the timeout; this bounds their sum, a little later than any one.
    setTimeout(
      () => {
        console.error(`[start] --check FAILED: gave up after ${options.timeout} s`);
        process.exit(1);
      },
      Number(options.timeout) * 1000 + 30_000,
    ).unref();
    return (await check(url, server.logFile)) ? 0 : 1;
  }
  log(`VS Code with the extension, on examples/:\n\n    ${url}\n`);
  log('Open it in a browser; Ctrl+C stops the server.');
  await new Promise((resolve) => {
    stopServing = resolve;
  });
  log('stopped');
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(`[start] ${error instanceof Error ? error.message : error}`);
    process.exit(1);
  },
);
