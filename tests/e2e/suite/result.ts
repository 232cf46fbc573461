// Shape of the JSON the in-host suite writes for the runner (scripts/e2e/host-suite.mjs).
export interface TestOutcome {
  title: string;
  state: 'passed' | 'failed';
  durationMs: number;
  error?: string;
}

export interface SuiteResult {
  /** True when at least one test ran and none failed. */
  ok: boolean;
  tests: TestOutcome[];
}
