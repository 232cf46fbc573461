// Shape of the JSON the in-host suite writes for the runner (scripts/e2e/host-suite.mjs).
export interface TestOutcome {
  title: string;
  state: 'passed' | 'failed';
  durationMs: number;
  error?: string;
  /** A figure the test measured, printed by the runner under its title (`notedOn(this.test, …)`). */
  note?: string;
}

/** Attaches a line for the runner to print under the test (mocha's test object carries it to index.ts). */
export function noteOn(test: object | undefined, note: string): void {
  if (test) (test as { note?: string }).note = note;
}

export interface SuiteResult {
  /** True when at least one test ran and none failed. */
  ok: boolean;
  tests: TestOutcome[];
}
