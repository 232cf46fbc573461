// What the pairing reads of one side's metrics, worked out once per side instead of once per
// pairing: each metric's identity key for every place, each key's metrics in the order written, and
// the line's character pairs. A report takes part in many pairings: in `check` it is this week's
// report, then last week's for the next one, then a trend week for the 8 after; in the server last
// week's report and the trend weeks are the same parses keystroke after keystroke. So a side lives as
// long as its parse, and the pairings of a side that lives on are remembered by what decides them
// (the other side's keys, see `sameKeys`).
import type { Metric } from '../metrics/types';
import { ITEMS_PER_STEP, type Steps } from '../base/steps';
import type { MetricContext } from './metricContext';

/** How much of a metric's place must agree, strictest first. */
export type Place = 'line' | 'path' | 'section' | 'anywhere';
/** `line`: the same path and the same line but for its values (a table row's other cells). */
export const PLACES: readonly Place[] = ['line', 'path', 'section', 'anywhere'];

/** Index pairs `[left, right]`, ordered by `left`. */
export type Pairs = Array<[number, number]>;

export interface PairingSide {
  readonly size: number;
  /** Each metric's identity key per place (`keys[p][i]` for `PLACES[p]`); undefined: no key in that pass. */
  readonly keys: ReadonlyArray<ReadonlyArray<string | undefined>>;
  /** Each metric's line up to its value (`MetricContext.line`): tells namesakes apart. */
  readonly lines: ReadonlyArray<string | undefined>;
  /** Whether the side came with contexts: without them the first namesake is taken. */
  readonly hasContexts: boolean;
}

/** A side as the pairing keeps it: the keys, and what is worked out from them on demand. */
export interface KeptSide extends PairingSide {
  /** Pairings this side remembers, with the other side each was made with (see `sameKeys`). */
  pairedWith?: Array<{ other: PairingSide; pairs: Pairs }>;
  /** Per place, each key's metrics in the order written: made the first time the side is paired with. */
  candidates?: ReadonlyArray<ReadonlyMap<string, readonly number[]>>;
  /** Each metric's line as sorted pairs of UTF-16 units (see `lineLikeness`), made when first weighed. */
  readonly linePairs: Array<Uint32Array | undefined>;
}

export type IdentityKeys = (metric: Metric, context: MetricContext | undefined) => ReadonlyArray<string | undefined>;

/**
 * Sides by the arrays they were made of, as long as those arrays live (one parse, or one filtering
 * of it): a context array belongs to one metric array, so it keys the side; a side without contexts
 * is keyed by its metrics. The arrays are checked again on a hit: a caller pairing the same metrics
 * with other contexts gets a side of its own. Weak: a report's keys go with its parse, so `check`'s
 * window of recent parses bounds them, and a report paired with a dozen others in between (a
 * sliding window of trend weeks) keeps its side for all of them.
 */
const sides = new WeakMap<object, { metrics: readonly Metric[]; contexts?: readonly MetricContext[]; side: KeptSide }>();

export function* pairingSideInSteps(
  metrics: readonly Metric[],
  contexts: readonly MetricContext[] | undefined,
  identityKeys: IdentityKeys,
): Steps<KeptSide> {
  const owner = contexts ?? metrics;
  const known = sides.get(owner);
  if (known && known.metrics === metrics && known.contexts === contexts) return known.side;
  const keys = PLACES.map(() => new Array<string | undefined>(metrics.length));
  const lines = new Array<string | undefined>(metrics.length);
  for (let i = 0; i < metrics.length; i++) {
    if (i % ITEMS_PER_STEP === ITEMS_PER_STEP - 1) yield;
    const context = contexts?.[i];
    const byPlace = identityKeys(metrics[i], context);
    for (let p = 0; p < PLACES.length; p++) keys[p][i] = byPlace[p];
    lines[i] = context?.line;
  }
  const side: KeptSide = {
    size: metrics.length,
    keys,
    lines,
    hasContexts: contexts !== undefined,
    linePairs: new Array<Uint32Array | undefined>(metrics.length),
  };
  sides.set(owner, { metrics, contexts, side });
  return side;
}

/**
 * Per place, each key's metrics in the order written (every metric with a key, whatever was paired
 * before): made once per side, as the right side of its first pairing.
 */
export function* candidatesInSteps(side: KeptSide): Steps<ReadonlyArray<ReadonlyMap<string, readonly number[]>>> {
  if (side.candidates) return side.candidates;
  const byPlace: Array<Map<string, number[]>> = [];
  for (const keys of side.keys) {
    const candidates = new Map<string, number[]>();
    for (let k = 0; k < side.size; k++) {
      if (k % ITEMS_PER_STEP === ITEMS_PER_STEP - 1) yield;
      const id = keys[k];
      if (id === undefined) continue;
      const list = candidates.get(id);
      if (list) list.push(k);
      else candidates.set(id, [k]);
    }
    byPlace.push(candidates);
  }
  return (side.candidates = byPlace);
}

