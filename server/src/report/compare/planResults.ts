// Last week's plan against this week's result. The numbers and list items under last week's
// 下周工作及目标 / Next week are targets: a planned number (`测试进度100%`) meets this week's metric
// of the same identity (the comparison's `pairMetrics`: label and kind, wherever it sits now) and is
// met or missed by its direction; a planned item (`完成支付通道切换`) meets this week's list item
// that reads like it (the renames' similarity, or most of its character pairs inside a longer
// sentence). An item is `met` only when this week's text tells it done (完成, 上线, shipped…) and
// nothing before that word says it is not (未, 计划, 预计, will…); otherwise it is `mentioned`.
import { normaliseLabel, normaliseText } from '../metrics/labels';
import { memoByString } from '../memo';
import type { Metric } from '../metrics/types';
import type { ComparedReport } from './compareReports';
import { directionFor, isProgressLabel, isProgressSection } from './direction';
import { labelIdentity, metricSideInSteps, pairSidesInSteps } from './matchMetrics';
import { runToEnd } from '../base/steps';
import { isPlanSection, type MetricContext } from './metricContext';
import {
  characterPairs,
  characterPairsAmong,
  pairsCovered,
  similarName,
  wantedPairs,
  type CharacterPairs,
  type WantedPairs,
} from './similarity';
import type { Direction, PlanResult } from './types';

/** A list item of a report, as the plan comparison needs it. */
export interface ReportItem {
  /** The item's first line, without the bullet. */
  text: string;
  /** 0-based line of the item. */
  line: number;
  /** `plan`: inside a 下周/Next week section (see `isTargetSection`). */
  scope: 'result' | 'plan';
}

/**
 * Targets looked at per plan, and this week's items each planned item is held against: every pair
 * costs a comparison, so a plan of thousands of lines against a report of thousands of items stays
 * within a keystroke's budget (a weekly plan has a few dozen items at most).
 */
const MAX_PLAN_TARGETS = 50;
const MAX_DONE_ITEMS = 1000;
/** Characters of an item compared: the rest of a long sentence adds nothing to what it is about. */
const ITEM_TEXT_LIMIT = 160;
/** Share of a planned item's character pairs a longer sentence of this week must hold to be about it. */
const COVERED_FROM = 0.7;
/** Planned items shorter than this (normalised) say too little to be found by their words. */
const SHORTEST_ITEM = 3;
const EPSILON = 1e-9;

/**
 * Words that state the plan, not the work (计划完成X, 下周上线X, plan to ship X), and the verbs that
 * point a number at its target (告警数降到10个, 成功率提升至99.9%): left out of what is matched.
 */
const PLAN_LEAD = /^(?:下周|下双周|下阶段|计划|预计|争取|继续|持续|推进|将|plan(?:ned)?to|will|aimto)+/;
const TARGET_VERB_ZH =
  /(?:降到|降至|降低到|降低至|降低|降|减少到|减少至|减少|减到|减至|提升到|提升至|提升|提高到|提高至|提高|升到|升至|控制在|保持在|保持|达到|不低于|不超过|不高于|至少|至多)$/u;
const TARGET_VERB_EN = /\s+(?:reach(?:es)?|to|at least|at most|below|under|above)$/i;
/** Verbs in front of a planned metric's name (将覆盖率提升到, Raise test coverage to): the name is what follows. */
const LEADING_VERB_ZH = /^(?:将|把|使|让|确保|保证|争取|力争|继续)+/u;
const LEADING_VERB_EN =
  /^(?:raise|increase|improve|boost|grow|get|bring|keep|push|drive|reduce|lower|cut|decrease|reach|hit|achieve)\s+(?:the\s+)?/i;
/** Words after a planned number bounding it from above (告警10个以内) or below (99.9%以上). */
const AT_MOST_AFTER = /^\s*(?:以内|以下|之内|内|or less|or fewer|at most|max)/i;
const AT_MOST_BEFORE =
  /(?:不超过|不高于|至多|控制在|降到|降至|降低到|减少到|减到|below|under|at most|no more than|fewer than|less than)\s*$/i;
