// Which week a report covers, as one (year, week, Monday) triple the next-week transformation and
// the skeleton completion both count from. The Monday is `week.ts`'s `weekMonday`, the same answer
// the series order and the date rules use.
import type { Report } from '../model';
import { weekMonday, weekOf, yearOfWeekNear, type WeekNumbering } from '../week';
import type { WeekShift } from './weekShift';

export interface ReportWeek {
  year: number;
  week: number;
  /** The week's Monday, `YYYY-MM-DD`. */
  monday: string;
}

/** The report's week from its front matter, title, Created line or file name; else `today`'s week. */
export function reportWeek(report: Pick<Report, 'week'>, numbering: WeekNumbering, today?: string): ReportWeek | undefined {
  const info = report.week;
  const counted = info?.numbering ?? numbering;
  const date = info?.date ?? today;
  const stated = info?.week;
  if (stated !== undefined) {
    // A stated number keeps its own number and year (first-day week 1 may start in December).
    const year = info?.year ?? (date ? yearOfWeekNear(stated, date, counted) : undefined);
    const monday = info?.monday ?? weekMonday({ year, week: stated, date }, counted);
    if (year !== undefined && monday) return { year, week: stated, monday };
  }
  const monday = date ? weekMonday({ date }, counted) : undefined;
  const yw = date ? weekOf(date, counted) : undefined;
  return monday && yw ? { year: yw.year, week: yw.week, monday } : undefined;
}

/** How to move this report's mentions `weeks` forward. */
export function shiftFor(report: Pick<Report, 'week'>, weeks: number, numbering: WeekNumbering, today?: string): WeekShift {
  const week = reportWeek(report, numbering, today);
  return { weeks, numbering: report.week?.numbering ?? numbering, year: week?.year, referenceDate: report.week?.date ?? week?.monday };
}
