// Calendar arithmetic on plain `YYYY-MM-DD` strings in UTC, so results never depend on the
// machine's time zone.

export type WeekNumbering = 'iso' | 'first-day';

export interface YearWeek {
  year: number;
  week: number;
}

const DAY_MS = 86_400_000;

export function toDate(iso: string): Date | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return undefined;
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3] ? d : undefined;
}

export function formatDate(d: Date): string {
  return d.toISOString().slice(0, 10);
}

export function makeDate(year: number, month: number, day: number): string | undefined {
  if (!Number.isInteger(year) || year < 1000 || year > 9999) return undefined;
  const pad = (n: number) => String(n).padStart(2, '0');
  const iso = `${year}-${pad(month)}-${pad(day)}`;
  return toDate(iso) ? iso : undefined;
}

export function addDays(iso: string, days: number): string {
  const d = toDate(iso);
  if (!d) return iso;
  return formatDate(new Date(d.getTime() + days * DAY_MS));
}

export function daysBetween(from: string, to: string): number {
  const a = toDate(from);
  const b = toDate(to);
  if (!a || !b) return NaN;
  return Math.round((b.getTime() - a.getTime()) / DAY_MS);
}

/** ISO 8601: weeks start on Monday; week 1 holds the year's first Thursday. */
export function isoWeek(iso: string): YearWeek | undefined {
  const d = toDate(iso);
  if (!d) return undefined;
  const dayOfWeek = (d.getUTCDay() + 6) % 7; // Monday = 0
  const thursday = new Date(d.getTime() + (3 - dayOfWeek) * DAY_MS);
  const year = thursday.getUTCFullYear();
  const jan1 = Date.UTC(year, 0, 1);
  return { year, week: Math.floor((thursday.getTime() - jan1) / DAY_MS / 7) + 1 };
}

/** The week containing 1 January is week 1 (weeks start on Monday), as many teams and calendars count. */
export function firstDayWeek(iso: string): YearWeek | undefined {
  const d = toDate(iso);
  if (!d) return undefined;
  const year = d.getUTCFullYear();
  const jan1 = new Date(Date.UTC(year, 0, 1));
  const jan1Monday = jan1.getTime() - ((jan1.getUTCDay() + 6) % 7) * DAY_MS;
  return { year, week: Math.floor((d.getTime() - jan1Monday) / DAY_MS / 7) + 1 };
}

export function weekOf(iso: string, numbering: WeekNumbering): YearWeek | undefined {
  return numbering === 'iso' ? isoWeek(iso) : firstDayWeek(iso);
}

/** The Monday starting the given week under the given numbering. */
export function weekStart(year: number, week: number, numbering: WeekNumbering = 'iso'): string {
  const jan1 = new Date(Date.UTC(year, 0, 1));
  const jan1Monday = jan1.getTime() - ((jan1.getUTCDay() + 6) % 7) * DAY_MS;
  const week1Monday = numbering === 'iso' && isoWeek(formatDate(jan1))!.week !== 1 ? jan1Monday + 7 * DAY_MS : jan1Monday;
  return formatDate(new Date(week1Monday + (week - 1) * 7 * DAY_MS));
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
  const d = toDate(date);
  return d ? addDays(date, -((d.getUTCDay() + 6) % 7)) : undefined;
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