const AT_LEAST_AFTER = /^\s*(?:以上|及以上|or more|at least|\+)/i;
const AT_LEAST_BEFORE = /(?:不低于|至少|at least|no less than|more than|above|over)\s*$/i;

/** Done: the verb, and no negation or future before it in the same clause. */
const DONE_ZH =
  /完成(?![度率])|上线|投产|发布|交付|合入|落地|结项|关闭|搞定|通过|已经?(?:迁移|切换|升级|部署|修复|解决|合并|提交|实现|支持|接入|对接|替换|下线)/g;
const DONE_EN =
  /\b(?:done|complete[d]?|finished|shipped|merged|released|launched|landed|deployed|delivered|closed|fixed|resolved|published|migrated|upgraded|rolled out|switched|implemented)\b/gi;
const NOT_YET_ZH = /未|没|不|尚|待|计划|预计|将|争取|准备|下周|推迟|延期|暂缓/;
const NOT_YET_EN = /\b(?:not|never|will|to be|plan(?:ned|s)? to|yet to|going to|expected to|aim(?:s|ing)? to)\b|n't\b/i;
/** How far before a done verb a negation or a future is looked for (characters), within its clause. */
const NOT_YET_REACH = 24;
const CLAUSE_END = /[，,。;；!！?？]/g;

/** Each list item's scope, in the order given (items need not be sorted). */
export function reportItems(
  items: ReadonlyArray<{ text: string; range: { start: { line: number } } }>,
  scopeAt: (line: number) => 'result' | 'plan',
): ReportItem[] {
  return items.map((item) => ({ text: item.text, line: item.range.start.line, scope: scopeAt(item.range.start.line) }));
}

/** Last week's plan held against this week's report; empty when last week planned nothing readable. */
export function planResults(previous: ComparedReport, current: ComparedReport, overrides?: Record<string, Direction>): PlanResult[] {
  const { planAt, planItems, judgedItems, wanted, targets, targetContexts } = planOf(previous);
  if (planAt.length === 0 && planItems.length === 0) return [];

  const { results, matchFor } = targetMatches(targets, targetContexts, current);
  const previousLines = previous.lines ?? [];

  const metricResults = targets.map((target, k) => {
    const j = matchFor.get(k);
    const context = previous.contexts?.[planAt[k]];
    return metricResult(target, j === undefined ? undefined : results[j], boundOf(target, previousLines, context, overrides));
  });

  // This week's items are read only when a planned item is judged by its words, and only for the
  // character pairs some planned item has (`characterPairsAmong`): the likeness is the same.
  let done: DoneItem[] | undefined;
  const doneItems = () =>
    (done ??= (current.items ?? [])
      .filter((item) => item.scope === 'result')
      .slice(0, MAX_DONE_ITEMS)
      .map((item) => doneItem(item, wanted))
      .filter((candidate) => candidate.key !== ''));
  const out: PlanResult[] = [];
  const judgedLines = new Set<number>();
  for (const item of judgedItems) {
    const onLine = metricResults.filter((result) => result.previousLine === item.line);
    // A planned number this week reports is judged by its value; the item's words add nothing.
    if (onLine.some((result) => result.status !== 'not-mentioned')) continue;
    // Otherwise the item is judged by its words and shown as written: a number this week does not
    // report may be no target at all (`Screenshot of the panel at 320 px`).
    out.push(itemResult(item, doneItems));
    judgedLines.add(item.line);
  }
  for (const result of metricResults) if (!judgedLines.has(result.previousLine)) out.push(result);
  return out.sort((a, b) => a.previousLine - b.previousLine);
}

/**
 * Last week's planned numbers paired with this week's results (`pairMetrics`, by label and kind).
 * Last week's targets live on with its parse: they remember their pairing with this week's results.
 * A plan without numbers pairs nothing: this week's results are not keyed for it.
 */
