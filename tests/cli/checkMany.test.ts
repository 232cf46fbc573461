// `check` over a long series: the order files are named in and the number of threads change how the
// work is done (a window of recent parses, stretches checked by worker threads), never what is said.
import { mkdirSync } from 'node:fs';
import * as path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCliWith, type CliResult } from './cliRunner';
import { tempDir, writeTemp } from './cliFixtures';

const WEEKS = 40;
const THREADS = 'WEEKLY_REPORT_CHECK_THREADS';

/** Week `week` of a weekly series whose figures move from week to week; some weeks get a fraction wrong. */
function weekReport(week: number): string {
  const satisfied = 18 + (week % 9);
  const written = week % 4 === 0 ? satisfied + 3 : satisfied;
  const progress = 30 + ((week * 7) % 50);
  return [
    `# 第${week}周`,
    '',
    '## 【系统运行数据】',
    '',
    `- 任务调度成功率：${(99.5 + (week % 5) / 10).toFixed(3)}%，补跑后恢复。`,
    `- 灰度用户满意度${((written / 30) * 100).toFixed(0)}%（${satisfied}/30）`,
    `- 总体进度${progress}%`,
    '',
    '## 【其他】',
    '',
    '- 团队分享：对象存储的生命周期策略',
    '',
  ].join('\n');
}

let dir: string;
/** The series oldest first, with a file that is no report and an empty one among them. */
let inOrder: string[];

beforeAll(() => {
  dir = tempDir();
  inOrder = [];
  for (let week = 1; week <= WEEKS; week++) {
    const name = `2024-W${String(week).padStart(2, '0')}.md`;
    writeTemp(dir, name, weekReport(week));
    inOrder.push(name);
    if (week === 12) inOrder.push(writeTemp(dir, 'notes.md', 'Just a list of links.\n').slice(dir.length + 1));
    if (week === 29) inOrder.push(writeTemp(dir, 'empty.md', '\n').slice(dir.length + 1));
  }
});

function check(threads: number, files: string[], ...options: string[]): CliResult {
  return runCliWith({ cwd: dir, env: { [THREADS]: String(threads) } }, 'check', ...files, ...options);
}

type Diagnostics = Record<string, unknown[]>;

function byFile(stdout: string): Diagnostics {
  return Object.fromEntries((JSON.parse(stdout) as Array<{ file: string; diagnostics: unknown[] }>).map((f) => [f.file, f.diagnostics]));
}

describe('weekly-report check over many files', () => {
  it('finds the same for each file whatever order the files are named in', () => {
    const forwards = check(1, inOrder, '--format', 'json');
    const backwards = check(1, [...inOrder].reverse(), '--format', 'json');
    expect(forwards.status).toBe(backwards.status);
    const found = byFile(forwards.stdout);
    expect(Object.keys(found)).toHaveLength(WEEKS);
    // Week over week: a report's last week and trend come from the reports checked before it.
    expect(
      Object.values(found)
        .flat()
        .map((d) => (d as { code: string }).code),
    ).toContain('progress-regressed');
    expect(byFile(backwards.stdout)).toEqual(found);
  });

  it.each(['json', 'text', 'sarif', 'junit'])('prints the same bytes and notes on several threads as on one (%s)', (format) => {
    const one = check(1, inOrder, '--format', format);
    expect(one.stderr).toMatch(/notes\.md[^]*empty\.md/);
    expect(check(3, inOrder, '--format', format)).toEqual(one);
  });

  it('stops at a file that cannot be read in any thread: exit 2, one line, no output', () => {
    const r = check(3, [...inOrder, 'missing.md'], '--format', 'json');
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toEqual([expect.stringMatching(/cannot read missing\.md: no such file/)]);
    expect(r.stdout).toBe('');
  });
});

describe('weekly-report check over a folder larger than one index piece, on two threads', () => {
  /** More than one piece of the index (256 files) and more than one chunk per thread. */
  const LONG = 300;
  const SHORT = 24;
  let root: string;
  let named: string[];

  beforeAll(() => {
    root = tempDir();
    named = [];
    // Two folders, two series: the long one spans several years, so the chunks' boundaries fall
    // inside it and a chunk's first reports need last week and the trend from another thread's share.
    for (const [folder, weeks] of [
      ['long', LONG],
      ['short', SHORT],
    ] as const) {
      mkdirSync(path.join(root, folder));
      for (let k = 0; k < weeks; k++) {
        const year = 2015 + Math.floor(k / 50);
        const week = (k % 50) + 1;
        const name = `${folder}/${year}-W${String(week).padStart(2, '0')}.md`;
        writeTemp(root, name, weekReport(week + year).replace(/^# .*/, `# ${year} 第${week}周`));
        named.push(name);
      }
    }
    named.splice(LONG / 2, 0, writeTemp(root, 'long/links.md', 'Links only.\n').slice(root.length + 1));
  });

  it('prints what one thread prints, the index shared by both threads', () => {
    const run = (threads: number) => runCliWith({ cwd: root, env: { [THREADS]: String(threads) } }, 'check', '--format', 'json', ...named);
    const one = run(1);
    expect(one.status).not.toBe(2);
    const found = byFile(one.stdout);
    expect(Object.keys(found)).toHaveLength(LONG + SHORT);
    // Week over week findings, so the comparison across the chunks' boundaries is exercised.
    expect(JSON.stringify(found)).toContain('progress-regressed');
    expect(one.stderr).toMatch(/links\.md/);
    expect(run(2)).toEqual(one);
  });
});
