import { describe, expect, it } from 'vitest';
import { runCli } from './cliRunner';
import { cliFixtures, tempDir, writeTemp } from './cliFixtures';

describe('weekly-report usage', () => {
  it('--help lists every command on stdout, exit 0; no command prints it on stderr, exit 2', () => {
    const help = runCli('--help');
    expect(help.status).toBe(0);
    for (const command of ['outline FILE', 'metrics FILE', 'check FILE...', 'compare FILE', '--max-warnings N', '--previous FILE']) {
      expect(help.stdout).toContain(command);
    }
    expect(runCli('check', '--help')).toMatchObject({ status: 0, stdout: help.stdout });
    expect(runCli()).toMatchObject({ status: 2, stdout: '', stderr: help.stdout });
  });

  const binary = writeTemp(tempDir(), 'scan-W01.md', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0xff, 0xfe]));

  it.each(
    ['metrics', 'check', 'compare'].flatMap((command) => [
      [command, ['--bogus'], /unknown option --bogus/],
      [command, [], /missing FILE/],
      [command, ['/no/such/report.md'], /no such file/],
      [command, [cliFixtures], /is a directory/],
      [command, [binary], /binary file/],
    ]),
  )('%s %j → one-line error, exit 2', (command, args, message) => {
    const r = runCli(command as string, ...(args as string[]));
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(message as RegExp);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(r.stdout).toBe('');
  });
});