function targetMatches(
  targets: Metric[],
  targetContexts: MetricContext[] | undefined,
  current: ComparedReport,
): { results: Metric[]; matchFor: Map<number, number> } {
  if (targets.length === 0) return { results: [], matchFor: new Map() };
  const resultAt = indicesWhere(current.contexts, current.metrics.length, (context) => context?.scope !== 'plan');
  const results = resultAt.map((i) => current.metrics[i]);
  const resultContexts = current.contexts && resultAt.map((i) => withoutPlace(current.contexts![i]));
  const targetSide = runToEnd(metricSideInSteps(targets, targetContexts));
  const resultSide = runToEnd(metricSideInSteps(results, resultContexts));
  return { results, matchFor: new Map(runToEnd(pairSidesInSteps(targetSide, resultSide, 'left'))) };
}

/** Last week's plan: its targets (numbers) and items, as this week is held against them. */
interface Plan {
  /** The planned numbers' indices in `previous.metrics`. */
  planAt: number[];
  planItems: ReportItem[];
  /** The first MAX_PLAN_TARGETS planned items, and the character pairs of their words. */
  judgedItems: ReportItem[];
  wanted: WantedPairs;
  /** The first MAX_PLAN_TARGETS planned numbers, named without the verb aiming them. */
  targets: Metric[];
  targetContexts?: MetricContext[];
}

/**
 * Made once per compared report: last week's report is the same parse keystroke after keystroke,
 * so its targets keep their pairing keys (and remembered pairings, see pairingSide.ts).
 */
const plans = new WeakMap<ComparedReport, Plan>();

function planOf(previous: ComparedReport): Plan {
  let plan = plans.get(previous);
  if (plan) return plan;
  const planAt = indicesWhere(previous.contexts, previous.metrics.length, (context) => !!context?.path.some(isTargetSection)).filter(
    (i) => labelIdentity(targetLabel(previous.metrics[i].label)) !== '',
  );
  const planItems = (previous.items ?? []).filter((item) => item.scope === 'plan');
  const targets = planAt.slice(0, MAX_PLAN_TARGETS).map((i) => ({ ...previous.metrics[i], label: targetLabel(previous.metrics[i].label) }));
  const targetContexts = previous.contexts && planAt.slice(0, MAX_PLAN_TARGETS).map((i) => withoutPlace(previous.contexts![i]));
  const judgedItems = planItems.slice(0, MAX_PLAN_TARGETS);
  const wanted = wantedPairsOf(judgedItems.map((item) => itemWords(item.text)));
  plan = { planAt, planItems, judgedItems, wanted, targets, targetContexts };
  plans.set(previous, plan);
  return plan;
}

/**
 * The pairs a plan's items are looked for by, one object per set of planned words: a series plans
 * the same items week after week (年度绩效沟通, 周会), and this week's items keep their pairs counted
 * for the plan they were counted for (`doneItem`), so an unchanged plan counts them once.
 */
function wantedPairsOf(planned: readonly ItemWords[]): WantedPairs {
  const id = planned.map((words) => `${words.key.length}:${words.key}`).join('');
  let wanted = wantedByPlan.get(id);
  if (!wanted) {
    if (wantedByPlan.size >= PLANS_REMEMBERED) wantedByPlan.clear();
    wanted = wantedPairs(planned.map((words) => words.pairs));
    wantedByPlan.set(id, wanted);
  }
  return wanted;
}

const wantedByPlan = new Map<string, WantedPairs>();
/** Plans whose pairs are kept: the plans of the series a server or a `check` run goes through. */
const PLANS_REMEMBERED = 64;

/**
 * A section whose numbers and items are next period's targets: a plan section (`isPlanSection`)
 * but not a programme named 计划 (RISC-V 软件源&每日镜像计划 reports work done): a name ending in
 * 计划 must say it is the coming period's (下周计划, 后续计划, 工作计划, 计划).
 */
export const isTargetSection = memoByString((name: string): boolean => {
  if (!isPlanSection(name)) return false;
  const key = normaliseLabel(name);
  return !key.endsWith('计划') || FORWARD_PLAN.test(key);
});

