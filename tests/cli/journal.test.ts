// Journal files (many weeks in one file) through the built CLI: outline, compare, check, metrics.
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './cliRunner';
import { fixturesDir } from '../helpers/fixtures';

const journal = path.join(fixturesDir, 'journal/journal-2023-52-weeks.md');
const english = path.join(fixturesDir, 'journal/team-journal-en.md');
const notJournal = path.join(fixturesDir, 'journal/not-a-journal.md');

function json(...args: string[]) {
  const r = runCli(...args, '--format', 'json');
  expect(r.stderr).not.toMatch(/internal error/);
  return { ...r, value: JSON.parse(r.stdout) };
}

describe('weekly-report on a 52-week journal file', () => {
  it('outline shows one top-level node per week, newest first as written, each with its week', () => {
    const { value } = json('outline', journal);
    expect(value).toHaveLength(52);
    expect(value[0]).toMatchObject({ name: '2023年第52周', week: '2023-W52', line: 0 });
    expect(value[51]).toMatchObject({ name: '2023年第1周', week: '2023-W01' });
    expect(value[0].children.map((c: { name: string }) => c.name)).toEqual(['本周工作', '数据指标', '下周计划']);
    const text = runCli('outline', journal).stdout.split('\n');
    expect(text[0]).toBe('2023年第52周 · 2023-W52  (line 1)');
  });

  it('compare compares the newest week with the one before it', () => {
    const { value, stderr } = json('compare', journal);
    expect(value.current).toMatchObject({ name: '2023年第52周', week: '2023-W52' });
    expect(value.previous).toMatchObject({ name: '2023年第51周', week: '2023-W51' });
    expect(value.rows.find((r: { label: string }) => r.label === '日活用户')).toMatchObject({ current: 13924, previous: 13887 });
    expect(stderr).toMatch(/comparing the week "2023年第52周"/);
  });

  it('compare --week picks a week by its place (1 = oldest), label or heading', () => {
    expect(json('compare', journal, '--week', '30').value.previous).toMatchObject({ week: '2023-W29' });
    expect(json('compare', journal, '--week', '2023-W10').value.current).toMatchObject({ week: '2023-W10' });
    expect(json('compare', journal, '--week', '2023年第1周').value.previous).toBeNull();
    const missing = runCli('compare', journal, '--week', '99');
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/has no week "99"/);
    const notOne = runCli('compare', notJournal, '--week', '2');
    expect(notOne.status).toBe(2);
    expect(notOne.stderr).toMatch(/--week picks a week/);
  });

  it('check gives no finding that reads one week against another week as one report', () => {
    const { value, status } = json('check', journal);
    expect(status).toBe(0);
    const diagnostics = value[0].diagnostics as Array<{ code: string; message: string; range: { start: { line: number } } }>;
    expect(diagnostics.filter((d) => d.code === 'date-outside-week')).toEqual([]);
    // Only the week-over-week drops between neighbouring weeks, each inside the later week.
    expect(diagnostics.map((d) => d.code)).toEqual(Array(5).fill('week-over-week-change'));
    const outline = json('outline', journal).value as Array<{ line: number; week: string }>;
    for (const d of diagnostics) {
      const week = outline.filter((w) => w.line <= d.range.start.line).pop()!;
      expect(d.message).toMatch(/接口成功率 99\.00%, last week 99\.45%/);
      expect(week.week).toMatch(/^2023-W(0[2-9]|[1-5]\d)$/);
    }
  });

  it('metrics lists each week with its own metrics', () => {
    const { value } = json('metrics', journal);
    expect(value.weeks).toHaveLength(52);
    expect(value.weeks[0]).toMatchObject({ heading: '2023年第52周', week: '2023-W52', line: 0 });
    expect(value.weeks[0].metrics.map((m: { label: string }) => m.label)).toContain('日活用户');
    expect(runCli('metrics', journal).stdout).toMatch(/journal-2023-52-weeks\.md › 2023年第1周 {2}\(2023-W01\)/);
  });

  it('reads an English journal, oldest first, and a file whose title names no week', () => {
    const { value } = json('compare', english);
    expect(value.current).toMatchObject({ name: 'Week of 29 Jan', week: '2024-W05' });
    expect(value.previous).toMatchObject({ name: 'Week of 22 Jan' });
    const check = runCli('check', english);
    expect(check.stderr).not.toMatch(/skipped/);
  });

  it('leaves a normal report with 本周/下周 headings a single report', () => {
    const { value } = json('outline', notJournal);
    expect(value).toHaveLength(1);
    expect(value[0].week).toBeUndefined();
  });
});
