// A change stated beside a value belongs to that value: `订阅人数33人（增加1人）`, `1630 USD/month
// (+20.9% over April)`, `90.8% (+1.6pp)`, `访问人数986人，新增152人`. Read as a metric of its own it
// would get a junk label (`(增加`, `/month`, `新增`).
import type { StatedChange } from './types';
import { isDigit, isSpace } from './text';
import { scanPlainNumber } from './numbers';
import { matchUnit } from './units';

const UP_WORDS = ['增加', '增长', '新增', '上升', '提升', '提高', '上涨', '多了', 'up', 'increase', 'increased', 'more'];
const DOWN_WORDS = ['减少', '下降', '降低', '下跌', '少了', 'down', 'decrease', 'decreased', 'fewer', 'less'];
/** Longest stretch from `(` to `)` read as a change: `(+20.9% over September)` fits. */
const MAX_PAREN = 40;

function directionWordAt(t: string, i: number): { sign: number; end: number } | undefined {
  for (const [words, sign] of [
    [UP_WORDS, 1],
    [DOWN_WORDS, -1],
  ] as const) {
    for (const word of words) {
      if (t.startsWith(word, i) && !/[a-z]/i.test(t[i + word.length] ?? '')) return { sign, end: i + word.length };
    }
  }
  return undefined;
}

function skipSpaces(t: string, i: number): number {
  let j = i;
  while (isSpace(t[j]) && j - i < 3) j++;
  return j;
}

/** The signed number (with direction word or sign) at `i`, its unit, and where it ends. */
function signedQuantityAt(
  t: string,
  original: string,
  i: number,
  needsDirection: boolean,
): { change: StatedChange; end: number } | undefined {
  let j = skipSpaces(t, i);
  let sign = 0;
  const word = directionWordAt(t, j);
  if (word) {
    sign = word.sign;
    j = skipSpaces(t, word.end);
  }
  if (t[j] === '+' || t[j] === '-') {
    sign = (sign || 1) * (t[j] === '-' ? -1 : 1);
    j++;
  }
  if (!isDigit(t[j]) || (needsDirection && !word) || sign === 0) return undefined;
  const number = scanPlainNumber(t, original, j);
  const unit = matchUnit(t, number.end, false);
  const measure = unit?.role === 'measure' || unit?.unit.toLowerCase() === 'pp' ? unit : undefined;
  return { change: { value: sign * number.value, unit: measure?.unit ?? '' }, end: measure ? measure.end : number.end };
}

/** `（增加1人）`, `(+20.9% over April)`, `(+1.6pp)` starting at or a few spaces after `i`; `end` is past `)`. */
export function parenthesisedChangeAt(t: string, original: string, i: number): { change: StatedChange; end: number } | undefined {
  // `**1630 USD/month** (+20.9% over April)`: emphasis closing around the value comes first.
  let k = i;
  while ((t[k] === '*' || t[k] === '_') && k - i < 3) k++;
  const open = skipSpaces(t, k);
  if (t[open] !== '(') return undefined;
  const quantity = signedQuantityAt(t, original, open + 1, false);
  if (!quantity) return undefined;
  let close = quantity.end;
  while (close < t.length && t[close] !== ')' && close - open < MAX_PAREN) close++;
  if (t[close] !== ')') return undefined;
  return { change: quantity.change, end: close + 1 };
}

/** `新增152人` right after a clause boundary: a change word and a number, nothing else before it. */
export function isOnlyChangeWord(label: string): boolean {
  const word = directionWordAt(label, 0);
  return word !== undefined && word.end === label.length;
}

export function changeSign(label: string): number {
  return directionWordAt(label, 0)?.sign ?? 1;
}
