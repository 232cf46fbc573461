import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../server/src/report/parseReport';
import { describeWeek } from '../../../server/src/report/series/describeWeek';
import { scanOutline } from '../../../server/src/report/outlineScan';

// The example's shape: 「第51周」, created Saturday 16 December, telling work done on the 21st.
const EXAMPLE_LIKE = [
  '# 第51周',
  '',
  'Created: 2023年12月16日 08:02',
  '',
  '## 【重点工作】',
  '',
  '- 聚合支付，主链路12/21上线完成',
  '',
].join('\n');

describe('which week a report is read as', () => {
  it('reads the example-like report as ISO week 51 under auto, and says so', () => {
    const report = parseReport(EXAMPLE_LIKE, { weekNumbering: 'auto' });
    expect(report.week).toMatchObject({ year: 2023, week: 51, numbering: 'iso', monday: '2023-12-18', date: '2023-12-16' });
    const [head, source, auto] = describeWeek(report.week, 'auto', 'en')!;
    expect(head).toBe('**Read as 2023-W51** (ISO 8601 weeks): 2023-12-18 to 2023-12-24');
    expect(source).toBe('From the title; date 2023-12-16.');
    expect(auto).toContain('`auto`');
    expect(describeWeek(report.week, 'auto', 'zh-cn')![0]).toBe('**本周报读作 2023-W51**（ISO 8601 周数）：2023-12-18 至 2023-12-24');
  });

  it('keeps the numbering the setting names', () => {
    const report = parseReport(EXAMPLE_LIKE, { weekNumbering: 'first-day' });
    expect(report.week).toMatchObject({ numbering: 'first-day', monday: '2023-12-11' });
    expect(describeWeek(report.week, 'first-day', 'en')).toHaveLength(2);
  });

  it.each([
    ['the example-like report', EXAMPLE_LIKE],
    ['a page created the Monday after', EXAMPLE_LIKE.replace('2023年12月16日 08:02', '2023年12月18日 09:00')],
    ['plans under next week', `${EXAMPLE_LIKE}\n## 下周计划\n\n- 12/28 完成压测\n`],
  ])('the index line scan reads %s as the parser does', (_, text) => {
    expect(scanOutline(text, undefined, 'auto').week).toEqual(parseReport(text, { weekNumbering: 'auto' }).week);
  });

  it('has nothing to say without a week', () => {
    expect(describeWeek(parseReport('# Notes\n').week, 'auto', 'en')).toBeUndefined();
  });
});
