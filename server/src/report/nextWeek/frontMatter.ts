// Next week's front matter: `week:` and `date:` (and any other dated value) one week on, `year:`
// following the week across New Year, `previous:` pointing at this week's file.
import type { WeekNumbering } from '../week';
import type { ReportWeek } from './reportWeek';
import { shiftYearWeek, shiftWeekText, type WeekShift } from './weekShift';

const PAIR = /^(\s*)([A-Za-z_][\w-]*)(\s*:\s*)(["']?)(.*?)\4(\s*)$/;

export interface FrontMatterContext {
  shift: WeekShift;
  week?: ReportWeek;
  numbering: WeekNumbering;
  /** This week's file name: `previous:` is set to it. */
  fileName?: string;
}

export function rewriteFrontMatterLine(line: string, context: FrontMatterContext): string {
  const m = PAIR.exec(line);
  if (!m) return line;
  const [, indent, key, colon, quote, value, trailing] = m;
  const next = context.week && shiftYearWeek(context.week, context.shift.weeks, context.numbering);
  const write = (v: string) => `${indent}${key}${colon}${quote}${v}${quote}${trailing}`;
  const name = key.toLowerCase();
  if (name === 'previous' && context.fileName) return write(context.fileName.replace(/^.*[\\/]/, ''));
  if (name === 'week' && /^\d{1,2}$/.test(value) && next) return write(String(next.week).padStart(value.length, '0'));
  if (name === 'year' && /^\d{4}$/.test(value) && next) return write(String(next.year));
  return write(shiftWeekText(value, context.shift).text);
}
