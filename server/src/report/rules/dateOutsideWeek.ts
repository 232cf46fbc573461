// Dates that do not fit the report's own date: a finished or measured period that ends after the
// report was written (`从12.12-12.20号…` in a report created 12/16), a date a year off (a template's
// old year), and a title week the report's date does not fall in.
//
// Upcoming dates are normal in a weekly report (`计划12/26上线`, `1/9上线`), so a date after the
// report's date is only reported when its clause says the thing already happened (完成, 已, done),
// when it closes a period that began before the report (a range straddling the report's date), or
// when it carries a time of day (an event log line). Sections about next week are skipped.
import type { Range, Report } from '../model';
import { addDays, countedNumbering, daysBetween, toDate, weekOf, weekStart, weeksInYear, type WeekNumbering } from '../week';
import { message } from '../i18n';
import { datedProse, findDateSpans, isToldDone, isToldDoneAfter, type DateSpan } from './dateMentions';
import type { Finding, Rule, RuleContext } from './types';
import { ITEMS_PER_STEP, stepwise } from '../base/steps';
import type { Locale } from '../base/locale';

const code = 'date-outside-week';

/** A report is often written on the Monday–Wednesday after the week it covers. */
const LATE_DAYS = 3;
/** A page (Notion's `Created`) is often made a few days before the week it reports on. */
const EARLY_DAYS = 3;
/** A written year this far from the report's date is almost always a wrong (copied) year. */
const FAR_DAYS = 300;

export const dateOutsideWeek: Rule = {
  code,
  defaultSeverity: 'warning',
  ...stepwise(function* ({ report, settings, locale }: RuleContext) {
    const reportDate = referenceDate(report);
    if (!reportDate || !toDate(reportDate)) return [];
    const numbering: WeekNumbering = countedNumbering(settings.weekNumbering ?? 'auto', report.week);
    const findings: Finding[] = [];
    const titleFinding = checkTitleWeek(report, report.week?.date ?? reportDate, numbering, locale);
    if (titleFinding) findings.push(titleFinding);

    // Looked up by line once, not searched per line: a report of 100,000 lines stays linear.
    const proseText = new Map(report.proseLines.map((prose) => [prose.line, prose.text]));
    for (const [k, { line, text }] of datedProse(report).entries()) {
      if (k % ITEMS_PER_STEP === ITEMS_PER_STEP - 1) yield;
      const lineText = proseText.get(line) ?? text;
      for (const span of findDateSpans(text, reportDate)) {
        const range: Range = { start: { line, character: span.start }, end: { line, character: span.end } };
        const written = lineText.slice(span.start, span.end);
        if (isToldDoneAfter(text, span, reportDate)) {
          findings.push({ code, severity: 'warning', message: message(locale, 'dateAfterReport', { date: written, reportDate }), range });
          continue;
        }
        // A far year matters when this report tells the thing as done (a template's old year), not in a
        // mention of history or a date-shaped version (`Keyword 2018.08.11`).
        const days = isToldDone(text, span) ? farDays(span, reportDate) : undefined;
        if (days !== undefined) {
          findings.push({
            code,
            severity: 'warning',
            message: message(locale, 'dateFarFromReport', { date: written, reportDate, days }),
            range,
          });
        }
      }
    }
    return findings;
  }),
};

/**
 * The date the report's claims are held against: its date, unless that date lies before the week it
 * states (a Notion `Created` line is when the page was made, often days before the week it reports
 * on), then the last day of that week.
 */
function referenceDate(report: Report): string | undefined {
  const { date, monday } = report.week ?? {};
  if (!monday) return date;
  const early = date === undefined ? undefined : -daysBetween(monday, date);
  return early === undefined || (early > 0 && early <= EARLY_DAYS) ? addDays(monday, 6) : date;
}

function farDays(span: DateSpan, reportDate: string): number | undefined {
  for (const mention of [span.from, span.to]) {
    if (!mention.yearWritten) continue;
    const days = Math.abs(daysBetween(reportDate, mention.date));
    if (days > FAR_DAYS) return days;
  }
  return undefined;
}

/** The title's week must hold the report's date (or end at most LATE_DAYS before it, or start at most EARLY_DAYS after it). */
function checkTitleWeek(report: Report, reportDate: string, numbering: WeekNumbering, locale: Locale): Finding | undefined {
  const stated = report.titleWeek;
  const range = report.titleRange;
  const actual = weekOf(reportDate, numbering);
  if (!stated || !range || !actual || !Number.isInteger(stated.week)) return undefined;
  const years = stated.year ? [stated.year] : [actual.year - 1, actual.year, actual.year + 1];
  const fits = years.some((year) => {
    if (!Number.isInteger(year) || year < 1000 || year > 9999) return false;
    if (stated.week < 1 || stated.week > weeksInYear(year, numbering)) return false;
    const days = daysBetween(weekStart(year, stated.week, numbering), reportDate);
    return days >= -EARLY_DAYS && days <= 6 + LATE_DAYS;
  });
  if (fits) return undefined;
  return {
    code,
    severity: 'warning',
    message: message(locale, 'titleWeekMismatch', { titleWeek: stated.week, dateWeek: actual.week, date: reportDate, numbering }),
    range,
  };
}
