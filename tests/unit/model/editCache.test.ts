import { describe, expect, it } from 'vitest';
import { EditCache } from '../../../server/src/report/editCache';
import { extractMetrics } from '../../../server/src/report/metrics/extractMetrics';
import type { LineMetric } from '../../../server/src/report/metrics/extractLineMetrics';
import { parseReport } from '../../../server/src/report/parseReport';
import { readFixture } from '../../helpers/fixtures';

describe('EditCache', () => {
  it('keeps what the last run used and drops the rest', () => {
    const cache = new EditCache<number>();
    let computed = 0;
    const get = (key: string) => cache.get(key, () => ++computed);
    get('a');
    get('b');
    cache.settle();
    expect(get('a')).toBe(1);
    cache.settle();
    expect(get('b')).toBe(3);
    expect(computed).toBe(3);
  });

  it('gives extractMetrics the same answer with and without it, re-reading only edited lines', () => {
    const text = readFixture('reports/team-a/2024-W10.md');
    const cache = new EditCache<LineMetric[]>();
    extractMetrics(parseReport(text), cache);
    const edited = parseReport(text.replace('代扣成功率：98.640%', '代扣成功率：98.641%'));
    let misses = 0;
    const counting = new Proxy(cache, {
      get: (target, prop) =>
        prop === 'get'
          ? (key: string, compute: () => LineMetric[]) => target.get(key, () => (misses++, compute()))
          : Reflect.get(target, prop).bind(target),
    });
    expect(extractMetrics(edited, counting)).toEqual(extractMetrics(edited));
    expect(misses).toBe(1);
  });
});
