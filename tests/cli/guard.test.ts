// The CLI on hostile files (issue 10): `previous:` links to anything, devices and pipes, reports
// built to make parsing slow or deep, files in other encodings, `new` on a full or read-only disk.
// Every run has a timeout: a regression hangs one test, not the suite.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync, execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { cliPath } from './cliRunner';
import { teamDir, tempDir, week21, week22 } from './cliFixtures';
import { fixturesDir } from '../helpers/fixtures';

const RUN_TIMEOUT_MS = 60_000;
const TEST_TIMEOUT_MS = 120_000;

function run(...args: string[]): { status: number | null; stdout: string; stderr: string; ms: number } {
  const started = performance.now();
  const r = spawnSync(process.execPath, [cliPath, ...args], {
    encoding: 'utf8',
    timeout: RUN_TIMEOUT_MS,
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, LANG: 'C' },
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr, ms: performance.now() - started };
}

interface CheckedJson {
  diagnostics: Array<{ code: string; message: string; range: { start: { line: number } } }>;
}

describe('previous: in front matter', () => {
  let folder: string;
  const week22Text = fs.readFileSync(path.join(teamDir, week22), 'utf8');

  beforeAll(() => {
    folder = tempDir();
    fs.copyFileSync(path.join(teamDir, week21), path.join(folder, week21));
    execFileSync('mkfifo', [path.join(folder, 'pipe.md')]);
    const huge = path.join(folder, 'huge.md');
    fs.closeSync(fs.openSync(huge, 'w'));
    fs.truncateSync(huge, 200 * 1024 * 1024);
    fs.writeFileSync(path.join(folder, 'notes.txt'), '# 第21周\n\n- 成功率 1%\n');
  });

  afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));

  it.each([
    ['/etc/passwd', 'outside'],
    ['../../../../../../etc/passwd', 'outside'],
    ['/dev/zero', 'outside'],
    ['./pipe.md', 'not a regular file'],
    ['./huge.md', 'too large'],
    ['./notes.txt', 'not a Markdown file'],
    ['//attacker/share/2024-W21.md', 'not a file on this computer'],
  ])(
    'previous: %s is a warning on its line, and the comparison falls back to last week',
    (link, why) => {
      const file = path.join(folder, week22);
      fs.writeFileSync(file, `---\nprevious: ${link}\n---\n${week22Text}`);
      const check = run('check', file, '--format', 'json');
      expect(check.status).toBeLessThanOrEqual(1);
      const [result] = JSON.parse(check.stdout) as CheckedJson[];
      const warning = result.diagnostics.find((d) => d.code === 'previous-link-invalid');
      expect(warning?.range.start.line).toBe(1);
      expect(warning?.message).toContain(why);
      const compare = run('compare', file, '--format', 'json');
      expect(compare.status).toBe(0);
      expect(JSON.parse(compare.stdout).previous.uri).toMatch(/2024-W21\.md$/);
      // Nothing of the linked file shows: not a line of /etc/passwd, not one of notes.txt.
      for (const out of [check.stdout, compare.stdout]) expect(out).not.toMatch(/root:|成功率 1%/);
      console.log(`previous: ${link} → check ${check.ms.toFixed(0)} ms, compare ${compare.ms.toFixed(0)} ms`);
    },
    TEST_TIMEOUT_MS,
  );
});

describe('reports built to be slow or deep', () => {
  let folder: string;
  beforeAll(() => (folder = tempDir()));
  afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));

  const head = '# 第51周周报\n\nCreated: 2023年12月16日 08:02\n\n## 数据\n\n';
  const cases: Array<[string, () => string, RegExp | undefined]> = [
    [
      'one 200 KB line of 20,000 metrics',
      () => head + Array.from({ length: 20_000 }, (_, i) => `x${i % 100} ${i + 3}个`).join(', '),
      /line is longer/,
    ],
    ['>×10,000 on one line', () => `${head}${'>'.repeat(10_000)} 数据 5 个\n`, /plain text/],
    ['- ×10,000 on one line', () => `${head}${'- '.repeat(10_000)}数据 5 个\n`, /plain text/],
    [
      'a 1,000-level nested list',
      () => head + Array.from({ length: 1000 }, (_, i) => `${'  '.repeat(i)}- 项${i} ${i}个`).join('\n'),
      /nests deeper/,
    ],
    [
      '3,000 nested quotes',
      () => head + Array.from({ length: 3000 }, (_, i) => `${'>'.repeat(i + 1)} 项${i}`).join('\n'),
      /nests deeper|line is longer/,
    ],
    [
      'a 10,000-column table',
      () =>
        `${head}|${Array.from({ length: 10_000 }, (_, i) => `c${i}`).join('|')}|\n|${'---|'.repeat(10_000)}\n|${Array.from({ length: 10_000 }, (_, i) => `${i}%`).join('|')}|\n`,
      /plain text/,
    ],
  ];

  it.each(cases)(
    '%s: normal output, one information that the block was read as plain text',
    (name, text, says) => {
      const file = path.join(folder, '2023-W51.md');
      fs.writeFileSync(file, text());
      const r = run('check', file, '--format', 'json');
      expect(r.stderr).not.toMatch(/internal error/);
      expect(r.status).toBeLessThanOrEqual(1);
      const [result] = JSON.parse(r.stdout) as CheckedJson[];
      const plain = result.diagnostics.filter((d) => d.code === 'block-read-as-plain-text');
      expect(plain.length).toBeGreaterThanOrEqual(1);
      expect(plain[0].message).toMatch(says!);
      // Generous: the goals (1-2 s) are measured, not asserted, on a shared machine.
      expect(r.ms).toBeLessThan(30_000);
      console.log(`${name}: check ${r.ms.toFixed(0)} ms`);
    },
    TEST_TIMEOUT_MS,
  );
});

