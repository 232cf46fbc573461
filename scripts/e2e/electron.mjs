// `npm run test:electron`: the same in-host suite (tests/e2e/suite/) in a desktop VS Code that
// @vscode/test-electron downloads into .vscode-test/ (a developer machine; CI here cannot
// download it and uses `npm run test:e2e` instead). The workbench checks are Playwright-on-web
// only. Options: --extension <dir> (default: the repo root, built), --grep <text>,
// --vscode-version <version> (default: the one code-server bundles, so both runs test the same VS Code).
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { runTests, TestRunFailedError } from '@vscode/test-electron';
import { buildSuite, SUITE_INDEX } from './build.mjs';
import { REPO_ROOT, copyFixtureWorkspace, createUserDataDir, printTestOutcomes, readSuiteResult, suiteEnv } from './shared.mjs';

const { values: options } = parseArgs({
  options: {
    extension: { type: 'string', default: REPO_ROOT },
    grep: { type: 'string' },
    'vscode-version': { type: 'string', default: '1.139.1' },
  },
});
const extensionDir = path.resolve(options.extension);

async function main() {
  if (extensionDir === REPO_ROOT && !existsSync(path.join(REPO_ROOT, 'dist/client.js'))) {
    throw new Error('dist/client.js is missing: run `npm run build` first');
  }
  await buildSuite();
  const tempDir = mkdtempSync(path.join(os.tmpdir(), 'weekly-report-electron-'));
  const resultFile = path.join(tempDir, 'host-suite-result.json');
  try {
    let exitCode;
    try {
      exitCode = await runTests({
        version: options['vscode-version'],
        extensionDevelopmentPath: extensionDir,
        extensionTestsPath: SUITE_INDEX,
        extensionTestsEnv: suiteEnv({ resultFile, grep: options.grep }),
        launchArgs: [
          copyFixtureWorkspace(path.join(tempDir, 'workspace')),
          '--disable-extensions',
          '--disable-workspace-trust',
          '--skip-welcome',
          '--skip-release-notes',
          '--user-data-dir',
          createUserDataDir(path.join(tempDir, 'user-data')),
          '--extensions-dir',
          path.join(tempDir, 'extensions'),
        ],
      });
    } catch (error) {
      // runTests rejects with TestRunFailedError when VS Code exits non-zero (a failed test).
      if (!(error instanceof TestRunFailedError)) throw error;
      exitCode = error.code ?? 1;
    }
    const result = readSuiteResult(resultFile);
    if (result) printTestOutcomes(result.tests);
    const ok = exitCode === 0 && result?.ok === true;
    console.log(`electron: ${ok ? 'passed' : `FAILED (exit code ${exitCode}${result ? '' : ', no result file'})`}`);
    return ok;
  } finally {
    rmSync(tempDir, { recursive: true, force: true });
  }
}

main().then(
  (ok) => process.exit(ok ? 0 : 1),
  (error) => {
    console.error('electron:', error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
