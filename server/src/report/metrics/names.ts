// Numbers that name something instead of measuring it: a version after a product name (`Rust 1.78`,
// `LLVM 14`, `Node 22 upgrade`), a version after "updated to"/更新至, the text of a Markdown link (a
// headline or an app name: `[Graph 89](…)`, `[#32651](…)`), a part or section in parentheses
// (`…（2）`, `grep(1)`), an edition number (`Number: 314`), and a date range written as month.day
// (`从 5.16 到 5.30`). Each check looks at a bounded stretch around the number, so the scan stays linear.
import { isAsciiLetter, isDigit, isSpace, MASK_CHAR } from './text';
import { isCountLabel, isGrowthLabel, isRankLabel, isRateLabel, isScoreLabel } from './labels';

/**
 * Marks every character inside an HTML tag and inside the text of a Markdown link: `[` … `]` followed by `(` or by the
 * masked destination. One pass; an unclosed `[` is forgotten at the next `[`.
 */
const MAX_NESTED_BRACKETS = 4;

export function linkTextMask(t: string): Uint8Array | undefined {
  if (!t.includes('[') && !t.includes('<')) return undefined;
  const inside = new Uint8Array(t.length);
  // Open brackets not yet closed; `[[riscv64] Fix …](…)` nests one inside the link text.
  const opens: number[] = [];
  let tag = -1;
  for (let i = 0; i < t.length; i++) {
    const ch = t[i];
    // `<img src=… width="60%">`: an HTML tag the parser left in the prose; its attributes are no text.
    if (ch === '<' && (isAsciiLetter(t[i + 1]) || t[i + 1] === '/')) tag = i;
    else if (ch === '>' && tag >= 0) {
      inside.fill(1, tag, i);
      tag = -1;
    }
    if (ch === '[') {
      if (opens.length >= MAX_NESTED_BRACKETS) opens.shift();
      opens.push(i);
    } else if (opens.length > 0 && (ch === ']' || ch === MASK_CHAR)) {
      const closesLink = ch === MASK_CHAR || t[i + 1] === '(' || t[i + 1] === MASK_CHAR;
      if (closesLink) {
        inside.fill(1, opens[0], i);
        opens.length = 0;
      } else opens.pop();
    }
  }
  return inside;
}

/** Short English words that are never a product name: `at 12`, `to 3`, `of 40`. */
const NOT_A_NAME = new Set([
  'a',
  'an',
  'the',
  'to',
  'at',
  'of',
  'in',
  'on',
  'by',
  'for',
  'from',
  'with',
  'and',
  'or',
  'is',
  'are',
  'was',
  'were',
  'be',
  'been',
  'has',
  'have',
  'had',
  'than',
  'about',
  'around',
  'over',
  'under',
  'up',
  'down',
  'only',
  'just',
  'nearly',
  'almost',
  'least',
  'most',
  'all',
  'now',
  'still',
  'another',
  'other',
  'every',
  'each',
  'some',
  'plus',
  'minus',
  'vs',
  'versus',
  'per',
  'after',
  'before',
  'within',
  'last',
  'next',
  'first',
  'these',
  'those',
  'reached',
  'reach',
  'hit',
  'hits',
  'remains',
  'remained',
  'stayed',
  'stays',
  'landed',
  'merged',
  'fixed',
  'closed',
  'opened',
  'added',
  'removed',
  'updated',
  'got',
  'get',
  'gets',
  'received',
  'receiving',
  'saw',
  'see',
  'had',
  'total',
  'totals',
  'count',
  'counts',
  'we',
  'they',
  'it',
  'our',
  'their',
  'its',
  'this',
  'that',
  'which',
]);
/** ASCII abbreviations that name a measure, so the number after them is its value: `QPS 1200`, `DAU 5000`. */
const MEASURE_ABBREVIATIONS =
  /^(?:qps|tps|rps|dau|wau|mau|uv|pv|gmv|nps|csat|sla|slo|mttr|mttd|mtbf|kpi|okr|arr|mrr|roi|ctr|cvr|p\d{2,3}|tp\d{2,3}|apdex|score|latency|backlog|budget|headcount|revenue|cost|errors?|alerts?|incidents?|bugs?|tickets?)$/i;

