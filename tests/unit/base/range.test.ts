// The one answer to position and range order, pinned: the rules' spans, the quick-fix lookup and the
// hover all ask these functions.
import { describe, expect, it } from 'vitest';
import { comparePositions, rangeContains, rangesOverlap, spanning } from '../../../server/src/report/base/range';

const at = (line: number, character: number) => ({ line, character });
const range = (sl: number, sc: number, el: number, ec: number) => ({ start: at(sl, sc), end: at(el, ec) });

describe('position and range order', () => {
  it('orders by line first, then by character', () => {
    expect(comparePositions(at(1, 50), at(2, 0))).toBeLessThan(0);
    expect(comparePositions(at(2, 3), at(2, 1))).toBeGreaterThan(0);
    expect(comparePositions(at(4, 7), at(4, 7))).toBe(0);
  });

  it('contains both ends of a range, across lines too', () => {
    const r = range(1, 4, 3, 2);
    expect(rangeContains(r, at(1, 4))).toBe(true);
    expect(rangeContains(r, at(3, 2))).toBe(true);
    expect(rangeContains(r, at(2, 99))).toBe(true);
    expect(rangeContains(r, at(1, 3))).toBe(false);
    expect(rangeContains(r, at(3, 3))).toBe(false);
  });

  it('counts ranges that touch as overlapping, and only those that share a position', () => {
    expect(rangesOverlap(range(0, 0, 0, 5), range(0, 5, 0, 9))).toBe(true);
    expect(rangesOverlap(range(0, 0, 0, 5), range(0, 6, 0, 9))).toBe(false);
    expect(rangesOverlap(range(2, 0, 2, 1), range(0, 0, 5, 0))).toBe(true);
    expect(rangesOverlap(range(0, 0, 1, 0), range(1, 0, 1, 0))).toBe(true);
  });

  it('spans two ranges in either order', () => {
    const a = range(1, 4, 1, 8);
    const b = range(1, 10, 2, 1);
    expect(spanning(a, b)).toEqual(range(1, 4, 2, 1));
    expect(spanning(b, a)).toEqual(range(1, 4, 2, 1));
    expect(spanning(a, range(1, 5, 1, 6))).toEqual(a);
  });
});
