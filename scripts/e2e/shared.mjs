// Pieces both runners share: `npm run test:e2e` (code-server) and `npm run test:electron`.
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export const REPO_ROOT = path.resolve(import.meta.dirname, '../..');
export const FIXTURE_WORKSPACE = path.join(REPO_ROOT, 'tests/fixtures/e2e-workspace');
export const ARTEFACTS_DIR = path.join(REPO_ROOT, 'test-results');

/** The environment variables the in-host suite reads (tests/e2e/suite/index.ts). */
export function suiteEnv({ resultFile, grep }) {
  return { WEEKLY_REPORT_E2E_RESULT: resultFile, ...(grep ? { WEEKLY_REPORT_E2E_GREP: grep } : {}) };
}

// A quiet workbench: no chat side bar, welcome page or update checks in the screenshots.
const USER_SETTINGS = {
  'chat.disableAIFeatures': true,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'update.mode': 'none',
  // With the built-in Markdown outline beside ours, the Outline view groups symbols by provider;
  // expanded groups show every symbol to the checks and the screenshots.
  'outline.collapseItems': 'alwaysExpand',
};

/** Creates a VS Code user data directory with the test settings. */
export function createUserDataDir(dir) {
  mkdirSync(path.join(dir, 'User'), { recursive: true });
  writeFileSync(path.join(dir, 'User/settings.json'), JSON.stringify(USER_SETTINGS, null, 2));
  return dir;
}

/** A fresh copy of the fixture workspace, so tests that edit files never change the fixtures. */
export function copyFixtureWorkspace(targetDir) {
  cpSync(FIXTURE_WORKSPACE, targetDir, { recursive: true });
  return targetDir;
}

/** The per-test outcome the suite wrote, or undefined when it wrote none. */
export function readSuiteResult(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

export function printTestOutcomes(tests) {
  for (const test of tests) {
    console.log(`  ${test.state === 'passed' ? '✓' : '✗'} ${test.title} (${test.durationMs} ms)`);
    if (test.note) console.log(`      ${test.note}`);
    if (test.error) console.log(test.error.replace(/^/gm, '      '));
  }
}