/** The ASCII token (letters, digits, `.`, `-`, `_`) ending at `end`, after at most two spaces; '' when none. */
function asciiTokenBefore(t: string, end: number): { token: string; start: number } {
  let j = end;
  while (j > 0 && isSpace(t[j - 1]) && end - j < 2) j--;
  let k = j;
  while (k > 0 && j - k < 32 && (isAsciiLetter(t[k - 1]) || isDigit(t[k - 1]) || t[k - 1] === '-' || t[k - 1] === '_')) k--;
  return { token: t.slice(k, j), start: k };
}

/**
 * `Rust 1.78`, `LLVM 14`, `K8s 1.16`, `VisionFive 2`, `openEuler 22.03`: a number with no unit right
 * after a name written in Latin letters is the name's version or model number. A label that names a
 * measure (`Total alerts 464`, `QPS 1200`, `NPS 45`, `Backlog: 100`) keeps its number.
 */
export function isNameBeforeNumber(t: string, valueStart: number, label: string): boolean {
  const { token } = asciiTokenBefore(t, valueStart);
  if (!token || !/[a-z]/i.test(token) || (!isAsciiLetter(token[0]) && !/^\d+[a-z]/i.test(token))) return false;
  if (NOT_A_NAME.has(token.toLowerCase()) || MEASURE_ABBREVIATIONS.test(token)) return false;
  // `NixOS 22.05`, `OpenSSL 3`, `iOS 17`: a capital after the first letter spells a name, never a plural.
  if (/^[A-Za-z]+[A-Z][a-z]*[A-Z]?[a-z]*$/.test(token) && /[a-z]/.test(token) && /[A-Z]/.test(token.slice(1))) return true;
  // Rates and growth are asked of the name alone: `Migrated` holds "rate", `LLVM` is no rate.
  return !(isCountLabel(label) || isScoreLabel(label) || isRankLabel(label) || isRateLabel(token) || isGrowthLabel(token));
}

/** `updated to 2.41`, `bumped to`, `更新至 643`, `升级到`: what follows is a version. */
const UPDATED_TO =
  /(?:(?:updated?|updating|upgraded?|upgrading|bumped?|bumping|rebased?|moved|released?|migrated?|change[ds]?|set)\s+(?:[\w.+-]+\s+){0,3}to(?:\s+the)?|更新至|更新到|升级至|升级到|升至|更新为|升级为)\s*$/i;
const MAX_UPDATED_TO = 48;

export function followsUpdateVerb(t: string, valueStart: number): boolean {
  return UPDATED_TO.test(t.slice(Math.max(0, valueStart - MAX_UPDATED_TO), valueStart));
}

/** `（2）`, `(3)`, `grep(1)`: a bare integer alone in parentheses is a part, a footnote or a section. */
export function isParenthesisedInteger(t: string, valueStart: number, numberEnd: number, decimals: number): boolean {
  return decimals === 0 && t[valueStart - 1] === '(' && t[numberEnd] === ')';
}

const QUOTE_PAIRS: Record<string, string> = { '"': '"', "'": "'", '\u201c': '\u201d', '\u2018': '\u2019', '\u300c': '\u300d' };

/** `替换“8”`, `'0'`, `\0`: a number quoted or escaped is a literal, not a quantity. */
export function isLiteral(t: string, valueStart: number, numberEnd: number): boolean {
  const open = t[valueStart - 1];
  if (open === '\\') return true;
  return open !== undefined && QUOTE_PAIRS[open] !== undefined && t[numberEnd] === QUOTE_PAIRS[open];
}

/** `Number: 314`, `Issue 12`, `编号 88`, `期号：88`: a label that says the number is an identifier. */
const IDENTIFIER_LABEL =
  /(?:^|\s)(?:number|no|nr|issue|edition|volume|vol|id|ref|version|release|upgrade|update)$|(?:编号|期号|期数|序号|版本号?|版号|升级|更新)$/i;

export function isIdentifierLabel(label: string): boolean {
  return IDENTIFIER_LABEL.test(label.trim());
}

