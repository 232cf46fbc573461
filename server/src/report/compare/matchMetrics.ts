// Pairing one report's metrics with another's: by label within the same section first, so that
// 「成功率」 under 【入金】 meets last week's 【入金】 成功率, then across sections, for a metric
// that moved to another section. Repeated labels pair in the order written.
import { normaliseLabel } from '../metrics/labels';
import type { Metric } from '../metrics/types';

interface Keyed {
  label: string;
  section: string;
}

/** Index pairs `[left, right]`, ordered by `left`; each metric appears in at most one pair. */
export function pairMetrics(left: readonly Metric[], right: readonly Metric[]): Array<[number, number]> {
  const leftKeys = left.map(keysOf);
  const rightKeys = right.map(keysOf);
  const rightFor = new Map<number, number>();
  const rightTaken = new Set<number>();
  for (const sameSection of [true, false]) {
    // Candidates per key, in the order written: a lookup per metric keeps big reports linear.
    const candidates = new Map<string, number[]>();
    rightKeys.forEach((key, k) => {
      if (rightTaken.has(k)) return;
      const id = pairingKey(key, right[k], sameSection);
      const list = candidates.get(id);
      if (list) list.push(k);
      else candidates.set(id, [k]);
    });
    const next = new Map<string, number>();
    leftKeys.forEach((key, i) => {
      if (rightFor.has(i)) return;
      const id = pairingKey(key, left[i], sameSection);
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

/** 80% and 80 次 under one label are different things: a percent only meets a percent. */
function pairingKey(key: Keyed, metric: Metric, withSection: boolean): string {
  return `${key.label}\u0000${metric.kind === 'percent'}${withSection ? `\u0000${key.section}` : ''}`;
}

/** Section names compare as labels do: 【系统运行数据】 and 系统运行数据 are one section. */
export function sectionKey(section: string): string {
  return normaliseLabel(section);
}

function keysOf(metric: Metric): Keyed {
  return { label: normaliseLabel(metric.label), section: sectionKey(metric.section) };
}
