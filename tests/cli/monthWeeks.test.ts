// A monthly report listing its month's weeks (`## 第1周` … `## 第4周`) through the built CLI: one
// report, compared with last month's report, not a journal of the year's first weeks.
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './cliRunner';
import { fixturesDir } from '../helpers/fixtures';
import { tempDir, writeTemp } from './cliFixtures';

const folder = path.join(fixturesDir, 'monthly-weeks');

function json(...args: string[]) {
  const r = runCli(...args, '--format', 'json', '--locale', 'en');
  expect(r.stderr).not.toMatch(/internal error/);
  return { ...r, value: JSON.parse(r.stdout) };
}

describe.each([
  ['zh', '2023年12月 月报', '2023年11月 月报', ['第1周', '第2周', '第3周', '第4周']],
  ['en', 'December 2023', 'Monthly report 2023-11', ['Week 1', 'Week 2', 'Week 3', 'Week 4', 'Week 5']],
])('a monthly report with its weeks as sections (%s)', (language, title, lastMonth, weeks) => {
  const december = path.join(folder, language, '2023-12.md');

  it('compare compares the month with last month’s report, not its week 4 with its week 3', () => {
    const { value, stderr } = json('compare', december);
    expect(stderr).not.toMatch(/comparing the week/);
    expect(value.current).toMatchObject({ name: title });
    expect(value.previous).toMatchObject({ name: lastMonth });
    expect(path.basename(decodeURIComponent(value.previous.uri))).toBe('2023-11.md');
    expect(value.current.week).not.toMatch(/-W0[1-5]$/);
  });

  it('outline has the one title with the month’s weeks as its sections', () => {
    const { value } = json('outline', december);
    expect(value).toHaveLength(1);
    expect(value[0].name).toBe(title);
    expect(value[0].children.map((c: { name: string }) => c.name)).toEqual(weeks);
  });
});

describe('a journal of week numbers without a year across the year’s end', () => {
  it('compare takes week 1 after week 52 as the newest week, of the next year', () => {
    const dir = tempDir();
    const weeks = (order: number[]) =>
      ['# 2023 周报', ...order.flatMap((week) => ['', `## 第${week}周`, '', `- 成功率${98 + week / 100}%`])].join('\n');
    for (const [name, order] of [
      ['newest-last.md', [51, 52, 1]],
      ['newest-first.md', [1, 52, 51]],
    ] as const) {
      const { value } = json('compare', writeTemp(dir, name, weeks([...order])));
      expect(value.current).toMatchObject({ name: '第1周', week: '2024-W01' });
      expect(value.previous).toMatchObject({ name: '第52周', week: '2023-W52' });
    }
  });
});