const FORWARD_PLAN = /^(?:下周|下双周|下阶段|下期|下月|下个月|下一步)|(?:^|后续|近期|接下来|工作|行动)计划$/;

/** Indices of the metrics whose context passes; all of them when no contexts were given. */
function indicesWhere(
  contexts: readonly MetricContext[] | undefined,
  count: number,
  passes: (context: MetricContext | undefined) => boolean,
): number[] {
  const out: number[] = [];
  for (let i = 0; i < count; i++) if (passes(contexts?.[i])) out.push(i);
  return out;
}

/**
 * A plan and this week's work sit in different sections (下周工作 / 本周工作), so only a metric's
 * event (an incident's own numbers) is kept of its place; `pairMetrics` then matches by label and kind.
 */
function withoutPlace(context: MetricContext): MetricContext {
  return { path: [], scope: context.scope, ...(context.event !== undefined ? { event: context.event } : {}) };
}

/** `告警数降` (告警数降到10个) → `告警数`: the planned metric's name without the verb aiming it. */
export function targetLabel(label: string): string {
  const stripped = label.replace(/[\s:：,，]+$/u, '');
  const words = stripped
    .replace(TARGET_VERB_ZH, '')
    .replace(TARGET_VERB_EN, '')
    .replace(LEADING_VERB_ZH, '')
    .replace(LEADING_VERB_EN, '')
    .trim();
  return words || stripped;
}

/**
 * Whether the target is reached from below (a rate, a progress, an amount of work) or from above
 * (errors, latency, a count `以内`): words beside the number first, then the label's direction;
 * a planned number with no direction is an amount to reach.
 */
function boundOf(
  target: Metric,
  lines: readonly string[],
  context: MetricContext | undefined,
  overrides: Record<string, Direction> | undefined,
): 'at-least' | 'at-most' {
  const line = lines[target.valueRange.start.line] ?? '';
  const before = line.slice(0, target.valueRange.start.character);
  const after = target.valueRange.end.line === target.valueRange.start.line ? line.slice(target.valueRange.end.character) : '';
  if (AT_MOST_AFTER.test(after) || AT_MOST_BEFORE.test(before)) return 'at-most';
  if (AT_LEAST_AFTER.test(after) || AT_LEAST_BEFORE.test(before)) return 'at-least';
  if (isProgressLabel(target.label) || context?.path.some(isProgressSection)) return 'at-least';
  return directionFor(target.label, overrides) === 'lower-is-better' ? 'at-most' : 'at-least';
}

function metricResult(target: Metric, actual: Metric | undefined, bound: 'at-least' | 'at-most'): PlanResult {
  const result: PlanResult = {
    kind: 'metric',
    text: target.label,
    previousLine: target.range.start.line,
    status: 'not-mentioned',
    target: target.value,
    unit: target.unit,
    decimals: Math.max(target.decimals, actual?.decimals ?? 0),
    bound,
  };
  if (!actual) return result;
  result.actual = actual.value;
  result.matched = actual.label;
  result.line = actual.range.start.line;
  const reached = bound === 'at-least' ? actual.value >= target.value - EPSILON : actual.value <= target.value + EPSILON;
  result.status = reached ? 'met' : 'missed';
  return result;
}

/** What an item is about and its character pairs: the words the plan comparison holds against each other. */
interface ItemWords {
  key: string;
  pairs: CharacterPairs;
  short: boolean;
  /** A planned item's likeness to this week's items, by their keys: this week's items are mostly the same keystroke after keystroke. */
  likeness?: Map<string, number>;
}

/** One of this week's items, read once for every planned item it is held against; `pairs` only those some planned item has. */
interface DoneItem extends ItemWords {
  item: ReportItem;
}

/** This week's item's key, once per text (the same texts keystroke after keystroke); its pairs once per plan as well. */
const doneWords = memoByString((text): { key: string; short: boolean; pairs?: CharacterPairs; among?: WantedPairs } => {
  const key = itemKey(text);
  return { key, short: isShortName(key) };
}, 1_500);

