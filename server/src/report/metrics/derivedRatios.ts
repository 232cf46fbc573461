// `问题72条，正确回答65条，准确率90.28%`: a rate stated right after the two counts it is computed from.
//
// Heuristic, chosen for precision (a wrong pairing would raise a false warning):
// - the ratio is a percentage with a rate label (isRateLabel) and no fraction of its own;
// - the two metrics immediately before it, in the same sentence, are non-negative integer counts
//   with the same unit;
// - exactly one of the two count labels shares a meaningful ideograph or English word stem with the
//   rate label (准确率 ↔ 正确回答, pass rate ↔ passed): that count is the numerator, the other the
//   denominator, and the numerator is not larger than the denominator (which is positive).
// `成功100笔，失败5笔，成功率95.2%` gives no candidate: the matching count (成功) is the larger one,
// and 95.2% is 100/(100+5), a relation this heuristic does not guess at.
import type { LineMetric } from './extractLineMetrics';
import { isRateLabel, normaliseLabel } from './labels';
import { toHalfWidth } from './text';

export interface DerivedRatio<M> {
  ratio: M;
  numerator: M;
  denominator: M;
}

type Countable = Pick<LineMetric, 'label' | 'value' | 'unit' | 'kind' | 'fraction' | 'sentence'>;

/** Characters that say "a rate" or "a count" rather than what is counted. */
const GENERIC_CHARS = new Set([...'率数量个次比占的为是了已总共计']);
const GENERIC_WORDS = new Set(['rate', 'ratio', 'total', 'count', 'number', 'percentage', 'share']);

function stems(label: string): Set<string> {
  const words = toHalfWidth(label)
    .toLowerCase()
    .split(/[^a-z]+/);
  return new Set(words.filter((w) => w.length >= 4 && !GENERIC_WORDS.has(w)).map((w) => w.slice(0, 4)));
}

/** Whether two labels share a meaningful ideograph or the first four letters of an English word. */
export function labelsShareWord(a: string, b: string): boolean {
  const right = normaliseLabel(b);
  for (const ch of normaliseLabel(a)) {
    if (ch.charCodeAt(0) >= 0x3400 && !GENERIC_CHARS.has(ch) && right.includes(ch)) return true;
  }
  const rightStems = stems(b);
  return [...stems(a)].some((stem) => rightStems.has(stem));
}

function isCount(metric: Countable): boolean {
  return metric.kind === 'count' && Number.isInteger(metric.value) && metric.value >= 0;
}

/** Ratios with the counts they were derived from, for the metrics of one line in order. */
export function findDerivedRatios<M extends Countable>(lineMetrics: readonly M[]): Array<DerivedRatio<M>> {
  const found: Array<DerivedRatio<M>> = [];
  for (let k = 2; k < lineMetrics.length; k++) {
    const ratio = lineMetrics[k];
    const first = lineMetrics[k - 2];
    const second = lineMetrics[k - 1];
    if (ratio.kind !== 'percent' || ratio.fraction || !isRateLabel(ratio.label)) continue;
    if (first.sentence !== ratio.sentence || second.sentence !== ratio.sentence) continue;
    if (!isCount(first) || !isCount(second) || first.unit !== second.unit) continue;
    const firstMatches = labelsShareWord(ratio.label, first.label);
    const secondMatches = labelsShareWord(ratio.label, second.label);
    if (firstMatches === secondMatches) continue;
    const [numerator, denominator] = firstMatches ? [first, second] : [second, first];
    if (denominator.value <= 0 || numerator.value > denominator.value) continue;
    found.push({ ratio, numerator, denominator });
  }
  return found;
}
