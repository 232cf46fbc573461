// Whether a metric going up is good news. Keywords cover what weekly reports usually track;
// settings override them per metric.
import type { Direction } from './types';
import { memoByString } from '../memo';

const HIGHER_IS_BETTER = [
  '成功率', '可用性', '可用率', '覆盖率', '采纳率', '准确率', '完成率', '通过率', '命中率', '跟进率', '进度',
  'success', 'availability', 'uptime', 'coverage', 'adoption', 'accuracy', 'progress',
];
const LOWER_IS_BETTER = [
  '告警', '报警', '事故', 'bug', '慢查', '漏洞', '故障', '失败', '错误', '延迟', '耗时',
  'alert', 'incident', 'error', 'failure', 'latency', 'mttr', 'outage',
  // A rank is a place: third (3) is better than fifth (5).
  '排名', '名次', 'rank',
];
const PROGRESS = ['进度', '完成度', 'progress'];

/**
 * The direction for `label`: the longest matching key of `overrides` (a label substring,
 * case-insensitive) wins; else the keyword matched last in the label, since the head of a
 * name comes last (故障恢复成功率 is a success rate, 成功率告警数 a count of alerts).
 */
export function directionFor(label: string, overrides: Record<string, Direction> = NO_OVERRIDES): Direction {
  let forOverrides = memos.get(overrides);
  if (!forOverrides) memos.set(overrides, (forOverrides = memoByString((l) => computeDirection(l, overrides))));
  return forOverrides(label);
}

const NO_OVERRIDES: Record<string, Direction> = {};
/** One memo per settings object: new settings bring a new object and so a fresh memo. */
const memos = new WeakMap<Record<string, Direction>, (label: string) => Direction>();

function computeDirection(label: string, overrides: Record<string, Direction>): Direction {
  const text = label.toLowerCase();
  const override = Object.keys(overrides)
    .filter((key) => key.trim() !== '' && text.includes(key.trim().toLowerCase()))
    .sort((a, b) => b.trim().length - a.trim().length)[0];
  if (override !== undefined) return overrides[override];

  let best: { direction: Direction; end: number } = { direction: 'neutral', end: -1 };
  const consider = (keywords: string[], direction: Direction) => {
    for (const keyword of keywords) {
      const at = text.lastIndexOf(keyword);
      if (at >= 0 && at + keyword.length > best.end) best = { direction, end: at + keyword.length };
    }
  };
  consider(HIGHER_IS_BETTER, 'higher-is-better');
  consider(LOWER_IS_BETTER, 'lower-is-better');
  return best.direction;
}

/** A progress figure (测试进度 80%): going down is a regression of its own, not a fluctuation. */
export function isProgressLabel(label: string): boolean {
  const text = label.toLowerCase();
  return PROGRESS.some((keyword) => text.includes(keyword));
}
