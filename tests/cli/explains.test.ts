// The CLI explains itself: its version, its words in the reader's language, and a note (not
// silence, not findings) for files it should not or cannot check.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCliWith } from './cliRunner';
import { cliFixtures, teamDir, tempDir, week22, writeTemp } from './cliFixtures';

const inTeam = { cwd: teamDir };
const notReports = path.join(cliFixtures, 'not-reports');
const notReport = path.join(notReports, 'setup-notes.md');
const tablePlaceholders = path.join(notReports, 'table-placeholders-W23.md');

describe('weekly-report --version', () => {
  it("prints the package's version", () => {
    const { version } = JSON.parse(readFileSync(path.resolve(__dirname, '../../package.json'), 'utf8')) as { version: string };
    for (const flag of ['--version', '-V']) {
      const r = runCliWith({}, flag);
      expect(r.status).toBe(0);
      expect(r.stdout).toBe(`${version}\n`);
    }
  });
});

describe('weekly-report check in Chinese', () => {
  it('writes the severity words and the summary line in Chinese with --locale zh-cn', () => {
    const r = runCliWith(inTeam, 'check', week22, '--locale', 'zh-cn');
    expect(r.stdout).toMatch(/^\s+\d+:\d+\s+警告\s/m);
    expect(r.stdout).toMatch(/✖ \d+ 个问题（0 个错误，\d+ 个警告(，\d+ 个提示)?）/);
    expect(r.stdout).not.toMatch(/\b(warning|problems?|errors?)\b/);
  });

  it('follows LANG when no --locale is given, and stays English by default', () => {
    expect(runCliWith({ ...inTeam, env: { LANG: 'zh_CN.UTF-8' } }, 'check', week22).stdout).toMatch(/个问题/);
    expect(runCliWith(inTeam, 'check', week22).stdout).toMatch(/✖ \d+ problems \(0 errors, \d+ warnings?/);
  });
});

describe('weekly-report check on files that are no report', () => {
  it('skips a Markdown file that does not read as a report, with one line on stderr', () => {
    const r = runCliWith(inTeam, 'check', notReport, '--format', 'json');
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual([]);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/skipped .*setup-notes\.md: it does not read as a weekly report.*--force/);
  });

  it("skips a project's README whose title talks about weekly reports", () => {
    const readme = writeTemp(tempDir(), 'README.md', '# Weekly Report (周报) for VS Code\n\nRequires VS Code 1.138 or later.\n');
    const r = runCliWith(inTeam, 'check', readme, '--format', 'json');
    expect(JSON.parse(r.stdout)).toEqual([]);
    expect(r.stderr).toMatch(/skipped .*README\.md: it does not read as a weekly report/);
  });

  it('checks it anyway with --force', () => {
    const r = runCliWith(inTeam, 'check', notReport, '--force', '--format', 'json');
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout)).toEqual([expect.objectContaining({ file: notReport })]);
  });

  it('still checks the reports given with it, and says the note in Chinese with --locale zh-cn', () => {
    const r = runCliWith(inTeam, 'check', notReport, week22, '--locale', 'zh-cn', '--format', 'json');
    expect((JSON.parse(r.stdout) as { file: string }[]).map((f) => f.file)).toEqual([week22]);
    expect(r.stderr).toMatch(/已跳过 .*setup-notes\.md/);
  });

  it('says an empty file is empty instead of printing nothing', () => {
    const dir = tempDir();
    for (const content of ['', '\n  \n']) {
      const file = writeTemp(dir, '2024-W30.md', content);
      const r = runCliWith({}, 'check', file);
      expect(r.status).toBe(0);
      expect(r.stdout).toBe('');
      expect(r.stderr).toBe(`weekly-report: ${file} is empty: nothing to check\n`);
    }
  });
});

describe('weekly-report check finds placeholders in table cells', () => {
  it('flags XX% and 待补充 in cells where they are written, not `TODO` in inline code', () => {
    const r = runCliWith({}, 'check', tablePlaceholders, '--format', 'json');
    const [{ diagnostics }] = JSON.parse(r.stdout) as {
      diagnostics: { code: string; message: string; range: { start: { line: number; character: number } } }[];
    }[];
    const placeholders = diagnostics.filter((d) => d.code === 'placeholder-left');
    const lines = readFileSync(tablePlaceholders, 'utf8').split('\n');
    const found = placeholders.map((d) => lines[d.range.start.line].slice(d.range.start.character).split(' ')[0]);
    expect(found).toEqual(['XX%', '待补充']);
  });
});

describe('weekly-report new on a file without a week', () => {
  it('refuses, exits 2 and writes nothing, for an empty file and for a non-report', () => {
    const dir = tempDir();
    const empty = writeTemp(dir, 'notes.md', '');
    const prose = writeTemp(dir, 'readme.md', readFileSync(notReport, 'utf8'));
    for (const file of [empty, prose]) {
      const r = runCliWith({}, 'new', file);
      expect(r.status).toBe(2);
      expect(r.stderr).toMatch(/cannot tell which week .* covers/);
    }
    expect(readdirSync(dir).sort()).toEqual(['notes.md', 'readme.md']);
    expect(existsSync(path.join(dir, '2026-12-07.md'))).toBe(false);
  });

  it('says so in Chinese with --locale zh-cn', () => {
    const file = writeTemp(tempDir(), 'notes.md', '');
    expect(runCliWith({}, 'new', file, '--locale', 'zh-cn').stderr).toMatch(/无法判断 .* 属于哪一周/);
  });
});

describe('weekly-report metrics and outline in Chinese', () => {
  it('writes the column headers, kinds and the count in Chinese with --locale zh-cn', () => {
    const r = runCliWith(inTeam, 'metrics', week22, '--locale', 'zh-cn');
    const lines = r.stdout.trim().split('\n');
    expect(lines[1].split(/\s+/)).toEqual(['行', '章节', '指标', '数值', '分数', '类型']);
    expect(lines[lines.length - 1]).toMatch(/^共 \d+ 个指标$/);
    expect(r.stdout).toContain('百分比');
    expect(r.stdout).not.toMatch(/\bpercent\b/);
  });

  it('marks outline lines in Chinese with --locale zh-cn', () => {
    const r = runCliWith(inTeam, 'outline', week22, '--locale', 'zh-cn');
    expect(r.stdout).toMatch(/（第 \d+ 行）/);
    expect(r.stdout).not.toContain('(line');
  });
});