/** `5.16`, `12.31`: a month and a day, as Chinese prose writes dates. */
export function looksLikeMonthDay(raw: string): boolean {
  const match = /^(\d{1,2})\.(\d{1,2})$/.exec(raw);
  if (!match) return false;
  const month = Number(match[1]);
  const day = Number(match[2]);
  return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

/** `01`, `007`: an integer written with a leading zero is a sequence number (`系列 - 01`, `第02课`). */
export function hasLeadingZero(raw: string): boolean {
  return raw.length > 1 && raw[0] === '0' && /^\d+$/.test(raw);
}

/** `20200213`: eight digits that read as a valid date. */
export function isCompactDate(raw: string): boolean {
  const match = /^((?:19|20)\d\d)(\d\d)(\d\d)$/.exec(raw);
  if (!match) return false;
  const month = Number(match[2]);
  const day = Number(match[3]);
  return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

/**
 * `UTC+8`, `C++23`, `HTTP/2`, `OS/2`, `FT2000/64`: a number glued by `+` or `/` to a name before it is
 * part of the name.
 */
export function isGluedToName(t: string, d: number): boolean {
  const joiner = t[d - 1];
  if (joiner !== '+' && joiner !== '/') return false;
  const before = t[d - 2] ?? '';
  return isAsciiLetter(before) || (joiner === '+' && before === '+') || (joiner === '/' && isDigit(before) && isAsciiLetter(t[d - 3]));
}

/**
 * `系列报告-01-初次接触`, `- 02 RISC-V介绍 -`: a number between dashes is a part of a title. A minus
 * sign is followed by the number and then something else, never by another dash.
 */
export function isBetweenDashes(t: string, valueStart: number, numberEnd: number): boolean {
  if (t[valueStart] !== '-' && t[valueStart - 1] !== '-' && !(isSpace(t[valueStart - 1]) && t[valueStart - 2] === '-')) return false;
  let j = numberEnd;
  while (isSpace(t[j]) && j - numberEnd < 2) j++;
  return t[j] === '-' && !isDigit(t[j + 1]);
}

/**
 * `玄铁910芯片`, `学习笔记67 clang-tidy`, `视频：13 方舟编译器`: a unitless number between Chinese words,
 * running on into more words, is a model or an episode number. A Chinese value ends its clause or takes a unit.
 */
export function runsIntoWords(t: string, valueStart: number, numberEnd: number): boolean {
  const next = t[numberEnd] ?? '';
  // `2203仓库`, `22.09的镜像`: glued to the words after it. Particles after a quantity do not count.
  if (/[\u4e00-\u9fff]/.test(next) && !AFTER_QUANTITY.has(next)) return true;
  // `缺陷报告1:`, `主题2：`: a number that introduces what follows numbers an item.
  if (next === ':' && !isDigit(t[numberEnd + 1])) return true;
  // `视频：13 方舟编译器`, `的 2203 Epol 仓库`: Chinese words on both sides.
  let b = valueStart - 1;
  while (b >= 0 && (isSpace(t[b]) || t[b] === ':') && valueStart - b < 4) b--;
  if (!/[\u4e00-\u9fff]/.test(t[b] ?? '')) return false;
  const after = isSpace(next) ? t[numberEnd + 1] : next;
  return /[\u4e00-\u9fffA-Za-z]/.test(after ?? '') && !AFTER_QUANTITY.has(after ?? '');
}
/** Characters that may follow a Chinese quantity without naming anything: 以上, 左右, 及, 到. */
const AFTER_QUANTITY = new Set([
  '以',
  '左',
  '上',
  '下',
  '余',
  '多',
  '及',
  '和',
  '与',
  '或',
  '到',
  '至',
  '、',
  '。',
  '，',
  '；',
  '起',
  '增',
  '减',
  '降',
  '升',
  '提',
  '变',
]);

/** `32位`, `64 位`, `128位`: a word size in bits, not a count of people (`3位同学`). */
export function isBitWidth(value: number, unit: string): boolean {
  return unit === '位' && [8, 16, 32, 64, 128].includes(value);
}

/** Words that name a measure, so a decimal after them is a value (`人均产出 2.5`, `Apdex 0.94`, `负载均值 3.5`). */
const MEASURE_WORD_ZH = /(?:数|量|率|值|比|分|度|均|额|长|时|耗|重|速|距|积|价|费|本|金|润|入|出|差|幅|占|效)$/;

/**
 * `Glibc … branch to 2.37`, `rust to 1.60`, `eclipse 在4.11上`: a decimal with no unit whose label names
 * no measure is a version. A measure's label (`Apdex`, `score`, `成功率`, `人均产出`) or a colon keeps it.
 */
export function isBareDecimalVersion(label: string, decimals: number, introduced: boolean): boolean {
  if (decimals === 0 || introduced) return false;
  const trimmed = label.trim();
  if (MEASURE_WORD_ZH.test(trimmed) || MEASURE_ABBREVIATIONS.test(trimmed.split(/\s+/).pop() ?? '')) return false;
  return !(isCountLabel(trimmed) || isScoreLabel(trimmed) || isRankLabel(trimmed) || isRateLabel(trimmed) || isGrowthLabel(trimmed));
}
