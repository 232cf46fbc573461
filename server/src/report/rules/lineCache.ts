// Line-local results kept by the line's text, as the metrics are: a keystroke changes one line of
// a report, and a 670 KB report has thousands of lines whose scanning would otherwise be redone on
// every keystroke. Only for work that costs more than a lookup (a fresh line string hashes in full):
// the date spans; a single regular expression over a line is cheaper run again. Bounded.
import { maskRanges, toHalfWidth } from '../metrics/text';

const DEFAULT_LIMIT = 50_000;

/**
 * A memo of `compute` by a line's text and a variant of it (the report's date),
 * holding at most `limit` lines: two generations of `limit / 2`; when the newer one fills, the older
 * is dropped whole. (Deleting the oldest entry one at a time made each eviction walk the Map's
 * deleted slots: a 100,000-line report took seconds per rule.) The line's own string is the key, so
 * its hash is computed once and no key string is built per call (a `variant + text` key copied and
 * hashed the whole line on every lookup); a line keeps the result of its latest variant only.
 */
export function lineCache<T>(limit = DEFAULT_LIMIT): (text: string, variant: string, compute: () => T) => T {
  const generation = Math.max(1, Math.floor(limit / 2));
  let newer = new Map<string, { variant: string; value: T }>();
  let older = new Map<string, { variant: string; value: T }>();
  return (text, variant, compute) => {
    const known = newer.get(text);
    if (known?.variant === variant) return known.value;
    const old = known ? undefined : older.get(text);
    const value = old?.variant === variant ? old.value : compute();
    if (!known && newer.size >= generation) {
      older = newer;
      newer = new Map();
    }
    newer.set(text, { variant, value });
    return value;
  };
}

/**
 * `maskRanges(toHalfWidth(text), masked)`: what the prose rules scan. A prose line carries it as
 * `normalised`; this is for other text (table cells) and inside a cached rule's computation. Not
 * cached itself: looking a line up costs about what normalising it does.
 */
export function normalisedProse(text: string, masked: ReadonlyArray<readonly [number, number]>): string {
  return maskRanges(toHalfWidth(text), masked);
}