/** Some of a side's metrics (a subset, in the order given) as a side of their own, from the keys already made. */
export function subsetSide(side: KeptSide, indices: readonly number[]): KeptSide {
  return {
    size: indices.length,
    keys: side.keys.map((byMetric) => indices.map((i) => byMetric[i])),
    lines: indices.map((i) => side.lines[i]),
    hasContexts: side.hasContexts,
    linePairs: indices.map((i) => side.linePairs[i]),
  };
}

/**
 * Whether two sides pair alike with any other: the same size, contexts or none, and each metric's
 * keys and line equal. Keys of unchanged lines are mostly the very same strings (the metric caches
 * and label memos hand them out again), so the comparison is mostly pointer checks.
 */
export function sameKeys(a: PairingSide, b: PairingSide): boolean {
  if (a === b) return true;
  if (a.size !== b.size || a.hasContexts !== b.hasContexts) return false;
  for (let p = 0; p < a.keys.length; p++) {
    const mine = a.keys[p];
    const theirs = b.keys[p];
    for (let i = 0; i < a.size; i++) if (mine[i] !== theirs[i]) return false;
  }
  for (let i = 0; i < a.size; i++) if (a.lines[i] !== b.lines[i]) return false;
  return true;
}

/** Pairings remembered per side: this week's report as it is now, its gone metrics, and a few versions back. */
const PAIRINGS_REMEMBERED = 4;

/**
 * Which side of a pairing lives on and remembers it: last week's report and the trend weeks live
 * as long as their parse, this week's report is made anew per keystroke. Undefined: nothing is
 * remembered (a one-off pairing of fresh arrays would only keep its sides alive).
 */
export type Keeper = 'left' | 'right' | undefined;

/**
 * The pairing of `left` with `right`, from the keeper's memory when it was paired with a side of
 * the same keys before; else computed by `pair` and remembered there.
 */
export function* rememberedPairing(left: KeptSide, right: KeptSide, keeper: Keeper, pair: () => Steps<Pairs>): Steps<Pairs> {
  if (keeper === undefined) return yield* pair();
  const [kept, other] = keeper === 'right' ? [right, left] : [left, right];
  const memory = (kept.pairedWith ??= []);
  const known = memory.find((entry) => sameKeys(entry.other, other));
  if (known) return copyOf(known.pairs);
  const pairs = yield* pair();
  if (memory.length >= PAIRINGS_REMEMBERED) memory.shift();
  memory.push({ other, pairs: copyOf(pairs) });
  return pairs;
}

/** Callers own the pairs they are given: the remembered ones stay as they were made. */
function copyOf(pairs: Pairs): Pairs {
  return pairs.map(([i, j]) => [i, j]);
}

/**
 * Shared neighbouring UTF-16 units of the lines of two sides' metrics, 0–1 (Dice). Each line's pairs
 * are made once per side (`linePairsAt`): a table of many rows weighs the same lines against each
 * other in every pass, and a trend week's lines against eight reports.
 */
export function lineLikeness(left: KeptSide, i: number, right: KeptSide, k: number): number {
  const a = left.lines[i]!;
  const b = right.lines[k]!;
  const total = a.length - 1 + (b.length - 1);
  if (total <= 0) return 0;
  return (2 * sharedPairs(linePairsAt(left, i), linePairsAt(right, k))) / total;
}

/** A metric's line as its pairs of neighbouring UTF-16 units, each a number (first unit high), sorted. */
function linePairsAt(side: KeptSide, i: number): Uint32Array {
  let pairs = side.linePairs[i];
  if (!pairs) {
    const line = side.lines[i]!;
    pairs = new Uint32Array(Math.max(0, line.length - 1));
    for (let at = 0; at + 1 < line.length; at++) pairs[at] = ((line.charCodeAt(at) << 16) | line.charCodeAt(at + 1)) >>> 0;
    pairs.sort();
    side.linePairs[i] = pairs;
  }
  return pairs;
}

/** How many pairs two sorted lists share, each pair counted as often as the list holding it fewer times has it. */
function sharedPairs(a: Uint32Array, b: Uint32Array): number {
  let shared = 0;
  for (let x = 0, y = 0; x < a.length && y < b.length;) {
    if (a[x] === b[y]) {
      shared++;
      x++;
      y++;
    } else if (a[x] < b[y]) x++;
    else y++;
  }
  return shared;
}
