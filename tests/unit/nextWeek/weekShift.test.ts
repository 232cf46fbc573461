import { describe, expect, it } from 'vitest';
import { chineseNumeral, shiftWeekText, shiftYearWeek, type WeekShift } from '../../../server/src/report/nextWeek';

const iso: WeekShift = { weeks: 1, numbering: 'iso', year: 2023, referenceDate: '2023-12-15' };

describe('shiftWeekText', () => {
  const cases: Array<[string, string, WeekShift?]> = [
    ['# 第51周', '# 第52周'],
    ['# 第 51 周', '# 第 52 周'],
    ['# Week 51', '# Week 52'],
    ['# 2023-W51', '# 2023-W52'],
    ['# 2023-W52 周报', '# 2024-W01 周报', { ...iso, year: 2023 }],
    ['# 第五十一周', '# 第五十二周'],
    ['# 第九周', '# 第十周'],
    ['# 周报（12.11-12.15）', '# 周报（12.18-12.22）'],
    ['# 周报（12.25~12.29）', '# 周报（01.01~01.05）', { ...iso, referenceDate: '2023-12-29' }],
    ['# 周报 12月25日-12月29日', '# 周报 1月1日-1月5日', { ...iso, referenceDate: '2023-12-29' }],
    ['Created: 2023年12月16日 08:02', 'Created: 2023年12月23日 08:02'],
    ['Created: 2023年12月30日 08:02', 'Created: 2024年1月6日 08:02'],
    ['Created: March 22, 2024 6:05 PM', 'Created: March 29, 2024 6:05 PM'],
    ['Created: Mar 29, 2024', 'Created: Apr 5, 2024'],
    ['Date: 29 December 2023', 'Date: 5 January 2024'],
    ['2023-12-15 ~ 2023-12-21', '2023-12-22 ~ 2023-12-28'],
    ['# Week 52', '# Week 1', { weeks: 1, numbering: 'iso', year: 2023 }],
    ['# Week 52', '# Week 53', { weeks: 1, numbering: 'iso', year: 2020 }],
    ['# Week 52', '# Week 50', { weeks: -2, numbering: 'iso', year: 2023 }],
  ];
  it.each(cases)('%s → %s', (text, expected, shift = iso) => {
    expect(shiftWeekText(text, shift)).toEqual({ text: expected, changed: true });
  });

  it('leaves text without a week or date alone, and invalid dates too', () => {
    expect(shiftWeekText('# 平台组周报', iso)).toEqual({ text: '# 平台组周报', changed: false });
    expect(shiftWeekText('version 1.2.3, 2023-13-45', iso).changed).toBe(false);
    expect(shiftWeekText('', iso).changed).toBe(false);
  });

  it('wraps a week written without a year after week 52 when no year is known', () => {
    expect(shiftWeekText('第52周', { weeks: 1, numbering: 'iso' }).text).toBe('第1周');
  });
});

describe('shiftYearWeek', () => {
  it('crosses New Year by each numbering’s rules', () => {
    expect(shiftYearWeek({ year: 2020, week: 53 }, 1, 'iso')).toEqual({ year: 2021, week: 1 });
    expect(shiftYearWeek({ year: 2023, week: 52 }, 1, 'iso')).toEqual({ year: 2024, week: 1 });
    // First-day: the week holding 1 January is week 1, even when it starts in December.
    expect(shiftYearWeek({ year: 2022, week: 52 }, 1, 'first-day')).toEqual({ year: 2023, week: 1 });
    expect(shiftYearWeek({ year: 2023, week: 52 }, 1, 'first-day')).toEqual({ year: 2023, week: 53 });
    expect(shiftYearWeek({ year: 2023, week: 53 }, 1, 'first-day')).toEqual({ year: 2024, week: 1 });
  });
});

describe('chineseNumeral', () => {
  it.each([
    [1, '一'],
    [10, '十'],
    [12, '十二'],
    [20, '二十'],
    [52, '五十二'],
  ])('%i → %s', (n, text) => {
    expect(chineseNumeral(n)).toBe(text);
  });
});
