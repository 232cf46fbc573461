// What follows a number decides what it is: a unit of measure (`%`, `次`, `mins`, `元`), a date part
// (`年`, `月`, `号`, `am`), part of a name (`0级`, `3期`, `2B`), an ordinal (`3rd`), a multiplier
// (`100倍`) or, in English, a counted noun (`1,234 orders`). One table per script keeps it testable.
import type { MetricKind } from './types';
import { isAsciiLetter, isSpace, wordAt } from './text';

export type UnitRole =
  /** A unit of the metric: `%`, `次`, `min`, `元`, or a bare scale `万`/`k`. */
  | 'measure'
  /** The number is a date or a time of day; the label starts after it. */
  | 'date'
  /** The number is part of a name (`0级报警`, `3期`, `2B`); it stays in the label. */
  | 'identifier'
  /** `1st`, `3rd`: a rank when the label says so, otherwise just an ordinal. */
  | 'ordinal'
  /** `100倍`, `3x`: a comparison, not a measurement (see this folder's README.md). */
  | 'multiplier'
  /** An English word after a space: `1,234 orders` counts orders. */
  | 'noun';

export interface UnitMatch {
  /** As written (half-width); for a noun, the noun. */
  unit: string;
  role: UnitRole;
  kind?: MetricKind;
  /** Offset just past the unit. */
  end: number;
}

type UnitEntry = readonly [text: string, role: UnitRole, kind?: MetricKind];

const CJK_UNITS: readonly UnitEntry[] = [
  ['个百分点', 'measure', 'number'],
  ['百分点', 'measure', 'number'],
  ['毫秒', 'measure', 'duration'],
  ['秒钟', 'measure', 'duration'],
  ['秒', 'measure', 'duration'],
  ['分钟', 'measure', 'duration'],
  ['个小时', 'measure', 'duration'],
  ['小时', 'measure', 'duration'],
  ['个月', 'measure', 'duration'],
  ['个工作日', 'measure', 'duration'],
  ['工作日', 'measure', 'duration'],
  ['人天', 'measure', 'duration'],
  ['人日', 'measure', 'duration'],
  ['人月', 'measure', 'duration'],
  ['天', 'measure', 'duration'],
  ['周', 'measure', 'duration'],
  ['块钱', 'measure', 'money'],
  ['美元', 'measure', 'money'],
  ['港元', 'measure', 'money'],
  ['欧元', 'measure', 'money'],
  ['日元', 'measure', 'money'],
  ['元', 'measure', 'money'],
  ['块', 'measure', 'money'],
  ['人次', 'measure', 'count'],
  ['个', 'measure', 'count'],
  ['次', 'measure', 'count'],
  ['条', 'measure', 'count'],
  ['笔', 'measure', 'count'],
  ['人', 'measure', 'count'],
  ['项目', 'identifier'],
  ['项', 'measure', 'count'],
  ['家', 'measure', 'count'],
  ['台', 'measure', 'count'],
  ['篇', 'measure', 'count'],
  ['件', 'measure', 'count'],
  ['单', 'measure', 'count'],
  ['份', 'measure', 'count'],
  ['例', 'measure', 'count'],
  ['起', 'measure', 'count'],
  ['位', 'measure', 'count'],
  ['套', 'measure', 'count'],
  ['张', 'measure', 'count'],
  ['只', 'measure', 'count'],
  ['支', 'measure', 'count'],
  ['处理器', 'identifier'],
  ['处', 'measure', 'count'],
  ['款', 'measure', 'count'],
  ['场', 'measure', 'count'],
  ['轮', 'measure', 'count'],
  ['封', 'measure', 'count'],
  ['行', 'measure', 'count'],
  ['名', 'measure', 'count'],
  ['户', 'measure', 'count'],
  ['批', 'measure', 'count'],
  ['种', 'measure', 'count'],
  ['类', 'measure', 'count'],
  ['组', 'measure', 'count'],
  ['分支', 'identifier'],
  // Words that begin with a unit's character: `3 支持`, `5 人员`, `2 条件`.
  ['支持', 'identifier'],
  ['人员', 'identifier'],
  ['条件', 'identifier'],
  ['行业', 'identifier'],
  ['行为', 'identifier'],
  ['名称', 'identifier'],
  ['单位', 'identifier'],
  ['场景', 'identifier'],
  ['起来', 'identifier'],
  ['分析', 'identifier'],
  ['分布', 'identifier'],
  ['分享', 'identifier'],
  ['周期', 'identifier'],
  ['周末', 'identifier'],
  ['核心', 'identifier'],
  ['分', 'measure', 'score'],
  ['年代', 'date'],
  ['年度', 'date'],
  ['年', 'date'],
  ['月份', 'date'],
  ['月', 'date'],
  ['日', 'date'],
  ['号线', 'identifier'],
  ['号', 'date'],
  ['点', 'date'],
  ['时', 'date'],
  ['季度', 'date'],
  ['级', 'identifier'],
  ['期', 'identifier'],
  ['版', 'identifier'],
  ['代', 'identifier'],
  ['楼', 'identifier'],
  ['层', 'identifier'],
  ['届', 'identifier'],
  ['栋', 'identifier'],
  ['倍', 'multiplier'],
];

/** Longest first within each first character, so `分钟` wins over `分`, `个月` over `个`. */
const CJK_BY_FIRST_CHAR = new Map<string, UnitEntry[]>();
for (const entry of CJK_UNITS) {
  const list = CJK_BY_FIRST_CHAR.get(entry[0][0]) ?? [];
  list.push(entry);
  list.sort((a, b) => b[0].length - a[0].length);
  CJK_BY_FIRST_CHAR.set(entry[0][0], list);
}

