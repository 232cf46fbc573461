// Labels: cutting the words before a number down to what a person would call the metric, and the
// predicates rules ask of a label (is it a rate? a growth figure? a rank?).
import type { MetricKind } from './types';
import { memoByString } from '../memo';
import { APPROXIMATION_WORDS_EN, APPROXIMATION_WORDS_ZH, TOTAL_WORDS_ZH, endsWithHedge, isQualifierOnly } from './approximation';
import { isAsciiLetter, isSpace, toHalfWidth } from './text';

/** For matching a label across weeks and against settings: half-width, lowercase, no spaces or punctuation. */
export function normaliseText(text: string): string {
  return toHalfWidth(text)
    .toLowerCase()
    .replace(/[\s\p{P}\p{S}]+/gu, '');
}

const normalised = memoByString(normaliseText);

/** `normaliseText` remembered: labels recur keystroke after keystroke and report after report. */
export function normaliseLabel(label: string): string {
  return normalised(String(label));
}

const GROWTH =
  /增长|增幅|涨幅|上涨|上升|下降|降低|降幅|减少|提升|提高|同比|环比|growth|grew|increase|decrease|\bup\b|\bdown\b|\brose\b|\bfell\b|change|delta|\byoy\b|\bmom\b|\bwow\b/;
const FOLLOW_UP = /follow(?:ed|s|ing)?[- ]?up/g;

/** A change between two values (`增长150%`, `up 12%`): may exceed 100% or be negative. */
export function isGrowthLabel(label: string): boolean {
  return GROWTH.test(toHalfWidth(String(label)).toLowerCase().replace(FOLLOW_UP, ''));
}

const RATE = /率|进度|覆盖|占比|比例|比率|可用性|完成度|rate|ratio|coverage|progress|percentage|availability|uptime|share/;
/** Rates that are not shares of a whole: frequency, efficiency, exchange and interest rates. */
const NOT_A_SHARE = /频率|效率|汇率|利率|倍率|frequency|efficiency|exchange rate|interest rate/;

/** A share of a whole (成功率, 进度, coverage): between 0% and 100% by nature. Growth figures are not. */
export function isRateLabel(label: string): boolean {
  const lower = toHalfWidth(String(label)).toLowerCase();
  return RATE.test(lower) && !NOT_A_SHARE.test(lower) && !isGrowthLabel(lower);
}

const RANK = /排名|名次|排行|排第|位列|位居|\brank(?:ed|ing)?\b|\bplace\b|\bposition\b/;
export function isRankLabel(label: string): boolean {
  return RANK.test(label.toLowerCase());
}

const SCORE = /(?:分|评分|得分|分数|分值|健康度)$|\bscore\b|\bscores\b|\brating\b|\bnps\b|\bcsat\b/;
export function isScoreLabel(label: string): boolean {
  return SCORE.test(label.toLowerCase());
}

const COUNT = /(?:数|数量|次数|个数|总数|总量)$|\btotal\b|\bcount\b|\bnumber of\b|\bnum\b|#/;
/** A label that counts things: 事故数, Total alerts, or an English plural noun (`P0 incidents`). */
export function isCountLabel(label: string): boolean {
  const lower = label.toLowerCase();
  if (COUNT.test(lower)) return true;
  const last = /([a-z]+)$/.exec(lower)?.[1] ?? '';
  return last.length > 3 && last.endsWith('s') && !/(?:ss|us|is)$/.test(last);
}

