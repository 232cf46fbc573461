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

/** Index pairs `[left, right]`, ordered by `left`; each metric appears in at most one pair. */
export function pairMetrics(
  left: readonly Metric[],
  right: readonly Metric[],
  leftContexts?: readonly MetricContext[],
  rightContexts?: readonly MetricContext[],
): Array<[number, number]> {
  const rightFor = new Map<number, number>();
  const rightTaken = new Set<number>();
  for (const place of PLACES) {
    // Candidates per key, in the order written: a lookup per metric keeps big reports linear.
    const candidates = new Map<string, number[]>();
    right.forEach((metric, k) => {
      if (rightTaken.has(k)) return;
      const id = identityKey(metric, rightContexts?.[k], place);
      const list = candidates.get(id);
      if (list) list.push(k);
      else candidates.set(id, [k]);
    });
    const next = new Map<string, number>();
    left.forEach((metric, i) => {
      if (rightFor.has(i)) return;
      const id = identityKey(metric, leftContexts?.[i], place);
      const list = candidates.get(id);
      const at = next.get(id) ?? 0;
      if (!list || at >= list.length) return;
      next.set(id, at + 1);
      rightFor.set(i, list[at]);
      rightTaken.add(list[at]);
    });
  }
  return [...rightFor].sort((a, b) => a[0] - b[0]);
}

/** How much of a metric's place must agree, strictest first. */
type Place = 'path' | 'section' | 'anywhere';
const PLACES: readonly Place[] = ['path', 'section', 'anywhere'];

function identityKey(metric: Metric, context: MetricContext | undefined, place: Place): string {
  const parts = [labelIdentity(metric.label), kindClass(metric)];
  // An event's numbers never leave their event, whatever the pass.
  if (context?.event !== undefined) parts.push(`event:${context.event}`);
  if (place === 'path') parts.push((context?.path ?? [metric.section]).map(sectionKey).join('/'));
  if (place === 'section') parts.push(sectionKey(metric.section));
  return parts.join('\u0000');
}

/**
 * Kinds that must agree for two numbers to be one metric: a percent only meets a percent, a
 * duration a duration, money money. Counts, scores and plain numbers may be read as one another
 * from week to week (`12个` and `12`), so they share a class.
 */
function kindClass(metric: Metric): string {
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
