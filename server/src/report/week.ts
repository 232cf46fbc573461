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
  const week1Monday =
    numbering === 'iso' && isoWeek(formatDate(jan1))!.week !== 1 ? jan1Monday + 7 * DAY_MS : jan1Monday;
  return formatDate(new Date(week1Monday + (week - 1) * 7 * DAY_MS));
}

/** Number of weeks in `year` under the numbering (ISO: 52 or 53; first-day: up to 54). */
export function weeksInYear(year: number, numbering: WeekNumbering = 'iso'): number {
  return numbering === 'iso' ? isoWeek(`${year}-12-28`)!.week : firstDayWeek(`${year}-12-31`)!.week;
}

export function formatYearWeek(yw: YearWeek): string {
  return `${yw.year}-W${String(yw.week).padStart(2, '0')}`;
}