/** Verbs whose object a count is: 完成12个核心指标梳理 counts 核心指标梳理, not 完成. */
const TASK_VERBS = [
  '完成',
  '新增',
  '上线',
  '下线',
  '修复',
  '解决',
  '处理',
  '发布',
  '接入',
  '交付',
  '梳理',
  '治理',
  '优化',
  '关闭',
  '落地',
  '输出',
  '沉淀',
  '迁移',
  '改造',
  '整改',
  '识别',
  '发现',
  '清理',
  '开发',
  '支持',
  '覆盖',
  '提交',
  '合并',
  '评审',
  '对接',
  '签约',
  '招聘',
  '培训',
  '组织',
  '产出',
  '搭建',
  '建设',
  '制定',
  '引入',
  '推进',
  '跟进',
  '补齐',
  '审批',
  '部署',
  '排查',
  '复盘',
  '完善',
  '新建',
  '创建',
  '编写',
  '实现',
  '重构',
  '上报',
  '导入',
].join('|');
const TASK_VERB_PHRASE = new RegExp(`^(?:共|累计|已|又|再|新)?(?:${TASK_VERBS})|(?:${TASK_VERBS})了?$`);

/**
 * A label that is a task with a verb (`完成交易域`, `新增`), not a measure: a count after it is
 * better named by the noun it counts. Count labels (`完成数`, `发布次数`) name their measure.
 */
export function isTaskVerbPhrase(label: string): boolean {
  return TASK_VERB_PHRASE.test(label) && !isCountLabel(label);
}

/** The kind a unitless number gets from its label: `排名 3` a rank, `健康分 717` a score, `Total alerts 464` a count. */
export function kindFromLabel(label: string, isInteger: boolean): MetricKind {
  if (isRankLabel(label) && isInteger) return 'rank';
  if (isScoreLabel(label)) return 'score';
  if (isInteger && isCountLabel(label)) return 'count';
  return 'number';
}

// ---- cutting a label out of the words before a number ----------------------------------------

/** What a change is measured from: 对账差异从每日30余笔降到2笔 is named 对账差异. */
const CHANGE_FROM = ['从', '较', '比', '由'];
const BASELINES = [
  '上周',
  '上月',
  '上季度',
  '每日',
  '每天',
  '每周',
  '每月',
  '日均',
  '周均',
  '月均',
  '原来',
  '原先',
  '之前',
  '此前',
  '以前',
  '年初',
  '去年',
];
/** Words after the label and before the number: 总告警数为464, Total alerts: 464, 保持100%, 约140. */
const TRAILING_FILLER = [
  ...CHANGE_FROM.flatMap((from) => BASELINES.map((baseline) => from + baseline)),
  ...APPROXIMATION_WORDS_ZH,
  ...TOTAL_WORDS_ZH,
  '保持在',
  '保持',
  '达到了',
  '达到',
  '仅为',
  '只有',
  '为',
  '是',
  '达',
  '计',
  '仅',
  '有',
  '已',
  '在',
  '到',
  '至',
  '从',
  '的',
  ':',
  '=',
  '≈',
  '~',
  '(',
  '**',
  '*',
  '__',
];
const HEDGES = new Set(APPROXIMATION_WORDS_ZH);
const TRAILING_WORDS = new Set([
  ...APPROXIMATION_WORDS_EN,
  'is',
  'are',
  'was',
  'were',
  'of',
  'at',
  'to',
  'reached',
  'reach',
  'hit',
  'remains',
  'remained',
  'stayed',
  'stays',
  'now',
  'currently',
  'only',
  'just',
  'by',
  'from',
  'be',
  'been',
  'still',
  'with',
  'had',
  'has',
  'than',
  'least',
]);
/** Words that join a label to what came before: 及漏洞服务数, and P1 alerts. */
const LEADING_FILLER = [
  '__',
  '以及',
  '并且',
  '其中',
  '另外',
  '此外',
  '同时',
  '导致',
  '造成',
  '引起',
  '影响',
  '涉及',
  '包括',
  '包含',
  '及',
  '和',
  '与',
  '且',
  '并',
  '其',
  '、',
  '-',
  '*',
  '+',
  '>',
  '#',
  ')',
  ':',
];
const LEADING_WORDS = new Set(['and', 'with', 'plus', 'while', 'also', 'the', 'our', 'a', 'an', 'of', 'which', 'but', 'so']);
/** The metric's name follows these; what comes before is its subject: 支付中心本周健康分 → 健康分. */
const TIME_ADVERBS = ['截至目前', '截止目前', '本周', '本月', '今日', '今天', '目前', '当前', '现在', 'this week', 'currently'];
const CLAUSE_WORDS = [' that ', ' which ', ' where ', ' because ', ' so '];
/** Cheap pre-checks: most labels hold neither. */
const TIME_ADVERB_PRESENT = /截至目前|截止目前|本周|本月|今日|今天|目前|当前|现在|this week|currently/i;
const CLAUSE_WORD_PRESENT = / (?:that|which|where|because|so) /i;
/** English words that are never a label alone: `up from 99.9%`, `vs 12`. */
const NOT_A_LABEL = new Set([
  ...TRAILING_WORDS,
  ...LEADING_WORDS,
  'up',
  'down',
  'vs',
  'versus',
  'compared',
  'than',
  'last',
  'week',
  'previous',
  'previously',
  'prev',
  'and',
  'or',
  'in',
  'on',
  'for',
  'it',
  'we',
  'i',
  'this',
  'that',
  'after',
  'before',
  'almost',
  'more',
  'less',
  'since',
  'within',
  'until',
  'ago',
  'about',
  'around',
  'nearly',
  'marks',
  'another',
  'every',
  'each',
  'some',
  'several',
  'all',
  'then',
  'again',
]);

