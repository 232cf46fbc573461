// Approximate quantities: `30余笔`, `30多个`, `100+ orders` carry their modifier between the number
// and its unit; `约140笔`, `~140`, `about 140` carry it before the number. Either way the number is
// one value, and the words that hedge it are never its label.
import { isClauseBoundary, isDigit, isSpace } from './text';
import { matchUnit } from './units';

/** After the digits, before the unit: 余/多 (Chinese), `+` (`100+`). */
const SUFFIX_MODIFIERS = new Set(['余', '多', '+']);
/** After `+`, what may not follow for it to be a modifier rather than arithmetic or a name (`1+1`, `C++`). */
const NOT_AFTER_PLUS = /[0-9+=\-./]/;

/**
 * Offset just past an approximation modifier at `end` (`30余笔` → past 余), or `end` itself when
 * there is none. 余/多 count only before a unit, a scale, a date part or the end of the clause:
 * `3多云` keeps its 多.
 */
export function approximateSuffixEnd(t: string, end: number): number {
  const ch = t[end];
  if (ch === undefined || !SUFFIX_MODIFIERS.has(ch)) return end;
  const next = end + 1;
  if (ch === '+') return next >= t.length || !NOT_AFTER_PLUS.test(t[next]) ? next : end;
  if (next >= t.length || isClauseBoundary(t, next) || isSpace(t[next])) return next;
  const unit = matchUnit(t, next, false);
  return unit !== undefined && unit.role !== 'noun' && unit.role !== 'identifier' ? next : end;
}

/** Chinese words that hedge the number right after them; longest first where one contains another. */
export const APPROXIMATION_WORDS_ZH = [
  '差不多',
  '大约',
  '大概',
  '约为',
  '将近',
  '接近',
  '超过',
  '多达',
  '高达',
  '不到',
  '不足',
  '至少',
  '最多',
  '最少',
  '约',
  '近',
  '逾',
  '超',
];
/** Say "in total" and name nothing themselves: `共计140笔交易` is named by what follows. */
export const TOTAL_WORDS_ZH = ['共计', '总共', '一共', '合计', '总计', '累计', '共'];
export const APPROXIMATION_WORDS_EN = [
  'about',
  'around',
  'approximately',
  'approx',
  'roughly',
  'nearly',
  'almost',
  'over',
  'under',
  'some',
];

/** Words ending in 近 or 超 that are not hedges (最近3天, 附近2家). */
const NOT_A_HEDGE = /(?:最|附|临|邻|靠|亲|赶)近$|(?:高|赶)超$/;

/** Whether a hedge word at the end of `text` really is one, and not the end of a longer word. */
export function endsWithHedge(text: string, word: string): boolean {
  return text.endsWith(word) && !NOT_A_HEDGE.test(text);
}

/** A time window before a duration (`最近3天`) names no measure either. */
const TIME_WINDOW_WORDS = ['最近', '过去', '近期'];
const QUALIFIER_ONLY = new RegExp(
  `^(?:${[...TIME_WINDOW_WORDS, ...APPROXIMATION_WORDS_ZH, ...TOTAL_WORDS_ZH, '有', '为', '是', '了', '~', '≈', '\\s'].join('|')})+$`,
);

/** A label made only of hedges, "in total" and time-window words (`约`, `共计约`, `最近`): it names nothing. */
export function isQualifierOnly(label: string): boolean {
  return QUALIFIER_ONLY.test(label);
}

const HEDGE_BEFORE = new RegExp(
  `(?:${APPROXIMATION_WORDS_ZH.join('|')}|[~≈]|\\b(?:${APPROXIMATION_WORDS_EN.join('|')}|more than|less than|up to|at least))\\s*$`,
  'i',
);
/** How far back a hedge before the number is looked for. */
const MAX_HEDGE_REACH = 16;

/** `约140`, `~140`, `about 140`: the words right before `valueStart` (not before `floor`) hedge it. */
export function isHedgedBefore(t: string, floor: number, valueStart: number): boolean {
  const before = t.slice(Math.max(floor, valueStart - MAX_HEDGE_REACH), valueStart);
  if (before.endsWith('~') && isDigit(before[before.length - 2])) return false; // 3~5: a range
  const match = HEDGE_BEFORE.exec(before);
  return match !== null && endsWithHedge(before.slice(0, match.index + match[0].trimEnd().length), match[0].trim());
}