describe('--config on a device or pipe', () => {
  it('is a usage error, not a read that never ends', () => {
    const folder = tempDir();
    const fifo = path.join(folder, 'settings.json');
    execFileSync('mkfifo', [fifo]);
    for (const config of ['/dev/zero', fifo]) {
      const r = run('check', path.join(teamDir, week22), '--config', config);
      expect(r.status).toBe(2);
      expect(r.stderr).toContain(`cannot read --config ${config}: it is a directory, device or pipe, not a regular file`);
    }
    fs.rmSync(folder, { recursive: true, force: true });
  });
});

describe('encodings', () => {
  const encodings = path.join(fixturesDir, 'encodings');
  it.each(['2024-W22.gb18030.md', '2024-W22.utf16le.md', '2024-W22.bom.md'])('%s reads as the UTF-8 report does', (name) => {
    const expected = run('outline', path.join(teamDir, week22), '--format', 'json');
    const r = run('outline', path.join(encodings, name), '--format', 'json');
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(expected.stdout);
    const check = run('check', path.join(encodings, name), '--format', 'json');
    expect((JSON.parse(check.stdout) as CheckedJson[])[0].diagnostics.map((d) => d.code)).toContain('percent-fraction-mismatch');
  });
});

describe('new writes all or nothing', () => {
  /** A tmpfs of `size` mounted at a new folder, or undefined where mounting is not allowed (not root, a container without the right). */
  function mountTmpfs(options: string): string | undefined {
    const at = tempDir();
    try {
      execFileSync('mount', ['-t', 'tmpfs', '-o', options, 'tmpfs', at], { stdio: 'ignore' });
      return at;
    } catch {
      fs.rmSync(at, { recursive: true, force: true });
      return undefined;
    }
  }

  function unmount(at: string): void {
    execFileSync('umount', [at]);
    fs.rmSync(at, { recursive: true, force: true });
  }

  const canMount = (() => {
    const probe = mountTmpfs('size=16k');
    if (probe) unmount(probe);
    return probe !== undefined;
  })();

  // Without mount rights the same failure is injected through the write function: tests/unit/node/writeNewFile.test.ts.
  it.runIf(canMount)('on a full disk: exit 2, a clear message, no file left', () => {
    const at = mountTmpfs('size=64k')!;
    try {
      fs.copyFileSync(path.join(teamDir, week21), path.join(at, week21));
      const free = fs.statfsSync(at).bavail * fs.statfsSync(at).bsize;
      fs.writeFileSync(path.join(at, 'fill'), Buffer.alloc(Math.max(0, free - 1024)));
      const r = run('new', path.join(at, week21));
      expect(r.status).toBe(2);
      expect(r.stderr).toMatch(/no space left on the device; nothing was written/);
      expect(fs.readdirSync(at).sort()).toEqual([week21, 'fill'].sort());
    } finally {
      unmount(at);
    }
  });

  it.runIf(canMount)('in a read-only folder: a user error, exit 2', () => {
    const at = mountTmpfs('size=64k')!;
    try {
      fs.copyFileSync(path.join(teamDir, week21), path.join(at, week21));
      execFileSync('mount', ['-o', 'remount,ro', at]);
      const r = run('new', path.join(at, week21));
      expect(r.status).toBe(2);
      expect(r.stderr).toMatch(/cannot create .*2024-W22\.md: the file system is read-only; nothing was written/);
      expect(r.stderr).not.toMatch(/internal error/);
    } finally {
      unmount(at);
    }
  });
});