/** Longest label kept; a longer run of words before a number is a sentence, and its tail names the metric. */
const MAX_LABEL_LENGTH = 40;

export interface LabelSpan {
  text: string;
  start: number;
  end: number;
}

function trimSpaces(t: string, span: { start: number; end: number }): void {
  while (span.start < span.end && isSpace(t[span.start])) span.start++;
  while (span.end > span.start && isSpace(t[span.end - 1])) span.end--;
}

/** Fillers grouped by their last (or first) character, so each strip step is one map lookup. */
function byChar(fillers: readonly string[], pick: (f: string) => string): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const f of [...fillers].sort((a, b) => b.length - a.length)) {
    const list = map.get(pick(f)) ?? [];
    list.push(f);
    map.set(pick(f), list);
  }
  return map;
}
const TRAILING_BY_LAST_CHAR = byChar(TRAILING_FILLER, (f) => f[f.length - 1]);
const LEADING_BY_FIRST_CHAR = byChar(LEADING_FILLER, (f) => f[0]);

function firstWord(t: string, span: { start: number; end: number }): string {
  let k = span.start;
  while (k < span.end && isAsciiLetter(t[k]) && k - span.start < 16) k++;
  return k < span.end && isAsciiLetter(t[k]) ? '' : t.slice(span.start, k).toLowerCase();
}

function stripTrailing(t: string, span: { start: number; end: number }): void {
  for (let round = 0; round < 6; round++) {
    trimSpaces(t, span);
    const filler = TRAILING_BY_LAST_CHAR.get(t[span.end - 1])?.find((f) => isTrailingFiller(t, span, f));
    if (filler && span.end - filler.length > span.start) {
      span.end -= filler.length;
      continue;
    }
    const word = wordBeforeEnd(t, span);
    if (word && TRAILING_WORDS.has(word) && span.end - word.length > span.start) {
      span.end -= word.length;
      // `saving up to 40 MB`: "up to" hedges the number; "up" is no part of the name.
      if (word === 'to' && / up\s*$/i.test(t.slice(Math.max(span.start, span.end - 5), span.end))) span.end = t.lastIndexOf('up', span.end);
      continue;
    }
    return;
  }
}

function isTrailingFiller(t: string, span: { start: number; end: number }, filler: string): boolean {
  const at = span.end - filler.length;
  if (at < span.start || !t.startsWith(filler, at)) return false;
  if (filler[0] === '比' && (t[at - 1] === '环' || t[at - 1] === '同')) return false; // 环比上周 is a growth label
  return !HEDGES.has(filler) || endsWithHedge(t.slice(span.start, span.end), filler); // 最近 keeps its 近
}

