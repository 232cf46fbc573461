// `check` prints JSON and text file by file as the files are checked: the bytes must be those of
// rendering every result at once.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkExitCode, checkJsonOutput, checkTextOutput, type CheckDiagnostic, type CheckedFile } from '../../../server/src/cli/check';
import { painter } from '../../../server/src/cli/terminal';

function diagnostic(line: number, severity: CheckDiagnostic['severity'], message: string): CheckDiagnostic {
  return { code: 'rate-out-of-range', severity, message, range: { start: { line, character: 2 }, end: { line, character: 9 } } };
}

const results: CheckedFile[] = [
  { file: '2024-W01.md', diagnostics: [] },
  { file: '周报/2024-W02.md', diagnostics: [diagnostic(3, 'warning', 'a "quoted" message'), diagnostic(12, 'information', '率 101%')] },
  { file: '2024-W03.md', diagnostics: [] },
  { file: '2024-W04.md', diagnostics: [diagnostic(0, 'error', 'wrong')] },
];

function streamed(output: ReturnType<typeof checkJsonOutput>, files: readonly CheckedFile[]): string {
  return files.map((file) => output.add(file)).join('') + output.end();
}

describe('check output, file by file', () => {
  it.each([0, 1, 2, 5])('JSON of %i files is JSON.stringify of them all', (count) => {
    // Newlines, tabs and backslashes in a message are escaped: every line of an element shifts alike.
    const escapes: CheckedFile = { file: 'a\\b.md', diagnostics: [diagnostic(1, 'hint', 'two\nlines\twith \\ and "quotes"')] };
    const files = [...results, escapes].slice(0, count);
    expect(streamed(checkJsonOutput(), files)).toBe(`${JSON.stringify(files, null, 2)}\n`);
  });

  it('JSON of any file name, messages and positions is JSON.stringify of them', () => {
    const position = fc.record({ line: fc.nat(), character: fc.nat() });
    const diagnostics = fc.array(
      fc.record({
        code: fc.string(),
        severity: fc.constantFrom<CheckDiagnostic['severity']>('error', 'warning', 'information', 'hint'),
        message: fc.string({ unit: 'binary' }),
        range: fc.record({ start: position, end: position }),
      }),
      { maxLength: 4 },
    );
    const files = fc.array(fc.record({ file: fc.string({ unit: 'binary' }), diagnostics }), { maxLength: 4 });
    fc.assert(fc.property(files, (checked) => streamed(checkJsonOutput(), checked) === `${JSON.stringify(checked, null, 2)}\n`));
  });

  it('text: a block per file with findings, one summary at the end, nothing for clean files', () => {
    expect(streamed(checkTextOutput(painter(false)), results.slice(0, 1))).toBe('');
    const text = streamed(checkTextOutput(painter(false)), results);
    expect(text.split('\n')).toEqual([
      '',
      '周报/2024-W02.md',
      expect.stringMatching(/^ {2}4:3 {3}warning {2}a "quoted"/),
      expect.stringMatching(/^ {2}13:3 {2}info {5}率 101% +rate-out-of-range$/),
      '',
      '2024-W04.md',
      '  1:3  error  wrong  rate-out-of-range',
      '',
      '✖ 3 problems (1 error, 1 warning, 1 info)',
      '',
    ]);
  });

  it('counts what it printed for the exit code', () => {
    const output = checkTextOutput(painter(false));
    streamed(output, results);
    expect(output.counts).toEqual({ error: 1, warning: 1, information: 1, hint: 0 });
    expect(checkExitCode(output.counts, -1)).toBe(1);
    expect(checkExitCode({ ...output.counts, error: 0 }, 1)).toBe(0);
    expect(checkExitCode({ ...output.counts, error: 0 }, 0)).toBe(1);
  });
});
