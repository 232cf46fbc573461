// Reports give their week in several ways (ISO or first-day week numbers, with or without a year,
// or only a date); ordering them needs one comparable position: the Monday starting the week.
import type { WeekInfo } from '../model';
import { addDays, daysBetween, formatYearWeek, toDate, weekOf, weekStart, type WeekNumbering } from '../week';

/**
 * Where a report's week falls, as a number that counts weeks. `calendar`: weeks since a fixed
 * Monday, comparable across years. `year-less`: only a week number (「第51周」 with no year or date
 * anywhere), comparable only with other year-less weeks, as in a folder of one year's reports.
 */
export interface WeekPosition {
  scale: 'calendar' | 'year-less';
  index: number;
}

const EPOCH_MONDAY = '1970-01-05';

export function weekPosition(info: WeekInfo | undefined, numbering: WeekNumbering): WeekPosition | undefined {
  const monday = weekMonday(info, numbering);
  if (monday) return { scale: 'calendar', index: daysBetween(EPOCH_MONDAY, monday) / 7 };
  const week = info?.week;
  return week !== undefined && Number.isInteger(week) && week >= 1 ? { scale: 'year-less', index: week } : undefined;
}

/** The Monday (`YYYY-MM-DD`) starting the report's week, or undefined when it cannot be placed. */
export function weekMonday(info: WeekInfo | undefined, numbering: WeekNumbering): string | undefined {
  if (!info) return undefined;
  const week = info.week;
  if (week !== undefined && Number.isInteger(week) && week >= 1 && week <= 54) {
    const year = info.year ?? yearForWeek(week, info.date, numbering);
    const monday = year === undefined ? undefined : safeWeekStart(year, week, numbering);
    if (monday) return monday;
  }
  return info.date ? mondayOf(info.date) : undefined;
}

/** How to show the week: `2023-W51`, else `W51`, else the date. */
export function weekLabel(info: WeekInfo | undefined): string | undefined {
  if (!info) return undefined;
  if (info.week !== undefined && info.year !== undefined) return formatYearWeek({ year: info.year, week: info.week });
  if (info.week !== undefined) return `W${String(info.week).padStart(2, '0')}`;
  return info.date;
}

function mondayOf(date: string): string | undefined {
  const d = toDate(date);
  if (!d) return undefined;
  return addDays(date, -((d.getUTCDay() + 6) % 7));
}

// 「第1周」 written on 31 December belongs to the coming year, 「第52周」 written on 2 January
// to the past one: of the date's year and its neighbours, take the one whose week holds the date
// or lies closest to it.
function yearForWeek(week: number, date: string | undefined, numbering: WeekNumbering): number | undefined {
  const yearWeek = date ? weekOf(date, numbering) : undefined;
  if (!date || !yearWeek) return undefined;
  const candidates = [yearWeek.year - 1, yearWeek.year, yearWeek.year + 1];
  const distance = (year: number) => {
    const start = safeWeekStart(year, week, numbering);
    return start ? Math.abs(daysBetween(start, mondayOf(date)!)) : Infinity;
  };
  return candidates.reduce((best, year) => (distance(year) < distance(best) ? year : best));
}

// week.ts works on four-digit years; a typo like 「20233年」 must not reach it.
function safeWeekStart(year: number, week: number, numbering: WeekNumbering): string | undefined {
  if (!Number.isInteger(year) || year < 1001 || year > 9998) return undefined;
  return weekStart(year, week, numbering);
}