function wordBeforeEnd(t: string, span: { start: number; end: number }): string {
  let k = span.end;
  while (k > span.start && isAsciiLetter(t[k - 1])) k--;
  return k > span.start && !isSpace(t[k - 1]) ? '' : t.slice(k, span.end).toLowerCase();
}

function stripLeading(t: string, span: { start: number; end: number }): void {
  for (let round = 0; round < 6; round++) {
    trimSpaces(t, span);
    // Unlike trailing filler, leading filler may empty the label: `导致2个通道…` then names it from after.
    const filler = LEADING_BY_FIRST_CHAR.get(t[span.start])?.find((f) => t.startsWith(f, span.start) && span.start + f.length <= span.end);
    if (filler) {
      span.start += filler.length;
      continue;
    }
    const word = firstWord(t, span);
    if (word && LEADING_WORDS.has(word)) {
      span.start += word.length;
      continue;
    }
    if (t[span.start] === '【') {
      const close = t.indexOf('】', span.start);
      if (close > 0 && close + 1 < span.end) {
        span.start = close + 1;
        continue;
      }
    }
    return;
  }
}

/** Moves the start past the last `marker` when something is left after it. */
function cutAfterLast(t: string, span: { start: number; end: number }, markers: readonly string[], present: RegExp): void {
  if (!present.test(t.slice(span.start, span.end))) return;
  const region = t.slice(span.start, span.end).toLowerCase();
  let best = -1;
  for (const marker of markers) {
    const at = region.lastIndexOf(marker);
    if (at >= 0 && at + marker.length > best && at + marker.length < region.length) best = at + marker.length;
  }
  if (best > 0) span.start += best;
}

function capLength(t: string, span: { start: number; end: number }): void {
  if (span.end - span.start <= MAX_LABEL_LENGTH) return;
  span.start = span.end - MAX_LABEL_LENGTH;
  // Do not start mid-word.
  while (span.start < span.end && isAsciiLetter(t[span.start - 1]) && isAsciiLetter(t[span.start])) span.start++;
}

