import { describe, expect, it } from 'vitest';
import { firstDayWeek, isoWeek, weekStart, weeksInYear } from '../../../server/src/report/week';

describe('week numbering', () => {
  it.each([
    ['2023-12-16', { year: 2023, week: 50 }, { year: 2023, week: 51 }],
    ['2024-01-01', { year: 2024, week: 1 }, { year: 2024, week: 1 }],
    ['2021-01-03', { year: 2020, week: 53 }, { year: 2021, week: 1 }],
    ['2026-12-31', { year: 2026, week: 53 }, { year: 2026, week: 53 }],
  ])('%s → ISO %o, first-day %o', (date, iso, firstDay) => {
    expect(isoWeek(date)).toEqual(iso);
    expect(firstDayWeek(date)).toEqual(firstDay);
  });

  it('finds week starts and year lengths', () => {
    expect(weekStart(2023, 51, 'iso')).toBe('2023-12-18');
    expect(weekStart(2023, 51, 'first-day')).toBe('2023-12-11');
    expect(weekStart(2021, 1, 'iso')).toBe('2021-01-04');
    expect(weeksInYear(2020, 'iso')).toBe(53);
    expect(weeksInYear(2023, 'iso')).toBe(52);
  });

  it('rejects impossible dates', () => {
    expect(isoWeek('2023-02-30')).toBeUndefined();
    expect(isoWeek('nonsense')).toBeUndefined();
  });
});
