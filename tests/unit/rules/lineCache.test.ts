// Line-local rule results are kept by line text: the same line gives the same answer wherever it
// stands, a masked range is part of the key, and the cache stays bounded.
import { describe, expect, it } from 'vitest';
import { lineCache, normalisedProse } from '../../../server/src/report/rules/lineCache';
import { findDateSpans } from '../../../server/src/report/rules/dateMentions';

describe('lineCache', () => {
  it('computes once per key and drops the oldest entries past its limit', () => {
    const cache = lineCache<number>(2);
    let computed = 0;
    const square = (n: number) => cache(String(n), '', () => (computed++, n * n));
    expect([square(2), square(2), square(3)]).toEqual([4, 4, 9]);
    expect(computed).toBe(2);
    square(4); // evicts 2
    square(2);
    expect(computed).toBe(4);
  });

  it('keeps the last half of its limit at least, and forgets beyond its limit', () => {
    const cache = lineCache<number>(1_000);
    let computed = 0;
    const ask = (n: number) => cache(String(n), '', () => (computed++, n));
    for (let n = 0; n < 10_000; n++) ask(n);
    expect(computed).toBe(10_000);
    for (let n = 9_500; n < 10_000; n++) ask(n); // the last 500 are still known
    expect(computed).toBe(10_000);
    ask(0);
    expect(computed).toBe(10_001);
  });

  it('keys a line by its variant too (a report date, masked ranges)', () => {
    const cache = lineCache<string>();
    expect(cache('a `b` c', '', () => 'whole')).toBe('whole');
    expect(cache('a `b` c', '2-5', () => 'masked')).toBe('masked');
    expect(cache('a `b` c', '2-5', () => 'again')).toBe('masked');
    expect(cache('a `b` c', '', () => 'whole again')).toBe('whole again');
    expect(normalisedProse('完成 ＴＯＤＯ', [])).toBe('完成 TODO');
    expect(normalisedProse('完成 `ＴＯＤＯ`', [[3, 9]])).not.toContain('TODO');
  });

  it('gives the same date spans for a line asked again, and none without a digit', () => {
    const first = findDateSpans('12.12-12.20 完成压测', '2023-12-16');
    expect(findDateSpans('12.12-12.20 完成压测', '2023-12-16')).toEqual(first);
    expect(first.length).toBeGreaterThan(0);
    expect(findDateSpans('没有日期的一行', '2023-12-16')).toEqual([]);
  });

  it('infers the years of a line asked with report dates in turns as when each is asked alone', () => {
    // Week detection asks each line with two candidate week ends, the rules with the report's date.
    const line = '12.28-1.3 完成压测，2/29 已上线';
    const dates = ['2023-12-16', '2024-01-20', '2023-12-16', '2027-03-01', '2024-01-20'];
    const years = (reportDate: string) => findDateSpans(line, reportDate).map((span) => [span.from.date, span.to.date]);
    const inTurns = dates.map(years);
    expect(inTurns[0]).toEqual([['2023-12-28', '2024-01-03']]); // 2024-02-29 is too far ahead of 16 December: no such day in 2023
    expect(inTurns[1]).toEqual([
      ['2023-12-28', '2024-01-03'],
      ['2024-02-29', '2024-02-29'],
    ]);
    expect(inTurns[2]).toEqual(inTurns[0]);
    expect(inTurns[4]).toEqual(inTurns[1]);
    expect(inTurns[3]).toEqual([['2026-12-28', '2027-01-03']]);
  });
});
