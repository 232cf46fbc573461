// Moving the week and date mentions in a piece of text (a title, a file name, a Created line, a
// front matter value) forward by whole weeks, each kept in the format it was written in:
// `2023-W52` → `2024-W01`, `第五十一周` → `第五十二周`, `2023年12月29日` → `2024年1月5日`.
import { parseChineseNumeral, toHalfWidth } from '../text';
import { addDays, daysBetween, makeDate, weekOf, weekStart, type WeekNumbering, type YearWeek } from '../week';

export interface WeekShift {
  /** Whole weeks to move forward (1: next week); dates move by 7 days per week. */
  weeks: number;
  numbering: WeekNumbering;
  /** The year a week number written without one (`第51周`, `week-51`) belongs to. */
  year?: number;
  /** A date inside the text's week: dates written without a year (`12.11-12.15`) are read near it. */
  referenceDate?: string;
}

interface Replacement {
  start: number;
  end: number;
  text: string;
}

const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const MONTH_WORD = '(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)([a-z]*)(\\.?)';

/** Weeks per year when a week number has no year to count in: most years have 52. */
const WEEKS_WITHOUT_YEAR = 52;

/**
 * The week `weeks` after `from`. Counted from the week's Sunday, so under first-day numbering the
 * week holding 1 January is called week 1 of the new year, as that numbering defines it.
 */
export function shiftYearWeek(from: YearWeek, weeks: number, numbering: WeekNumbering): YearWeek {
  const sunday = addDays(weekStart(from.year, from.week, numbering), 7 * weeks + 6);
  return weekOf(sunday, numbering) ?? from;
}

function shiftWeekNumber(week: number, year: number | undefined, shift: WeekShift): YearWeek | { week: number; year?: undefined } {
  if (year !== undefined) return shiftYearWeek({ year, week }, shift.weeks, shift.numbering);
  return { week: ((((week - 1 + shift.weeks) % WEEKS_WITHOUT_YEAR) + WEEKS_WITHOUT_YEAR) % WEEKS_WITHOUT_YEAR) + 1 };
}

/** The text with every recognised week and date mention moved; `changed` false when none was found. */
export function shiftWeekText(text: string, shift: WeekShift): { text: string; changed: boolean } {
  const t = toHalfWidth(text);
  const found: Replacement[] = [];
  for (const finder of FINDERS) {
    for (const replacement of finder(t, shift)) {
      if (!found.some((r) => r.start < replacement.end && replacement.start < r.end)) found.push(replacement);
    }
  }
  if (!found.length) return { text, changed: false };
  found.sort((a, b) => b.start - a.start);
  let out = text;
  for (const r of found) out = out.slice(0, r.start) + r.text + out.slice(r.end);
  return { text: out, changed: true };
}

type Finder = (t: string, shift: WeekShift) => Replacement[];

function each(pattern: RegExp, t: string, replace: (m: RegExpExecArray) => string | undefined): Replacement[] {
  const out: Replacement[] = [];
  for (const m of t.matchAll(pattern)) {
    const text = replace(m as RegExpExecArray);
    if (text !== undefined) out.push({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, text });
  }
  return out;
}

/** Zero-padded when the author padded: `01`, or a two-digit field in a numeric date format. */
function pad(value: number, written: string, padTwoDigits: boolean): string {
  const padded = written.startsWith('0') || (padTwoDigits && written.length === 2);
  return padded ? String(value).padStart(written.length, '0') : String(value);
}

function dateParts(iso: string): [number, number, number] {
  return iso.split('-').map(Number) as [number, number, number];
}

const numericDate: Finder = (t, shift) =>
  each(/(?<!\d)(\d{4})(\s*[-./_年]\s*)(\d{1,2})(\s*[-./_月]\s*)(\d{1,2})(?!\d)/g, t, (m) => {
    const [, y, sep1, mo, sep2, d] = m;
    const chinese = sep1.trim() === '年';
    if (chinese !== (sep2.trim() === '月') || (!chinese && sep1 !== sep2)) return undefined;
    const date = makeDate(+y, +mo, +d);
    if (!date) return undefined;
    const [ny, nm, nd] = dateParts(addDays(date, 7 * shift.weeks));
    return `${ny}${sep1}${pad(nm, mo, !chinese)}${sep2}${pad(nd, d, !chinese)}`;
  });

const compactDate: Finder = (t, shift) =>
  each(/(?<!\d)(\d{4})(\d{2})(\d{2})(?!\d)/g, t, (m) => {
    const date = makeDate(+m[1], +m[2], +m[3]);
    return date ? addDays(date, 7 * shift.weeks).replace(/-/g, '') : undefined;
  });

function monthName(index: number, written: string, rest: string): string {
  const full = MONTH_NAMES[index];
  const name = rest.length > 0 ? full : full.slice(0, 3);
  if (written === written.toUpperCase()) return name.toUpperCase();
  if (written === written.toLowerCase()) return name.toLowerCase();
  return name;
}

function shiftNamedDate(y: string, monthWord: string, rest: string, day: string, shift: WeekShift) {
  const month = MONTH_NAMES.findIndex((n) => n.slice(0, 3).toLowerCase() === monthWord.toLowerCase());
  const date = makeDate(+y, month + 1, +day);
  if (!date) return undefined;
  const [ny, nm, nd] = dateParts(addDays(date, 7 * shift.weeks));
  return { year: String(ny), month: monthName(nm - 1, monthWord, rest), day: pad(nd, day, false) };
}

