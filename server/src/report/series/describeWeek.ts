// What the hover on a report's title says: which week and which dates the report was read as, and
// where that came from, so a reader sees at once why "last week" or a date warning is what it is.
import type { WeekInfo } from '../model';
import type { Locale } from '../base/locale';
import { message } from '../i18n';
import { addDays, weekOf, type WeekNumberingSetting } from '../week';
import { weekLabel } from './weekPosition';

/** Markdown lines; undefined when the report's week is unknown. */
export function describeWeek(week: WeekInfo | undefined, setting: WeekNumberingSetting, locale: Locale): string[] | undefined {
  if (!week?.monday) return undefined;
  const numbering = week.numbering ?? (setting === 'auto' ? 'first-day' : setting);
  const yw = weekOf(week.monday, numbering);
  const label =
    week.year !== undefined && week.week !== undefined ? weekLabel(week) : yw ? weekLabel({ ...yw, source: week.source }) : undefined;
  const lines = [
    message(locale, 'weekReadAs', { label: label ?? '', numbering, monday: week.monday, sunday: addDays(week.monday, 6) }),
    message(locale, 'weekReadFrom', { source: week.source, date: week.date }),
  ];
  if (setting === 'auto') lines.push(message(locale, 'weekNumberingAuto', {}));
  return lines;
}
