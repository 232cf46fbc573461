// Calendar arithmetic on plain `YYYY-MM-DD` strings in UTC, so results never depend on the
// machine's time zone.

export type WeekNumbering = 'iso' | 'first-day';

export interface YearWeek {
  year: number;
  week: number;
}

const DAY_MS = 86_400_000;

// Dates travel as `YYYY-MM-DD` strings, but arithmetic runs on integer day numbers (days since
// 1970-01-01): the date rules and week detection compare thousands of dates per `check`, and a
// regular expression plus a Date object per comparison was a visible share of it.

/** Days since 1970-01-01 of a valid `YYYY-MM-DD`, else NaN. */
function dayNumber(iso: string): number {
  if (iso.length !== 10 || iso.charCodeAt(4) !== 0x2d || iso.charCodeAt(7) !== 0x2d) return NaN;
  const year = digitsAt(iso, 0, 4);
  const month = digitsAt(iso, 5, 2);
  const day = digitsAt(iso, 8, 2);
  // Date.UTC reads years 0–99 as 1900–1999: those keep the Date path so every answer stays as it was.
  if (year < 100) return legacyDayNumber(iso);
  if (!(month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month))) return NaN;
  return Date.UTC(year, month - 1, day) / DAY_MS;
}

/** The number written with `count` ASCII digits from `from`; NaN on any other character. */
function digitsAt(text: string, from: number, count: number): number {
  let value = 0;
  for (let i = from; i < from + count; i++) {
    const digit = text.charCodeAt(i) - 0x30;
    if (digit < 0 || digit > 9) return NaN;
    value = value * 10 + digit;
  }
  return value;
}

function daysInMonth(year: number, month: number): number {
  if (month !== 2) return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
}

function legacyDayNumber(iso: string): number {
  const d = toDateObject(iso);
  return d ? d.getTime() / DAY_MS : NaN;
}

/** `YYYY-MM-DD` of a day number. */
function formatDay(day: number): string {
  const date = new Date(day * DAY_MS);
  const year = date.getUTCFullYear();
  // toISOString writes years outside 0–9999 with a sign and six digits: those keep its spelling.
  if (!(year >= 0 && year <= 9999)) return formatDate(date);
  return `${String(year).padStart(4, '0')}-${twoDigits(date.getUTCMonth() + 1)}-${twoDigits(date.getUTCDate())}`;
}

function twoDigits(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

function toDateObject(iso: string): Date | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return undefined;
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3] ? d : undefined;
}

export function toDate(iso: string): Date | undefined {
  const day = dayNumber(iso);
  return Number.isNaN(day) ? undefined : new Date(day * DAY_MS);
}

export function formatDate(d: Date): string {
  return d.toISOString().slice(0, 10);
}

export function makeDate(year: number, month: number, day: number): string | undefined {
  if (!Number.isInteger(year) || year < 1000 || year > 9999) return undefined;
  if (!(Number.isInteger(month) && Number.isInteger(day) && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month))) {
    return undefined;
  }
  return `${year}-${twoDigits(month)}-${twoDigits(day)}`;
}

export function addDays(iso: string, days: number): string {
  const day = dayNumber(iso);
  if (Number.isNaN(day)) return iso;
  return formatDay(day + days);
}

export function daysBetween(from: string, to: string): number {
  const a = dayNumber(from);
  const b = dayNumber(to);
  if (Number.isNaN(a) || Number.isNaN(b)) return NaN;
  return Math.round(b - a);
}

/** Days since the Monday on or before a day number (Monday = 0); 1970-01-01 (day 0) was a Thursday. */
function weekdayFromMonday(day: number): number {
  return (((day + 3) % 7) + 7) % 7;
}

/** The calendar year a day number falls in. */
function yearOfDay(day: number): number {
  return new Date(day * DAY_MS).getUTCFullYear();
}

/** ISO 8601: weeks start on Monday; week 1 holds the year's first Thursday. */
export function isoWeek(iso: string): YearWeek | undefined {
  const day = dayNumber(iso);
  if (Number.isNaN(day)) return undefined;
  const thursday = day + 3 - weekdayFromMonday(day);
  const year = yearOfDay(thursday);
  const jan1 = Date.UTC(year, 0, 1) / DAY_MS;
  return { year, week: Math.floor((thursday - jan1) / 7) + 1 };
}

