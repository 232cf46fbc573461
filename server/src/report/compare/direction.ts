// Whether a metric going up is good news. Keywords cover what weekly reports usually track;
// settings override them per metric.
import type { Direction } from './types';
import { memoByString } from '../memo';

const HIGHER_IS_BETTER = [
  '成功率',
  '可用性',
  '可用率',
  '覆盖率',
  '采纳率',
  '准确率',
  '完成率',
  '通过率',
  '命中率',
  '跟进率',
  '进度',
  'success',
  'availability',
  'uptime',
  'coverage',
  'adoption',
  'accuracy',
  'progress',
  // Things handled: the share (or number) of alerts followed up, bugs fixed, issues closed. Coming
  // after the noun, they turn 告警/alerts into work done: `P1 alerts followed up 72%` going down is bad.
  '跟进',
  '处理率',
  '解决率',
  '修复率',
  '闭环',
  '关闭率',
  '已处理',
  '已解决',
  '已修复',
  '已关闭',
  'followed up',
  'followed-up',
  'follow-up rate',
  'follow up rate',
  'resolved',
  'fixed',
  'closed',
  'handled',
  'addressed',
  'mitigated',
  'covered',
  'passed',
  'pass rate',
  'bug fix',
  'bugfix',
  'fix rate',
];
const LOWER_IS_BETTER = [
  '告警',
  '报警',
  '事故',
  'bug',
  '慢查',
  '漏洞',
  '故障',
  '失败',
  '错误',
  '延迟',
  '耗时',
  'alert',
  'incident',
  'error',
  'failure',
  'latency',
  'mttr',
  'outage',
  // A rank is a place: third (3) is better than fifth (5).
  '排名',
  '名次',
  'rank',
  // Things not handled yet: longer than the words they negate, so they win at the same place.
  '未跟进',
  '未处理',
  '未解决',
  '未修复',
  '未关闭',
  '未闭环',
  '待处理',
  'unresolved',
  'unfixed',
  'unhandled',
  'not followed up',
];
/**
 * Activity around bugs, not bugs: how many reports were filed or triaged says how busy people
 * were, not whether the product got worse. Ending after `bug`, they win over it.
 */
const NEUTRAL = ['bug report', 'bug bounty', 'bug triage', 'bug bash'];
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

  let best: { direction: Direction; end: number; length: number } = { direction: 'neutral', end: -1, length: 0 };
  const consider = (keywords: string[], direction: Direction) => {
    for (const keyword of keywords) {
      const at = text.lastIndexOf(keyword);
      const end = at + keyword.length;
      // At the same end the longer keyword wins: 未解决 over 解决, unresolved over resolved.
      if (at >= 0 && (end > best.end || (end === best.end && keyword.length > best.length)))
        best = { direction, end, length: keyword.length };
    }
  };
  consider(HIGHER_IS_BETTER, 'higher-is-better');
  consider(LOWER_IS_BETTER, 'lower-is-better');
  consider(NEUTRAL, 'neutral');
  return best.direction;
}

/** A progress figure (测试进度 80%): going down is a regression of its own, not a fluctuation. */
export function isProgressLabel(label: string): boolean {
  const text = label.toLowerCase();
  return PROGRESS.some((keyword) => text.includes(keyword));
}

const PROGRESS_SECTION = /进度|进展|progress|status|milestone|里程碑/;

/** A section telling how far work got (Status, 项目进展, Progress): its percentages are completion. */
export function isProgressSection(name: string): boolean {
  return PROGRESS_SECTION.test(name.toLowerCase());
}