/** Matched case-insensitively; single letters are matched exactly and only right after the digits. */
const ASCII_UNITS = new Map<string, MetricKind>([
  ['percent', 'percent'],
  ['pct', 'percent'],
  ['ms', 'duration'],
  ['msec', 'duration'],
  ['sec', 'duration'],
  ['secs', 'duration'],
  ['second', 'duration'],
  ['seconds', 'duration'],
  ['min', 'duration'],
  ['mins', 'duration'],
  ['minute', 'duration'],
  ['minutes', 'duration'],
  ['hr', 'duration'],
  ['hrs', 'duration'],
  ['hour', 'duration'],
  ['hours', 'duration'],
  ['day', 'duration'],
  ['days', 'duration'],
  ['wk', 'duration'],
  ['wks', 'duration'],
  ['week', 'duration'],
  ['weeks', 'duration'],
  ['month', 'duration'],
  ['months', 'duration'],
  ['yr', 'duration'],
  ['yrs', 'duration'],
  ['year', 'duration'],
  ['years', 'duration'],
  ['times', 'count'],
  ['pcs', 'count'],
  ['pp', 'number'],
  ['qps', 'number'],
  ['tps', 'number'],
  ['rps', 'number'],
  ['kb', 'number'],
  ['mb', 'number'],
  ['gb', 'number'],
  ['tb', 'number'],
  ['kib', 'number'],
  ['mib', 'number'],
  ['gib', 'number'],
  ['tib', 'number'],
  ['fps', 'number'],
  ['pb', 'number'],
  ['usd', 'money'],
  ['cny', 'money'],
  ['rmb', 'money'],
  ['eur', 'money'],
  ['yuan', 'money'],
  ['dollars', 'money'],
  ['pts', 'score'],
  ['points', 'score'],
]);
const ASCII_SINGLE_LETTER_UNITS = new Map<string, MetricKind>([
  ['s', 'duration'],
  ['h', 'duration'],
  ['d', 'duration'],
]);
const ASCII_SCALES = new Set(['k', 'K', 'M', 'w', 'W']);
/** Billions only next to a currency: alone, `2B` is "to business". */
const CURRENCY_SCALES = new Set(['B', 'bn']);
const CJK_SCALES = new Set(['万', '亿', '千']);
const ORDINAL_SUFFIXES = new Set(['st', 'nd', 'rd', 'th']);
const TIME_SUFFIXES = new Set(['am', 'pm']);
const MONTHS = new Set([
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'january',
  'february',
  'march',
  'april',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
]);

export function isMonthName(word: string): boolean {
  return MONTHS.has(word.toLowerCase());
}

function matchCjkUnit(t: string, k: number, scale: string): UnitMatch | undefined {
  for (const [text, role, kind] of CJK_BY_FIRST_CHAR.get(t[k]) ?? []) {
    if (t.startsWith(text, k)) return { unit: scale + text, role, kind, end: k + text.length };
  }
  return undefined;
}

function matchAsciiWord(t: string, k: number, spaced: boolean, scale: string, hasCurrency: boolean): UnitMatch {
  const word = wordAt(t, k);
  const end = k + word.length;
  const lower = word.toLowerCase();
  const known = ASCII_UNITS.get(lower) ?? (spaced ? undefined : ASCII_SINGLE_LETTER_UNITS.get(word));
  if (known) return { unit: scale + word, role: 'measure', kind: known, end };
  if (TIME_SUFFIXES.has(lower) || (spaced && MONTHS.has(lower))) return { unit: word, role: 'date', end };
  // `12 P.M.`, `9 a.m.`: a time of day.
  if ((lower === 'a' || lower === 'p') && t[end] === '.' && (t[end + 1] === 'm' || t[end + 1] === 'M'))
    return { unit: word, role: 'date', end: end + 2 };
  if (lower === 'x') return { unit: word, role: 'multiplier', end };
  if (spaced) return { unit: word, role: 'noun', end };
  if (scale === '' && (ASCII_SCALES.has(word) || (hasCurrency && CURRENCY_SCALES.has(word)))) {
    return { unit: word, role: 'measure', end };
  }
  if (ORDINAL_SUFFIXES.has(lower)) return { unit: word, role: 'ordinal', end };
  return { unit: word, role: 'identifier', end };
}

/**
 * The unit after a number ending at `end`, if any. A few spaces may separate them (`99.9 %`,
 * `45 min`); scales (`万`, `k`) may precede the unit (`1.2万笔`, `3.5万元`).
 */
export function matchUnit(t: string, end: number, hasCurrency: boolean): UnitMatch | undefined {
  if ((t[end] === '-' || t[end] === '_') && isAsciiLetter(t[end + 1])) {
    return { unit: '', role: 'identifier', end }; // `3-day`, `v2_beta`: part of a word
  }
  let k = end;
  while (isSpace(t[k]) && k - end < 3) k++;
  const spaced = k > end;
  if (t[k] === '%') return { unit: '%', role: 'measure', kind: 'percent', end: k + 1 };
  if (t[k] === '\u2030') return { unit: '\u2030', role: 'measure', kind: 'number', end: k + 1 };
  let scale = '';
  if (CJK_SCALES.has(t[k])) {
    scale = t[k];
    k++;
  }
  const cjk = matchCjkUnit(t, k, scale);
  if (cjk) return cjk;
  if (isAsciiLetter(t[k])) {
    const ascii = matchAsciiWord(t, k, spaced && scale === '', scale, hasCurrency);
    // `$12.5k` and `1.2万` are scales alone; a scale followed by a word it does not combine with is a name.
    if (ascii.role === 'measure' || scale === '') return ascii;
  }
  if (scale !== '') return { unit: scale, role: 'measure', end: k };
  return undefined;
}
