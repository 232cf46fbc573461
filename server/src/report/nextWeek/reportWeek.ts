// Which week a report covers, as one (year, week, Monday) triple the next-week transformation and
// the skeleton completion both count from.
import type { Report } from '../model';
import { weekOf, weekStart, type WeekNumbering, type YearWeek } from '../week';
import type { WeekShift } from './weekShift';

const HALF_YEAR_WEEKS = 26;

export interface ReportWeek {
  year: number;
  week: number;
  /** The week's Monday, `YYYY-MM-DD`. */
  monday: string;
}

/** The report's week from its front matter, title, Created line or file name; else `today`'s week. */
export function reportWeek(report: Pick<Report, 'week'>, numbering: WeekNumbering, today?: string): ReportWeek | undefined {
  const info = report.week;
  if (info?.year !== undefined && info.week !== undefined) {
    return { year: info.year, week: info.week, monday: weekStart(info.year, info.week, numbering) };
  }
  const date = info?.date ?? today;
  const yw = date ? weekOf(date, numbering) : undefined;
  if (!yw) return undefined;
  const week = info?.week ?? yw.week;
  const year = nearestYear(week, yw);
  return { year, week, monday: weekStart(year, week, numbering) };
}

/** A week number stated without a year (`第1周.md`) belongs to the year that puts it nearest the date. */
function nearestYear(week: number, near: YearWeek): number {
  if (week - near.week > HALF_YEAR_WEEKS) return near.year - 1;
  if (near.week - week > HALF_YEAR_WEEKS) return near.year + 1;
  return near.year;
}

/** How to move this report's mentions `weeks` forward. */
export function shiftFor(report: Pick<Report, 'week'>, weeks: number, numbering: WeekNumbering, today?: string): WeekShift {
  const week = reportWeek(report, numbering, today);
  return { weeks, numbering, year: week?.year, referenceDate: report.week?.date ?? week?.monday };
}
