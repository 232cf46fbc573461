// Chinese numerals as reports use them for ranks and small counts: 第三, 十二, 两千, 一百零五.

const DIGIT_VALUES: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const SMALL_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const LARGE_UNITS: Record<string, number> = { 万: 10_000, 亿: 100_000_000 };

/** Longest numeral run read; numerals in prose are short and this bounds the work. */
const MAX_NUMERAL_LENGTH = 10;

const NUMERAL_CHARS = new Set([...Object.keys(DIGIT_VALUES), ...Object.keys(SMALL_UNITS), ...Object.keys(LARGE_UNITS)]);

export function isChineseNumeralChar(ch: string | undefined): boolean {
  return ch !== undefined && NUMERAL_CHARS.has(ch);
}

const NUMERAL_CODES = new Set([...NUMERAL_CHARS].map((ch) => ch.charCodeAt(0)));

/** `isChineseNumeralChar` by UTF-16 code unit: a scanner asks without making a string of the character. */
export function isChineseNumeralCode(code: number): boolean {
  return NUMERAL_CODES.has(code);
}

/** Length of the numeral run starting at `start` (0 when none). A run never starts with 万/亿. */
export function chineseNumeralLength(t: string, start: number): number {
  if (!(t[start] in DIGIT_VALUES || t[start] in SMALL_UNITS)) return 0;
  let j = start;
  while (j - start < MAX_NUMERAL_LENGTH && isChineseNumeralChar(t[j])) j++;
  return j - start;
}

/** The value of a numeral such as 三, 十二, 二十, 两千, 一百零五; undefined when malformed. */
export function parseChineseNumeral(numeral: string): number | undefined {
  if (numeral.length === 0 || numeral.length > MAX_NUMERAL_LENGTH) return undefined;
  let total = 0;
  let section = 0;
  let digit: number | undefined;
  for (const ch of numeral) {
    if (ch in DIGIT_VALUES) {
      if (digit !== undefined && digit !== 0 && DIGIT_VALUES[ch] !== 0) return undefined; // 三五: not a number
      digit = DIGIT_VALUES[ch];
    } else if (ch in SMALL_UNITS) {
      section += (digit === undefined ? 1 : digit) * SMALL_UNITS[ch];
      digit = undefined;
    } else if (ch in LARGE_UNITS) {
      total += (section + (digit ?? 0)) * LARGE_UNITS[ch];
      section = 0;
      digit = undefined;
    } else {
      return undefined;
    }
  }
  return total + section + (digit ?? 0);
}
