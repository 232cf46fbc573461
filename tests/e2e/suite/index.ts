// Entry point of the in-host suite: VS Code loads this file as `extensionTestsPath` (code-server
// via the `payload` URL parameter, desktop via @vscode/test-electron) and awaits `run()`.
// Besides the exit code VS Code reports, the outcome is written as JSON to the file named by
// WEEKLY_REPORT_E2E_RESULT, so the runner can print every test and tell "failed" from "never ran".
import { readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import Mocha from 'mocha';
import type { SuiteResult, TestOutcome } from './result';

export const RESULT_FILE_ENV = 'WEEKLY_REPORT_E2E_RESULT';

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 60_000, reporter: 'spec' });
  const grep = process.env.WEEKLY_REPORT_E2E_GREP;
  if (grep) mocha.grep(grep);
  for (const file of readdirSync(__dirname)
    .filter((name) => name.endsWith('.test.js'))
    .sort()) {
    mocha.addFile(path.join(__dirname, file));
  }

  const tests: TestOutcome[] = [];
  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => {
      // With no filter, zero tests means the suite was not found, not success.
      const missing = tests.length === 0 && !grep;
      writeResult({ ok: failures === 0 && !missing, tests });
      if (failures > 0) reject(new Error(`${failures} e2e test(s) failed`));
      else if (missing) reject(new Error('no e2e tests ran'));
      else resolve();
    });
    runner.on('pass', (test) =>
      tests.push({ title: test.fullTitle(), state: 'passed', durationMs: test.duration ?? 0, note: (test as { note?: string }).note }),
    );
    runner.on('fail', (test, error: Error) =>
      tests.push({ title: test.fullTitle(), state: 'failed', durationMs: test.duration ?? 0, error: error.stack ?? String(error) }),
    );
  });
}

function writeResult(result: SuiteResult): void {
  const file = process.env[RESULT_FILE_ENV];
  if (file) writeFileSync(file, JSON.stringify(result, null, 2));
}
