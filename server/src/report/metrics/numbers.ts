// Reading the digits of one number, and recognising when it is only a piece of something larger
// that is not a quantity: a date (12/26, 2023-12-16, 12.12-12.20), a time (15:36), a version (1.2.3).
import { isDigit, isSpace } from './text';

export interface PlainNumber {
  start: number;
  end: number;
  /** Unsigned value. */
  value: number;
  decimals: number;
  /** Written with thousands separators (1,234). */
  grouped: boolean;
}

export type NumberToken =
  | ({ shape: 'plain' } & PlainNumber)
  /** `a/b` of two plain integers: a date, a decade pair, or a fraction when a percentage is beside it. */
  | { shape: 'slash'; start: number; end: number; numerator: PlainNumber; denominator: PlainNumber }
  /** Numbers joined by `.:/-~` without spaces: dates, times, ranges, versions. */
  | { shape: 'compound'; start: number; end: number };

/**
 * Digits at `start` with optional thousands groups and decimals. `t` is the half-width text; only a
 * comma written as ASCII in `original` groups thousands (a full-width `，` separates clauses).
 */
export function scanPlainNumber(t: string, original: string, start: number): PlainNumber {
  let j = start;
  while (isDigit(t[j])) j++;
  let grouped = false;
  if (j - start <= 3) {
    while (original[j] === ',' && isDigit(t[j + 1]) && isDigit(t[j + 2]) && isDigit(t[j + 3]) && !isDigit(t[j + 4])) {
      j += 4;
      grouped = true;
    }
    // `170 000 lines`: one space between groups of three, as English and French typography write it.
    while (
      !grouped &&
      original[j] === ' ' &&
      isDigit(t[j + 1]) &&
      isDigit(t[j + 2]) &&
      isDigit(t[j + 3]) &&
      !isDigit(t[j + 4]) &&
      t[j + 4] !== '.' &&
      t[j + 4] !== '/'
    ) {
      j += 4;
      grouped = true;
    }
  }
  let decimals = 0;
  if (t[j] === '.' && isDigit(t[j + 1])) {
    let k = j + 1;
    while (isDigit(t[k])) k++;
    decimals = k - j - 1;
    j = k;
  }
  return { start, end: j, value: Number(t.slice(start, j).replace(/[, ]/g, '')), decimals, grouped };
}

function joinsNumbers(t: string, i: number): boolean {
  const ch = t[i];
  return (ch === '.' || ch === ':' || ch === '/' || ch === '-' || ch === '~') && isDigit(t[i + 1]);
}

export function scanNumber(t: string, original: string, start: number): NumberToken {
  const first = scanPlainNumber(t, original, start);
  if (!joinsNumbers(t, first.end)) return { shape: 'plain', ...first };
  if (t[first.end] === '/' && first.decimals === 0 && !first.grouped) {
    const second = scanPlainNumber(t, original, first.end + 1);
    if (second.decimals === 0 && !second.grouped && !joinsNumbers(t, second.end)) {
      return { shape: 'slash', start, end: second.end, numerator: first, denominator: second };
    }
  }
  let j = first.end;
  while (joinsNumbers(t, j)) j = scanPlainNumber(t, original, j + 1).end;
  return { shape: 'compound', start, end: j };
}

function skipSpaces(t: string, i: number): number {
  let j = i;
  while (isSpace(t[j]) && j - i < 3) j++;
  return j;
}

export interface ParenFraction {
  numerator: PlainNumber;
  denominator: PlainNumber;
  /** Just past the closing parenthesis. */
  end: number;
}

/** `(16/24)`, `（16 / 24）` or `(16 of 24)` starting at or a few spaces after `i`. */
export function parenFractionAt(t: string, original: string, i: number): ParenFraction | undefined {
  let j = skipSpaces(t, i);
  if (t[j] !== '(') return undefined;
  j = skipSpaces(t, j + 1);
  if (!isDigit(t[j])) return undefined;
  const numerator = scanPlainNumber(t, original, j);
  j = skipSpaces(t, numerator.end);
  if (t[j] === '/') j++;
  else if (t.startsWith('of ', j)) j += 2;
  else return undefined;
  j = skipSpaces(t, j);
  if (!isDigit(t[j])) return undefined;
  const denominator = scanPlainNumber(t, original, j);
  j = skipSpaces(t, denominator.end);
  if (t[j] !== ')' || numerator.decimals > 0 || denominator.decimals > 0) return undefined;
  return { numerator, denominator, end: j + 1 };
}

export interface ParenPercent {
  number: PlainNumber;
  /** -1 or 1. */
  sign: number;
  /** Where the sign or the digits start. */
  start: number;
  /** Just past `%`. */
  percentEnd: number;
  /** Just past the closing parenthesis. */
  end: number;
}

/** `(67%)` or `（67%）` starting at or a few spaces after `i`: the percentage of a fraction before it. */
export function parenPercentAt(t: string, original: string, i: number): ParenPercent | undefined {
  let j = skipSpaces(t, i);
  if (t[j] !== '(') return undefined;
  j = skipSpaces(t, j + 1);
  const start = j;
  const sign = t[j] === '-' ? -1 : 1;
  if (t[j] === '-' || t[j] === '+') j++;
  if (!isDigit(t[j])) return undefined;
  const number = scanPlainNumber(t, original, j);
  j = skipSpaces(t, number.end);
  if (t[j] !== '%') return undefined;
  const percentEnd = j + 1;
  j = skipSpaces(t, percentEnd);
  if (t[j] !== ')') return undefined;
  return { number, sign, start, percentEnd, end: j + 1 };
}

/**
 * `245 / 255 (96.07%)`: a fraction written with spaces around its slash and its percentage after it.
 * (`16/24（67%）` without spaces is a slash token already.)
 */
export function spacedFractionPercent(
  t: string,
  original: string,
  numerator: PlainNumber,
): { denominator: PlainNumber; percent: ParenPercent } | undefined {
  if (numerator.decimals > 0 || !isSpace(t[numerator.end])) return undefined;
  let j = skipSpaces(t, numerator.end);
  if (t[j] !== '/') return undefined;
  j = skipSpaces(t, j + 1);
  if (!isDigit(t[j])) return undefined;
  const denominator = scanPlainNumber(t, original, j);
  if (denominator.decimals > 0) return undefined;
  const percent = parenPercentAt(t, original, denominator.end);
  return percent ? { denominator, percent } : undefined;
}
