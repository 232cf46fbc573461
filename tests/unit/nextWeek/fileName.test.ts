import { describe, expect, it } from 'vitest';
import { fallbackReportFileName, nextReportFileName } from '../../../server/src/report/nextWeek';
import { parseReport } from '../../../server/src/report/parseReport';
import type { WeekNumbering } from '../../../server/src/report/week';

/** The report as the server parses it: only the file name and the optional text speak of its week. */
function next(fileName: string, numbering: WeekNumbering, text = ''): string | undefined {
  return nextReportFileName(fileName, parseReport(text, { fileName, weekNumbering: numbering }), numbering);
}

describe('nextReportFileName', () => {
  const cases: Array<[string, WeekNumbering, string, string?]> = [
    ['2023-W51.md', 'iso', '2023-W52.md'],
    ['2023-W52.md', 'iso', '2024-W01.md'],
    ['2020-W52.md', 'iso', '2020-W53.md'],
    ['2020-W53.md', 'iso', '2021-W01.md'],
    ['2026-W53.md', 'iso', '2027-W01.md'],
    ['2023-W52.md', 'first-day', '2023-W53.md'],
    ['2024-W52.md', 'first-day', '2025-W01.md'],
    ['2023W09.md', 'iso', '2023W10.md'],
    ['周报-2023-W51.md', 'iso', '周报-2023-W52.md'],
    ['2023-W51-支付组.md', 'iso', '2023-W52-支付组.md'],
    ['第51周.md', 'iso', '第52周.md', 'Created: 2023年12月15日'],
    ['第52周.md', 'iso', '第1周.md', 'Created: 2023年12月29日'],
    ['第52周.md', 'first-day', '第1周.md', 'Created: 2024年12月27日'],
    ['第五十一周.md', 'iso', '第五十二周.md', 'Created: 2023年12月15日'],
    ['2023年第51周.md', 'iso', '2023年第52周.md'],
    ['2023年第52周.md', 'iso', '2024年第1周.md'],
    ['2023-12-15.md', 'iso', '2023-12-22.md'],
    ['2023-12-29.md', 'iso', '2024-01-05.md'],
    ['2024-02-26.md', 'iso', '2024-03-04.md'],
    ['周报20231229.md', 'iso', '周报20240105.md'],
    ['2023年12月29日周报.md', 'iso', '2024年1月5日周报.md'],
    ['2023.12.29.md', 'iso', '2024.01.05.md'],
    ['week-51.md', 'iso', 'week-52.md', 'Created: 2023-12-15'],
    ['Week 09.md', 'iso', 'Week 10.md', 'Created: 2023-03-03'],
    ['W51.md', 'iso', 'W52.md', 'Created: 2023-12-15'],
    ['reports/2023/2023-W51.md', 'iso', 'reports/2023/2023-W52.md'],
    ['C:\\周报\\2023-W51.md', 'iso', 'C:\\周报\\2023-W52.md'],
  ];
  it.each(cases)('%s (%s) → %s', (fileName, numbering, expected, text) => {
    expect(next(fileName, numbering, text)).toBe(expected);
  });

  it('returns undefined when the name holds no week or date', () => {
    expect(next('notes.md', 'iso', '# 第51周\n\nCreated: 2023年12月15日')).toBeUndefined();
    expect(next('周报.md', 'iso')).toBeUndefined();
    expect(next('', 'iso')).toBeUndefined();
  });
});

describe('fallbackReportFileName', () => {
  it('names the file after next week’s Monday, beside the current one', () => {
    const report = parseReport('# 第51周\n\nCreated: 2023年12月22日', { weekNumbering: 'iso' });
    expect(fallbackReportFileName('docs/notes.md', report, 'iso')).toBe('docs/2023-12-25.md');
  });

  it('counts from today when the report states no week, and gives up without one', () => {
    const report = parseReport('just text');
    expect(fallbackReportFileName('notes.md', report, 'iso', '2024-01-03')).toBe('2024-01-08.md');
    expect(fallbackReportFileName('notes.md', report, 'iso')).toBeUndefined();
  });
});
