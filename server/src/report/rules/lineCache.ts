// Line-local results kept by the line's text, as the metrics are: a keystroke changes one line of
// a report, and a 670 KB report has thousands of lines whose normalising and scanning would
// otherwise be redone by each rule on every keystroke. Bounded; the oldest entries go first.
import { maskRanges, toHalfWidth } from '../metrics/text';

const DEFAULT_LIMIT = 50_000;

/**
 * A memo of `compute` by key, holding at most `limit` entries: two generations of `limit / 2`;
 * when the newer one fills, the older is dropped whole. (Deleting the oldest entry one at a time
 * made each eviction walk the Map's deleted slots: a 100,000-line report took seconds per rule.)
 */
export function lineCache<T>(limit = DEFAULT_LIMIT): (key: string, compute: () => T) => T {
  const generation = Math.max(1, Math.floor(limit / 2));
  let newer = new Map<string, T>();
  let older = new Map<string, T>();
  return (key, compute) => {
    if (newer.has(key)) return newer.get(key) as T;
    const value = older.has(key) ? (older.get(key) as T) : compute();
    if (newer.size >= generation) {
      older = newer;
      newer = new Map();
    }
    newer.set(key, value);
    return value;
  };
}

/** The key of a line with its masked ranges (code spans, links): either changes the result. */
export function maskedLineKey(text: string, masked: ReadonlyArray<readonly [number, number]>): string {
  return masked.length === 0 ? text : `${masked.map(([from, to]) => `${from}-${to}`).join(',')}\u0000${text}`;
}

const normalised = lineCache<string>();

/** `maskRanges(toHalfWidth(text), masked)`, once per distinct line: what the prose rules scan. */
export function normalisedProse(text: string, masked: ReadonlyArray<readonly [number, number]>): string {
  return normalised(maskedLineKey(text, masked), () => maskRanges(toHalfWidth(text), masked));
}
