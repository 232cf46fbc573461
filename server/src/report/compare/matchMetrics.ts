// Pairing one report's metrics with another's. A metric's identity across weeks is its label (case,
// width and English plurals aside: PR/PRs), its kind (80% and 80 次 are different things) and its
// place: the same section path first, so that 「成功率」 under 【入金】 meets last week's 【入金】
// 成功率, then the same innermost section, then anywhere, for a metric that moved. A number local
// to one event (an incident's 持续25min) meets only the same event's. Repeated labels pair in the
// order written.
import { normaliseLabel } from '../metrics/labels';
import { toHalfWidth } from '../metrics/text';
import type { Metric } from '../metrics/types';
import { memoByString } from '../memo';
import type { MetricContext } from './metricContext';
import { ITEMS_PER_STEP, runToEnd, type Steps } from '../base/steps';
import {
  candidatesInSteps,
  lineLikeness,
  pairingSideInSteps,
  PLACES,
  rememberedPairing,
  type Keeper,
  type KeptSide,
  type Pairs,
} from './pairingSide';

/** Index pairs `[left, right]`, ordered by `left`; each metric appears in at most one pair. */
export function pairMetrics(
  left: readonly Metric[],
  right: readonly Metric[],
  leftContexts?: readonly MetricContext[],
  rightContexts?: readonly MetricContext[],
): Array<[number, number]> {
  return runToEnd(pairMetricsInSteps(left, right, leftContexts, rightContexts));
}

/** `pairMetrics` as steps of at most ITEMS_PER_STEP metrics (see base/steps.ts). */
export function* pairMetricsInSteps(
  left: readonly Metric[],
  right: readonly Metric[],
  leftContexts?: readonly MetricContext[],
  rightContexts?: readonly MetricContext[],
): Steps<Pairs> {
  const leftSide = yield* metricSideInSteps(left, leftContexts);
  const rightSide = yield* metricSideInSteps(right, rightContexts);
  return yield* pairSidesInSteps(leftSide, rightSide, undefined);
}

/** A side's keys, made once per metrics and contexts arrays (see pairingSide.ts). */
export function metricSideInSteps(metrics: readonly Metric[], contexts?: readonly MetricContext[]): Steps<KeptSide> {
  return pairingSideInSteps(metrics, contexts, identityKeys);
}

/**
 * `pairMetricsInSteps` over sides already made; the `keeper` side (one that lives on, see
 * pairingSide.ts) remembers the pairing and answers it again for a side of the same keys.
 */
export function* pairSidesInSteps(left: KeptSide, right: KeptSide, keeper: Keeper): Steps<Pairs> {
  return yield* rememberedPairing(left, right, keeper, () => pairKeys(left, right));
}

/**
 * Per place, strictest first, each metric of `left` not yet paired takes the first candidate of its
 * key on the right not yet taken (its closest namesake, see `closestNamesake`). The right side's
 * candidates are its own, made once (`candidatesInSteps`): the ones taken in an earlier pass are
 * skipped where the lists are read, which leaves the same candidates as lists made per pass.
 */
function* pairKeys(left: KeptSide, right: KeptSide): Steps<Pairs> {
  const rightFor = new Int32Array(left.size).fill(-1);
  const rightTaken = new Uint8Array(right.size);
  const candidatesByPlace = yield* candidatesInSteps(right);
  for (let p = 0; p < PLACES.length; p++) {
    const candidates = candidatesByPlace[p];
    const leftKeys = left.keys[p];
    // Where each list's first candidate not yet taken is: the order written, skipping namesakes taken out of turn.
    const next = new Map<readonly number[], number>();
    for (let i = 0; i < left.size; i++) {
      if (i % ITEMS_PER_STEP === ITEMS_PER_STEP - 1) yield;
      if (rightFor[i] >= 0) continue;
      const id = leftKeys[i];
      const list = id === undefined ? undefined : candidates.get(id);
      if (!list) continue;
      let from = next.get(list) ?? 0;
      while (from < list.length && rightTaken[list[from]]) from++;
      next.set(list, from);
      if (from >= list.length) continue;
      const k = closestNamesake(list, from, rightTaken, left, i, right);
      rightFor[i] = k;
      rightTaken[k] = 1;
    }
  }
  const pairs: Pairs = [];
  for (let i = 0; i < left.size; i++) if (rightFor[i] >= 0) pairs.push([i, rightFor[i]]);
  return pairs;
}

