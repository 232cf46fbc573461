// The CLI's flags as Node's parseArgs tokenises them, checked against each command's spec: the
// accepted forms and the one-line usage errors (exit code 2 in the CLI) stay as they were.
import { describe, expect, it } from 'vitest';
import { parseArgs, UsageError, type FlagSpec } from '../../../server/src/cli/args';

const spec: FlagSpec = { values: { format: ['text', 'json'], 'max-warnings': [] }, switches: ['color', 'force'] };
const parse = (...argv: string[]) => parseArgs(argv, spec);

describe('CLI argument parsing', () => {
  it('reads values in both forms, switches, and files in order', () => {
    const args = parse('a.md', '--format', 'json', 'b.md', '--max-warnings=0', '--color');
    expect(args.positional).toEqual(['a.md', 'b.md']);
    expect(args.flags).toEqual({ format: 'json', 'max-warnings': '0' });
    expect([...args.switches]).toEqual(['color']);
  });

  it('lets the last of a repeated flag win and takes a negative number as a value', () => {
    expect(parse('--format', 'text', '--format=json').flags.format).toBe('json');
    expect(parse('--max-warnings', '-1').flags['max-warnings']).toBe('-1');
  });

  it('keeps single-dash words as arguments, and ends the options at --', () => {
    expect(parse('-', '-abc', '-notes.md').positional).toEqual(['-', '-abc', '-notes.md']);
    expect(parse('--force', '--', '--color').positional).toEqual(['--color']);
  });

  it.each([
    [['--bogus'], 'unknown option --bogus'],
    [['--bogus=1'], 'unknown option --bogus'],
    [['--format'], '--format needs a value'],
    [['--format', '--color'], '--format needs a value'],
    [['--format=--color'], '--format needs a value'],
    [['--format', 'xml'], '--format must be one of text, json (got "xml")'],
    [['--color=yes'], '--color takes no value'],
    [['--toString'], 'unknown option --toString'],
  ])('%j is a usage error: %s', (argv, text) => {
    expect(() => parse(...argv)).toThrow(UsageError);
    expect(() => parse(...argv)).toThrow(text);
  });
});