/** The week containing 1 January is week 1 (weeks start on Monday), as many teams and calendars count. */
export function firstDayWeek(iso: string): YearWeek | undefined {
  const day = dayNumber(iso);
  if (Number.isNaN(day)) return undefined;
  const year = yearOfDay(day);
  const jan1 = Date.UTC(year, 0, 1) / DAY_MS;
  const jan1Monday = jan1 - weekdayFromMonday(jan1);
  return { year, week: Math.floor((day - jan1Monday) / 7) + 1 };
}

export function weekOf(iso: string, numbering: WeekNumbering): YearWeek | undefined {
  return numbering === 'iso' ? isoWeek(iso) : firstDayWeek(iso);
}

/** The Monday starting the given week under the given numbering. */
export function weekStart(year: number, week: number, numbering: WeekNumbering = 'iso'): string {
  const jan1 = Date.UTC(year, 0, 1) / DAY_MS;
  const jan1Weekday = weekdayFromMonday(jan1);
  const jan1Monday = jan1 - jan1Weekday;
  // ISO: 1 January on a Friday, Saturday or Sunday lies in the last week of the year before.
  const week1Monday = numbering === 'iso' && jan1Weekday >= 4 ? jan1Monday + 7 : jan1Monday;
  return formatDay(week1Monday + (week - 1) * 7);
}

/** Number of weeks in `year` under the numbering (ISO: 52 or 53; first-day: up to 54). */
export function weeksInYear(year: number, numbering: WeekNumbering = 'iso'): number {
  return numbering === 'iso' ? isoWeek(`${year}-12-28`)!.week : firstDayWeek(`${year}-12-31`)!.week;
}

export function formatYearWeek(yw: YearWeek): string {
  return `${yw.year}-W${String(yw.week).padStart(2, '0')}`;
}

/** The `weeklyReport.weekNumbering` setting: a numbering, or `auto` (chosen per report, see `parse/weekNumberingChoice.ts`). */
export type WeekNumberingSetting = WeekNumbering | 'auto';

/** The Monday (`YYYY-MM-DD`) of the week holding `date`. */
export function mondayOf(date: string): string | undefined {
  const day = dayNumber(date);
  if (Number.isNaN(day)) return undefined;
  return formatDay(day - weekdayFromMonday(day));
}

/**
 * The year a week number written without one belongs to, given a date near it: of the date's
 * week-year and its neighbours, the one whose week of that number starts nearest the date's week
 * (「第1周」 written on 31 December is next year's, 「第52周」 on 2 January last year's). On a tie
 * the date's own week-year wins.
 */
export function yearOfWeekNear(week: number, date: string, numbering: WeekNumbering): number | undefined {
  const near = weekOf(date, numbering);
  const monday = mondayOf(date);
  if (!near || !monday) return undefined;
  const distance = (year: number) => {
    const start = checkedWeekStart(year, week, numbering);
    return start ? Math.abs(daysBetween(start, monday)) : Infinity;
  };
  return [near.year, near.year - 1, near.year + 1].reduce((best, year) => (distance(year) < distance(best) ? year : best));
}

/**
 * Which Monday starts a report's week: the one answer every feature uses (series order, next week's
 * report, the title hover, the date rules). A stated week number counts under `numbering`, in its
 * stated year or the year nearest the report's date; a report with only a date is in that date's week.
 */
export function weekMonday(
  info: { year?: number; week?: number; date?: string } | undefined,
  numbering: WeekNumbering,
): string | undefined {
  if (!info) return undefined;
  const { week, date } = info;
  if (week !== undefined && Number.isInteger(week) && week >= 1 && week <= 54) {
    const year = info.year ?? (date ? yearOfWeekNear(week, date, numbering) : undefined);
    const monday = year === undefined ? undefined : checkedWeekStart(year, week, numbering);
    if (monday) return monday;
  }
  return date ? mondayOf(date) : undefined;
}

// weekStart works on four-digit years; a typo like 「20233年」 must not reach it.
function checkedWeekStart(year: number, week: number, numbering: WeekNumbering): string | undefined {
  if (!Number.isInteger(year) || year < 1001 || year > 9998) return undefined;
  return weekStart(year, week, numbering);
}

/** The numbering a report's week was counted with: the setting, or under `auto` the one chosen for it. */
export function countedNumbering(setting: WeekNumberingSetting, week?: { numbering?: WeekNumbering }): WeekNumbering {
  return setting === 'auto' ? (week?.numbering ?? 'first-day') : setting;
}