/** Markdown emphasis and link brackets are not part of a name. */
function displayText(raw: string): string {
  return raw
    .replace(/\*+|~~|[[\]]|\u0000/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

function isOnlyFillerWords(text: string): boolean {
  if (!/[a-z]/i.test(text)) return false;
  const words = text
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter(Boolean);
  return words.length > 0 && /^[a-z\s\p{P}]*$/u.test(text.toLowerCase()) && words.every((w) => NOT_A_LABEL.has(w));
}

/** Words that end a clause's beginning, never a name: `will run on`, `processor and`, `found in the`. */
const FRAGMENT_END_WORDS = new Set([
  'on',
  'in',
  'the',
  'and',
  'or',
  'of',
  'to',
  'under',
  'with',
  'after',
  'from',
  'a',
  'an',
  'by',
  'for',
  'at',
  'than',
  'approximately',
  'are',
  'is',
  'was',
  'were',
  'be',
  'been',
  'will',
  'can',
  'could',
  'would',
  'should',
  'last',
  'several',
  'some',
  'into',
  'onto',
  'via',
  'their',
  'its',
  'our',
  'my',
  'your',
  'them',
  'us',
  'marks',
]);
/** A pronoun that makes the words before a number a sentence: `We are now receiving`, `they already have been`. */
const SUBJECT_START = /^(?:we|i|they|you|he|she)(?:['’](?:ve|re|ll|d))?\s|^(?:this|that|it)\s+[a-z]+s\s/i;
/** A label that starts with a preposition or holds a pronoun is the middle of a sentence: `in a huge speedup in`, `taking them down`. */
const CLAUSE_INSIDE = /^(?:in|on|at|from|to|with|for|by)\s|\s(?:us|them|we|it|they|you|he|she|his|her|their|our)(?:\s|$)/i;
/** Chinese particles and adverbs that leave a phrase unfinished: `修复了`, `给`, `经过`, `在未来`, `首款基于新`. */
const FRAGMENT_END_ZH =
  /(?:了|给|在|将|从|把|被|对|向|经过|于|新|还|已经|未来|就|都|这|那|和|与|及|依然|仍然|上述|也|只需|每套|搭载)$|[/+(]$/;
/** A label that is only a direction (`缩短`, `增加`, `提升`) says how a value moved, not what it is. */
const DIRECTION_ONLY = /^(?:增加|减少|提升|提高|下降|降低|上升|增长|缩短|延长|降至|降到|升至|升到|up|down|rose|fell)$/i;

/** Words before a number that do not name it: the middle of a sentence. */
export function isSentenceFragment(label: string): boolean {
  if (FRAGMENT_END_ZH.test(label) || DIRECTION_ONLY.test(label)) return true;
  const last = /([A-Za-z]+)\W*$/.exec(label)?.[1]?.toLowerCase();
  if (last && /[A-Za-z]\W*$/.test(label) && FRAGMENT_END_WORDS.has(last)) return true;
  return SUBJECT_START.test(label) || CLAUSE_INSIDE.test(label);
}

/**
 * The label inside `t[start, end)` (the words between the previous number or clause start and
 * this number), with filler, list markers, 【】 titles, subjects before 本周/目前 and trailing
 * connectors (为/是/保持/:) removed. Empty when nothing label-like is left.
 */
export function labelBefore(t: string, start: number, end: number): LabelSpan {
  const span = { start, end };
  capLength(t, span);
  stripTrailing(t, span);
  stripLeading(t, span);
  cutAfterLast(t, span, TIME_ADVERBS, TIME_ADVERB_PRESENT);
  cutAfterLast(t, span, CLAUSE_WORDS, CLAUSE_WORD_PRESENT);
  const colon = t.slice(span.start, span.end).lastIndexOf(':');
  // `Factory:RISC-V`, `openEuler:22.03`: a colon inside a name does not introduce anything.
  const at = span.start + colon;
  const insideName = colon >= 0 && /[A-Za-z0-9]/.test(t[at - 1] ?? '') && /[A-Za-z0-9]/.test(t[at + 1] ?? '');
  if (colon >= 0 && !insideName && span.end - span.start - colon > 2) span.start += colon + 1;
  stripLeading(t, span);
  stripTrailing(t, span);
  const text = displayText(t.slice(span.start, span.end));
  if (
    text === '' ||
    CHANGE_FROM.includes(text) ||
    isSentenceFragment(text) ||
    isOnlyFillerWords(text) ||
    isQualifierOnly(text) ||
    /^[\p{P}\p{S}\s]*$/u.test(text)
  )
    return { text: '', start: end, end };
  return { text, start: span.start, end: span.end };
}

/** Longest label read after a number (`2个通道签名失败` → 通道签名失败). */
const MAX_LABEL_AFTER = 12;

/** For a count with nothing before it: the noun phrase right after it, up to the clause end. */
export function labelAfter(t: string, start: number, limit: number): LabelSpan {
  let end = start;
  const stop = Math.min(limit, start + MAX_LABEL_AFTER);
  // `6台unmatched安装debian系统`: a name in Latin letters ends where Chinese begins.
  const latin = isAsciiLetter(t[start]);
  while (end < stop && /[\p{L}]/u.test(t[end]) && t[end] !== '的' && (!latin || isAsciiLetter(t[end]))) end++;
  if (end === stop && isAsciiLetter(t[end]) && isAsciiLetter(t[end - 1])) while (end > start && isAsciiLetter(t[end - 1])) end--;
  const text = displayText(t.slice(start, end));
  return text === '' ? { text: '', start, end: start } : { text, start, end };
}
