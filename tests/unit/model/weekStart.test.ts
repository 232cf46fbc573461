// "Which Monday starts this report's week" has one answer (`weekMonday` in week.ts), used by the
// series order, next week's report and the date rules alike (issue 13).
import { describe, expect, it } from 'vitest';
import { reportWeek } from '../../../server/src/report/nextWeek/reportWeek';
import { weekPosition, weekMonday as seriesMonday } from '../../../server/src/report/series/weekPosition';
import { weekMonday, yearOfWeekNear } from '../../../server/src/report/week';

describe('one week-start answer', () => {
  it('places week 27 written on 2024-01-03 (ISO) in 2024, for every feature', () => {
    const info = { week: 27, date: '2024-01-03', source: 'title' as const };
    expect(weekMonday(info, 'iso')).toBe('2024-07-01');
    expect(seriesMonday(info, 'iso')).toBe('2024-07-01');
    expect(reportWeek({ week: info }, 'iso')).toEqual({ year: 2024, week: 27, monday: '2024-07-01' });
  });

  it.each([
    // [week, date, numbering, Monday]
    [1, '2023-12-31', 'iso', '2024-01-01'], // 「第1周」 written on New Year's Eve: next year's
    [52, '2024-01-02', 'iso', '2023-12-25'], // 「第52周」 written on 2 January: last year's
    [51, '2023-12-16', 'first-day', '2023-12-11'],
    [51, '2023-12-16', 'iso', '2023-12-18'],
    [1, '2023-01-04', 'first-day', '2022-12-26'], // first-day week 1 of 2023 starts in December
  ] as const)('week %i near %s (%s) starts on %s', (week, date, numbering, monday) => {
    const info = { week, date, source: 'title' as const };
    expect(weekMonday(info, numbering)).toBe(monday);
    expect(reportWeek({ week: info }, numbering)?.monday).toBe(monday);
    expect(seriesMonday(info, numbering)).toBe(monday);
  });

  it('keeps a stated year and number in the next-week triple', () => {
    expect(reportWeek({ week: { week: 1, date: '2023-01-04', source: 'title' } }, 'first-day')).toEqual({
      year: 2023,
      week: 1,
      monday: '2022-12-26',
    });
  });

  it('orders by the same Monday', () => {
    const a = weekPosition({ week: 27, date: '2024-01-03', source: 'title' }, 'iso')!;
    const b = weekPosition({ date: '2024-07-03', source: 'file-name' }, 'iso')!;
    expect(a).toEqual(b);
  });

  it('breaks an exact tie toward the date’s own week-year', () => {
    expect(yearOfWeekNear(27, '2024-01-03', 'iso')).toBe(2024);
  });
});
