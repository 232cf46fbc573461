// Reports give their week in several ways (ISO or first-day week numbers, with or without a year,
// or only a date); ordering them needs one comparable position: the Monday starting the week.
import type { WeekInfo } from '../model';
import { daysBetween, formatYearWeek, weekMonday as mondayOfWeek, type WeekNumbering } from '../week';

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

/**
 * The Monday (`YYYY-MM-DD`) starting the report's week, or undefined when it cannot be placed: the
 * Monday the parser settled on (with the numbering it chose), else `week.ts`'s one answer.
 */
export function weekMonday(info: WeekInfo | undefined, numbering: WeekNumbering): string | undefined {
  return info?.monday ?? mondayOfWeek(info, info?.numbering ?? numbering);
}

/** How to show the week: `2023-W51`, else `W51`, else the date. */
export function weekLabel(info: WeekInfo | undefined): string | undefined {
  if (!info) return undefined;
  if (info.week !== undefined && info.year !== undefined) return formatYearWeek({ year: info.year, week: info.week });
  if (info.week !== undefined) return `W${String(info.week).padStart(2, '0')}`;
  return info.date;
}
