import { mkdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCliWith } from './cliRunner';
import { ANSI, teamDir, tempDir, week20, week21, week22, writeTemp } from './cliFixtures';
import { fixturesDir } from '../helpers/fixtures';

const inTeam = { cwd: teamDir };

interface Row {
  label: string;
  current?: number;
  previous?: number;
  delta?: number;
  status: string;
  trend: { week: string; value: number }[];
}

function compareJson(cwd: string, ...args: string[]) {
  const r = runCliWith({ cwd }, 'compare', ...args, '--format', 'json');
  expect(r.status).toBe(0);
  return JSON.parse(r.stdout);
}

describe('weekly-report compare', () => {
  it('compares with the previous week found in the folder (JSON: the Comparison object)', () => {
    const c = compareJson(teamDir, week22);
    expect(c.current).toMatchObject({ name: '第22周', week: '2024-W22' });
    expect(c.previous).toMatchObject({ name: '第21周', week: '2024-W21' });
    const rate = c.rows.find((row: Row) => row.label === '任务调度成功率');
    expect(rate).toMatchObject({ current: 99.78, previous: 99.93, status: 'worsened', deltaKind: 'pp' });
    expect(rate.delta).toBeCloseTo(-0.15, 9);
    expect(rate.trend.map((p: Row['trend'][number]) => p.week)).toEqual(['2024-W20', '2024-W21', '2024-W22']);
    const statuses = c.rows.map((row: Row) => row.status);
    expect(c.counts.worsened).toBe(statuses.filter((s: string) => s === 'worsened').length);
    expect(c.rows.find((row: Row) => row.label === '一次重试后成功率')).toMatchObject({ status: 'gone', previous: 99.985 });
  });

  it('still answers, with previous null and a note, when there is no earlier report', () => {
    const c = compareJson(teamDir, week20);
    expect(c.previous).toBeNull();
    expect(c.note).toMatch(/No earlier report/);
    expect(c.rows.every((row: Row) => row.status === 'new')).toBe(true);
    const text = runCliWith(inTeam, 'compare', week20);
    expect(text.status).toBe(0);
    expect(text.stdout).toContain('No earlier report in this series');
  });

  it('compares with the report given by --previous', () => {
    const c = compareJson(teamDir, week22, '--previous', week20);
    expect(c.previous).toMatchObject({ week: '2024-W20' });
    expect(c.rows.find((row: Row) => row.label === '任务调度成功率')).toMatchObject({ previous: 99.95 });
    const markdown = runCliWith(inTeam, 'compare', week22, '--previous', week20, '--format', 'markdown').stdout;
    expect(markdown).toContain('**第22周 (2024-W22)** vs **第20周 (2024-W20)**');
    expect(markdown).toContain('| 任务调度成功率 | 99.780% | 99.950% | ▼0.170pp |');
  });

  it('prints a terminal table, coloured only with --color when not on a terminal', () => {
    const plain = runCliWith(inTeam, 'compare', week22);
    expect(plain.stdout).not.toMatch(ANSI);
    const lines = plain.stdout.split('\n');
    expect(lines[0]).toBe('第22周 (2024-W22) vs 第21周 (2024-W21)');
    expect(
      lines
        .find((l) => l.includes('任务调度成功率'))
        ?.trim()
        .split(/\s{2,}/)
        .slice(0, 4),
    ).toEqual(['任务调度成功率', '99.780%', '99.930%', '▼0.150pp']);
    const coloured = runCliWith(inTeam, 'compare', week22, '--color');
    expect(coloured.stdout).toMatch(ANSI);
    expect(coloured.stdout.replace(new RegExp(ANSI, 'g'), '')).toBe(plain.stdout);
    expect(runCliWith({ ...inTeam, env: { FORCE_COLOR: '1' } }, 'compare', week22, '--no-color').stdout).toBe(plain.stdout);
    expect(runCliWith(inTeam, 'compare', week22, '--locale', 'zh-cn').stdout).toMatch(/指标\s+本周\s+上周/);
  });

  it('prints the panel page as a self-contained HTML document without scripts', () => {
    const r = runCliWith(inTeam, 'compare', week22, '--format', 'html');
    expect(r.status).toBe(0);
    expect(r.stdout.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(r.stdout).toContain("default-src 'none'");
    expect(r.stdout).not.toMatch(/<script|<link|src="http/i);
    expect(r.stdout).toContain('任务调度成功率');
    expect(r.stdout).toContain('99.780%');
  });

  it('finds last week across folders under --root when the settings say the series is the workspace', () => {
    const root = tempDir();
    for (const [folder, week] of [
      ['may', week21],
      ['june', week22],
    ]) {
      mkdirSync(path.join(root, folder));
      writeTemp(root, path.join(folder, week), readFileSync(path.join(teamDir, week)));
    }
    const config = writeTemp(root, 'settings.json', '{"series": "workspace"}');
    const current = path.join(root, 'june', week22);
    expect(compareJson(root, current, '--config', config).previous).toBeNull();
    expect(compareJson(root, current, '--config', config, '--root', root).previous).toMatchObject({ week: '2024-W21' });
  });

  it.each([
    [['--previous', 'gone.md'], /cannot read gone\.md: no such file/],
    [['--format', 'pdf'], /--format must be one of text, json, markdown, html/],
    [['--color=yes'], /--color takes no value/],
    [[week21], /expected exactly one FILE/],
    [['--root', 'no-such-folder'], /--root no-such-folder is not a folder/],
  ])('%j is a usage error: exit 2, one line, no output', (options, message) => {
    const r = runCliWith(inTeam, 'compare', week22, ...options);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stdout).toBe('');
  });

  describe('an honest comparison', () => {
    const honest = path.join(fixturesDir, 'compare/honest');
    const c = compareJson(honest, '2024-W11.md');
    const row = (label: string, qualifier?: string) =>
      c.rows.find((r: Row & { qualifier?: string }) => r.label === label && r.qualifier === qualifier);

    it('gives every row one of six statuses and counts all six', () => {
      const statuses = ['improved', 'worsened', 'changed', 'unchanged', 'new', 'gone'];
      expect(Object.keys(c.counts).sort()).toEqual([...statuses].sort());
      for (const r of c.rows as Row[]) expect(statuses).toContain(r.status);
      for (const status of statuses) expect(c.counts[status]).toBe(c.rows.filter((r: Row) => r.status === status).length);
    });

    it('never calls a value that moved unchanged: with no known direction it changed', () => {
      for (const r of c.rows as Row[]) if (r.status === 'unchanged') expect(r.current).toBe(r.previous);
      expect(row('健康分')).toMatchObject({ current: 698, previous: 717, status: 'changed' });
      expect(row('排名')).toMatchObject({ current: 5, previous: 3, status: 'worsened' });
      expect(row('P1 alerts followed up')).toMatchObject({ current: 72, previous: 85, status: 'worsened' });
    });

    it('tells two namesakes apart by their sub-section and pairs each with its own', () => {
      expect(row('快捷支付', '【入金】')).toMatchObject({ current: 1310, previous: 1250 });
      expect(row('快捷支付', '【出金】')).toMatchObject({ current: 290, previous: 320 });
    });

    it("pairs an incident's numbers only with the same incident, and leaves next week's plans out", () => {
      expect(c.rows.filter((r: Row) => r.label === '持续').map((r: Row) => r.status)).toEqual(['new', 'gone']);
      expect(c.rows.some((r: Row) => r.label.includes('绩效沟通'))).toBe(false);
    });

    it('says good or bad news in Markdown without colour, ▲/▼ keeping the direction of the number', () => {
      const markdown = runCliWith({ cwd: honest }, 'compare', '2024-W11.md', '--format', 'markdown').stdout;
      expect(markdown).toContain('| 排名 | 5 | 3 | ▲2 +67% | ✗ worsened |');
      expect(markdown).toContain('| 总告警数 | 752个 | 464个 | ▲288 +62% | ✗ worsened |');
      expect(markdown).toContain('| 健康分 | 698 | 717 | ▼19 −2.6% | ≠ changed |');
      expect(markdown).not.toMatch(/快捷支付 \|.*\n\| 快捷支付 \|/);
    });

    it('flags the follow-up rate that fell in check', () => {
      const r = runCliWith({ cwd: honest }, 'check', '2024-W11.md', '--format', 'json');
      const messages = JSON.parse(r.stdout)[0].diagnostics.map((d: { message: string }) => d.message);
      expect(messages).toContain('P1 alerts followed up 72%, last week 85% (−13 pp)');
    });
  });
});