const monthDayYear: Finder = (t, shift) =>
  each(new RegExp(`\\b${MONTH_WORD}(\\s+)(\\d{1,2})(,?\\s+)(\\d{4})\\b`, 'gi'), t, (m) => {
    const [, word, rest, dot, space, day, comma, y] = m;
    const next = shiftNamedDate(y, word, rest, day, shift);
    return next && `${next.month}${dot}${space}${next.day}${comma}${next.year}`;
  });

const dayMonthYear: Finder = (t, shift) =>
  each(new RegExp(`\\b(\\d{1,2})(\\s+)${MONTH_WORD}(\\s+)(\\d{4})\\b`, 'gi'), t, (m) => {
    const [, day, space, word, rest, dot, space2, y] = m;
    const next = shiftNamedDate(y, word, rest, day, shift);
    return next && `${next.day}${space}${next.month}${dot}${space2}${next.year}`;
  });

/** The date `month/day` nearest to the reference date, so `12.29` read in early January is last year's. */
function nearestDate(month: number, day: number, reference: string): string | undefined {
  const year = +reference.slice(0, 4);
  const candidates = [year - 1, year, year + 1].map((y) => makeDate(y, month, day)).filter((d): d is string => d !== undefined);
  return candidates.sort((a, b) => Math.abs(daysBetween(reference, a)) - Math.abs(daysBetween(reference, b)))[0];
}

/** `12.11-12.15`, `12/11~12/15`, `12月11日-12月15日`: a range without a year, read near the reference date. */
const monthDayRange: Finder = (t, shift) =>
  each(/(?<![\d./])(\d{1,2})([./月])(\d{1,2})(日?)(\s*[-~～—–至到]\s*)(\d{1,2})([./月])(\d{1,2})(日?)(?![\d./])/g, t, (m) => {
    const reference = shift.referenceDate;
    if (!reference) return undefined;
    const [, m1, sep1, d1, day1, dash, m2, sep2, d2, day2] = m;
    const from = nearestDate(+m1, +d1, reference);
    const to = from && nearestDate(+m2, +d2, from);
    if (!from || !to) return undefined;
    const write = (iso: string, mo: string, sep: string, d: string, daySuffix: string) => {
      const [, nm, nd] = dateParts(addDays(iso, 7 * shift.weeks));
      return `${pad(nm, mo, sep !== '月')}${sep}${pad(nd, d, sep !== '月')}${daySuffix}`;
    };
    return `${write(from, m1, sep1, d1, day1)}${dash}${write(to, m2, sep2, d2, day2)}`;
  });

const yearWeek: Finder = (t, shift) =>
  each(/(?<!\d)(\d{4})(\s*[-_ ]?\s*)([Ww])(\d{1,2})(?!\d)/g, t, (m) => {
    const [, y, sep, w, week] = m;
    const next = shiftYearWeek({ year: +y, week: +week }, shift.weeks, shift.numbering);
    return `${next.year}${sep}${w}${String(next.week).padStart(week.length, '0')}`;
  });

const chineseWeek: Finder = (t, shift) =>
  each(/(?:(\d{4})(\s*年\s*))?第(\s*)(\d{1,2}|[零一二三四五六七八九十]{1,4})(\s*)周/g, t, (m) => {
    const [, y, yearSep, space1, written, space2] = m;
    const week = /^\d+$/.test(written) ? +written : parseChineseNumeral(written);
    if (week === undefined || week < 1 || week > 54) return undefined;
    const next = shiftWeekNumber(week, y ? +y : shift.year, shift);
    const number = /^\d+$/.test(written) ? pad(next.week, written, false) : chineseNumeral(next.week);
    const year = y && next.year !== undefined ? `${next.year}${yearSep}` : '';
    return `${year}第${space1}${number}${space2}周`;
  });

const englishWeek: Finder = (t, shift) =>
  each(/\b(week|wk)(\s*[-_#]?\s*)(\d{1,2})(?!\d)/gi, t, (m) => {
    const [, word, sep, week] = m;
    if (+week < 1 || +week > 54) return undefined;
    return `${word}${sep}${pad(shiftWeekNumber(+week, shift.year, shift).week, week, false)}`;
  });

const bareWeek: Finder = (t, shift) =>
  each(/(?<![A-Za-z0-9])W(\d{1,2})(?![\d.])/g, t, (m) => {
    if (+m[1] < 1 || +m[1] > 54) return undefined;
    return `W${pad(shiftWeekNumber(+m[1], shift.year, shift).week, m[1], false)}`;
  });

/** Earlier finders win where matches overlap: full dates before week numbers. */
const FINDERS: Finder[] = [
  numericDate,
  compactDate,
  monthDayYear,
  dayMonthYear,
  monthDayRange,
  yearWeek,
  chineseWeek,
  englishWeek,
  bareWeek,
];

const CHINESE_DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1 → 一, 10 → 十, 12 → 十二, 52 → 五十二: week numbers only, so below 100. */
export function chineseNumeral(n: number): string {
  if (n < 10) return CHINESE_DIGITS[n];
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : CHINESE_DIGITS[tens]}十${ones ? CHINESE_DIGITS[ones] : ''}`;
}
