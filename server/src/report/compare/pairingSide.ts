// What the pairing reads of one side's metrics, worked out once per side instead of once per
// pairing: each metric's identity key for every place and the line's character pairs. Last week's
// report and the trend weeks are the same parses keystroke after keystroke, and this week's report
// meets each of them once per keystroke: the keys are made once and the pairings of a side that
// lives on are remembered by what decides them (the other side's keys, see `sameKeys`).
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
}

export type IdentityKeys = (metric: Metric, context: MetricContext | undefined) => ReadonlyArray<string | undefined>;

/**
 * Sides by the arrays they were made of, the most recently used last. A context array belongs to
 * one metric array (both come from one parse, or one filtering of it), so it keys the side; a side
 * without contexts is keyed by its metrics. The arrays are checked again on a hit: a caller pairing
 * the same metrics with other contexts gets a side of its own. Bounded: a keystroke meets a dozen
 * sides (this week, last week, the trend weeks, last week's targets) and `check` a sliding window
 * of them, while keeping every report's keys would grow its memory with the number of reports.
 */
const sides = new Map<object, { metrics: readonly Metric[]; contexts?: readonly MetricContext[]; side: KeptSide }>();
const SIDES_KEPT = 16;

export function* pairingSideInSteps(
  metrics: readonly Metric[],
  contexts: readonly MetricContext[] | undefined,
  identityKeys: IdentityKeys,
): Steps<KeptSide> {
  const owner = contexts ?? metrics;
  const known = sides.get(owner);
  if (known && known.metrics === metrics && known.contexts === contexts) {
    sides.delete(owner);
    sides.set(owner, known);
    return known.side;
  }
  const keys = PLACES.map(() => new Array<string | undefined>(metrics.length));
  const lines = new Array<string | undefined>(metrics.length);
  for (let i = 0; i < metrics.length; i++) {
    if (i % ITEMS_PER_STEP === ITEMS_PER_STEP - 1) yield;
    const context = contexts?.[i];
    const byPlace = identityKeys(metrics[i], context);
    for (let p = 0; p < PLACES.length; p++) keys[p][i] = byPlace[p];
    lines[i] = context?.line;
  }
  const side: KeptSide = { size: metrics.length, keys, lines, hasContexts: contexts !== undefined };
  sides.delete(owner);
  sides.set(owner, { metrics, contexts, side });
  if (sides.size > SIDES_KEPT) sides.delete(sides.keys().next().value!);
  return side;
}

/** Some of a side's metrics (a subset, in the order given) as a side of their own, from the keys already made. */
export function subsetSide(side: PairingSide, indices: readonly number[]): KeptSide {
  return {
    size: indices.length,
    keys: side.keys.map((byMetric) => indices.map((i) => byMetric[i])),
    lines: indices.map((i) => side.lines[i]),
    hasContexts: side.hasContexts,
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

/** Each line's pairs of neighbouring UTF-16 units with their counts, made once per pairing (see `lineLikeness`). */
export type LinePairs = Map<string, Map<string, number>>;

/**
 * Shared neighbouring UTF-16 units of two lines, 0–1 (Dice), each line's pairs made once per
 * pairing: a table of many rows weighs the same lines against each other in every pass. Kept for
 * the pairing only: pairs of every line of every side kept would cost far more memory than time.
 */
export function lineLikeness(a: string, b: string, made: LinePairs): number {
  const total = a.length - 1 + (b.length - 1);
  if (total <= 0) return 0;
  const mine = linePairsOf(a, made);
  const theirs = linePairsOf(b, made);
  const [few, many] = mine.size <= theirs.size ? [mine, theirs] : [theirs, mine];
  let shared = 0;
  for (const [pair, count] of few) shared += Math.min(count, many.get(pair) ?? 0);
  return (2 * shared) / total;
}

function linePairsOf(line: string, made: LinePairs): Map<string, number> {
  let pairs = made.get(line);
  if (!pairs) {
    pairs = new Map();
    for (let at = 0; at + 1 < line.length; at++) {
      const pair = line.slice(at, at + 2);
      pairs.set(pair, (pairs.get(pair) ?? 0) + 1);
    }
    made.set(line, pairs);
  }
  return pairs;
}