/** Namesakes looked through for the closest line; past this, the order written decides (big reports stay linear). */
const NAMESAKES_COMPARED = 32;
/** A line's score against its very own text: above any likeness (at most 1), so nothing after it wins. */
const SAME_LINE = 2;

/**
 * Which of several candidates of one identity to pair with: the one whose line reads most like
 * this metric's (a table row's other cells: `Kernel | 22.03_ST` meets `Kernel | 22.03_ST`, not the
 * row inserted above it), else the first in the order written. `list[from]` is not taken; a lone
 * candidate left is taken without weighing lines.
 */
function closestNamesake(list: readonly number[], from: number, taken: Uint8Array, left: KeptSide, i: number, right: KeptSide): number {
  let best = list[from];
  const line = left.lines[i];
  if (line === undefined || !right.hasContexts || !anotherUntaken(list, from, taken)) return best;
  let bestScore = -1;
  let looked = 0;
  for (let at = from; at < list.length && looked < NAMESAKES_COMPARED; at++) {
    if (taken[list[at]]) continue;
    looked++;
    const other = right.lines[list[at]];
    const score = other === undefined ? 0 : other === line ? SAME_LINE : lineLikeness(left, i, right, list[at]);
    if (score > bestScore) {
      best = list[at];
      bestScore = score;
      if (score === SAME_LINE) break;
    }
  }
  return best;
}

/** Whether a candidate after `list[from]` is still free. */
function anotherUntaken(list: readonly number[], from: number, taken: Uint8Array): boolean {
  for (let at = from + 1; at < list.length; at++) if (!taken[list[at]]) return true;
  return false;
}

/** A metric's identity key for each place, in the order of PLACES; undefined: no key in that pass. */
function identityKeys(metric: Metric, context: MetricContext | undefined): Array<string | undefined> {
  // An event's numbers never leave their event, whatever the pass.
  const anywhere = `${labelIdentity(metric.label)}\u0000${kindClass(metric)}${context?.event !== undefined ? `\u0000event:${context.event}` : ''}`;
  const path = `${anywhere}\u0000${(context?.path ?? [metric.section]).map(sectionKey).join('/')}`;
  // Without its line's text a metric has no `line` key: that pass leaves it to the next.
  const line = context?.line === undefined ? undefined : `${path}\u0000${context.line}`;
  return [line, path, `${anywhere}\u0000${sectionKey(metric.section)}`, anywhere];
}

/**
 * Kinds that must agree for two numbers to be one metric: a percent only meets a percent, a
 * duration a duration, money money. Counts, scores and plain numbers may be read as one another
 * from week to week (`12个` and `12`), so they share a class.
 */
export function kindClass(metric: Metric): string {
  return metric.kind === 'percent' || metric.kind === 'duration' || metric.kind === 'money' ? metric.kind : 'figure';
}

/** Section names compare as labels do: 【系统运行数据】 and 系统运行数据 are one section. */
export function sectionKey(section: string): string {
  return normaliseLabel(section);
}

/**
 * A label's identity across weeks: half-width, lowercase, no spaces or punctuation, and English
 * words in the singular, so `PR`/`PRs`, `Regression`/`Regressions` and `ＰＲ` are one metric.
 */
export const labelIdentity = memoByString((label) =>
  toHalfWidth(String(label))
    .toLowerCase()
    .replace(/[a-z]+/g, singular)
    .replace(/[\s\p{P}\p{S}]+/gu, ''),
);

function singular(word: string): string {
  if (word.length < 3 || /(?:ss|us|is)$/.test(word)) return word;
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (/(?:x|ch|sh|ss)es$/.test(word)) return word.slice(0, -2);
  return word.endsWith('s') ? word.slice(0, -1) : word;
}
