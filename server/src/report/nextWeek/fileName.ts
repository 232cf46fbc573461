// Next week's file name in the series' own naming scheme: the week or date in the name moves one
// week on and everything around it (folder, prefix, suffix, extension) stays.
import type { Report } from '../model';
import { addDays, type WeekNumbering } from '../week';
import { reportWeek, shiftFor } from './reportWeek';
import { shiftWeekText } from './weekShift';

function splitPath(fileName: string): { folder: string; base: string; extension: string } {
  const slash = Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\'));
  const folder = fileName.slice(0, slash + 1);
  const name = fileName.slice(slash + 1);
  const dot = name.lastIndexOf('.');
  return dot > 0 ? { folder, base: name.slice(0, dot), extension: name.slice(dot) } : { folder, base: name, extension: '' };
}

/**
 * `2023-W51.md` → `2023-W52.md`, `第51周.md` → `第52周.md`, `2023-12-15.md` → `2023-12-22.md`,
 * `周报-2023-W51.md` → `周报-2023-W52.md`; a folder in front is kept. Undefined when the name holds
 * no week or date to move.
 */
export function nextReportFileName(fileName: string, report: Pick<Report, 'week'>, numbering: WeekNumbering): string | undefined {
  const { folder, base, extension } = splitPath(fileName);
  const shifted = shiftWeekText(base, shiftFor(report, 1, numbering));
  return shifted.changed ? `${folder}${shifted.text}${extension}` : undefined;
}

/**
 * For a file whose name follows no scheme: `<next week's Monday>.md` beside it, a dated name that
 * the series then continues by. Undefined when neither the report nor `today` gives a week.
 */
export function fallbackReportFileName(
  fileName: string,
  report: Pick<Report, 'week'>,
  numbering: WeekNumbering,
  today?: string,
): string | undefined {
  const week = reportWeek(report, numbering, today);
  if (!week) return undefined;
  const { folder, extension } = splitPath(fileName);
  return `${folder}${addDays(week.monday, 7)}${extension || '.md'}`;
}