function doneItem(item: ReportItem, wanted: WantedPairs): DoneItem {
  const words = doneWords(item.text);
  if (words.among !== wanted) {
    words.pairs = characterPairsAmong(words.key, wanted);
    words.among = wanted;
  }
  return { item, key: words.key, short: words.short, pairs: words.pairs! };
}

/**
 * An item's words, once per text: the plan and this week's items are the same texts keystroke
 * after keystroke. Bounded lower than labels: each answer holds the text's character pairs.
 */
const itemWords = memoByString((text): ItemWords => {
  const key = itemKey(text);
  return { key, pairs: characterPairs(key), short: isShortName(key) };
}, 1_500);

function itemResult(item: ReportItem, doneItems: () => readonly DoneItem[]): PlanResult {
  const result: PlanResult = { kind: 'item', text: item.text.trim(), previousLine: item.line, status: 'not-mentioned' };
  const words = itemWords(item.text);
  if ([...words.key].length < SHORTEST_ITEM) return result;
  let best: { item: ReportItem; score: number } | undefined;
  for (const candidate of doneItems()) {
    const score = likeness(words, candidate);
    // Items come in the order written: on a tie the first one stays.
    if (score >= COVERED_FROM && (!best || score > best.score)) best = { item: candidate.item, score };
  }
  if (!best) return result;
  result.matched = best.item.text.trim();
  result.line = best.item.line;
  result.status = isToldDone(best.item.text) ? 'met' : 'mentioned';
  return result;
}

/** How much a planned item reads like one of this week's: 1 for two short names alike, else the share of its pairs found. */
function likeness(planned: ItemWords, candidate: ItemWords): number {
  const known = (planned.likeness ??= new Map());
  let score = known.get(candidate.key);
  if (score === undefined) {
    score = planned.short && candidate.short && similarName(planned.key, candidate.key) ? 1 : pairsCovered(planned.pairs, candidate.pairs);
    if (known.size >= LIKENESS_REMEMBERED) known.clear();
    known.set(candidate.key, score);
  }
  return score;
}

/** This week's items remembered per planned item: a report has a few hundred at most. */
const LIKENESS_REMEMBERED = 2_000;

const MARKDOWN_LINK = /!?\[([^\]]*)\]\([^)]*\)/g;
const BARE_URL = /\b(?:https?|ftp):\/\/\S+|\bwww\.\S+/gi;

/**
 * `similarName` is made for names (sections, labels: 稳定性问题跟进 → 稳定性问题复盘跟进); between
 * sentences its symmetric likeness lets shared boilerplate (`openEuler RISC-V`) pass for one subject.
 */
function isShortName(key: string): boolean {
  return [...key].length <= SHORT_NAME;
}

const SHORT_NAME = 12;

/** What an item is about: normalised, the plan's own words (计划, 下周, plan to) left out, first words only. */
function itemKey(text: string): string {
  // A link's address is no part of what the item is about: two pull requests share all of `https://gitee.com/…`.
  const words = text.replace(MARKDOWN_LINK, '$1').replace(BARE_URL, ' ');
  // Not `normaliseLabel`: its memo would keep a second copy of every sentence, already remembered by text here.
  const normalised = normaliseText(words);
  return (normalised.replace(PLAN_LEAD, '') || normalised).slice(0, ITEM_TEXT_LIMIT);
}

/** The text tells the work as done: a done verb with no negation or future just before it. */
export function isToldDone(text: string): boolean {
  for (const pattern of [DONE_ZH, DONE_EN]) {
    for (const match of text.matchAll(pattern)) {
      const window = text.slice(Math.max(0, match.index - NOT_YET_REACH), match.index);
      const clause = window.split(CLAUSE_END).pop() ?? '';
      if (!NOT_YET_ZH.test(clause) && !NOT_YET_EN.test(clause)) return true;
    }
  }
  return false;
}
