// Dates that do not fit the report's own date: a finished or measured period that ends after the
// report was written (`从12.12-12.20号…` in a report created 12/16), a date a year off (a template's
// old year), and a title week the report's date does not fall in.
//
// Upcoming dates are normal in a weekly report (`计划12/26上线`, `1/9上线`), so a date after the
// report's date is only reported when its clause says the thing already happened (完成, 已, done),
// when it closes a period that began before the report (a range straddling the report's date), or
// when it carries a time of day (an event log line). Sections about next week are skipped.
import type { Range, Report, Section } from '../model';
import { maskRanges, toHalfWidth } from '../metrics/text';
import { daysBetween, toDate, weekOf, weekStart, weeksInYear, type WeekNumbering } from '../week';
import { message } from '../i18n';
import { findDateSpans, type DateSpan } from './dateMentions';
import type { Finding, Locale, Rule } from './types';

const code = 'date-outside-week';

/** A report is often written on the Monday–Wednesday after the week it covers. */
const LATE_DAYS = 3;
/** A written year this far from the report's date is almost always a wrong (copied) year. */
const FAR_DAYS = 300;

const PLAN_SECTION = /下周|下阶段|计划|目标|plan|next week|upcoming|to ?do/i;
const PLAN = /计划|预计|预期|将|拟|准备|待|下周|下月|目标|排期|截止|争取|期望|安排|力争|plan|expect|will|\beta\b|target|schedul|\bdue\b|deadline|\bby\b|\bnext\b/i;
const BEFORE_DEADLINE = /^\s*(?:之前|以前|前)/;
const DONE = /完成|已|发现|发生|结束|修复|解决|统计|累计|共计|\bdone\b|complet|finish|fixed|resolved|shipped|released|launched|happened|occurred|\bwas\b|\bwere\b/i;
const TIME_OF_DAY = /^\s*\d{1,2}:\d{2}/;
const CLAUSE_BOUNDARY = /[,;!?。]/;

export const dateOutsideWeek: Rule = {
  code,
  defaultSeverity: 'warning',
  check({ report, settings, locale }) {
    const reportDate = report.week?.date;
    if (!reportDate || !toDate(reportDate)) return [];
    const numbering: WeekNumbering = settings.weekNumbering === 'iso' ? 'iso' : 'first-day';
    const findings: Finding[] = [];
    const titleFinding = checkTitleWeek(report, reportDate, numbering, locale);
    if (titleFinding) findings.push(titleFinding);

    const skipped = new Set([report.createdLine, report.titleRange?.start.line]);
    const inPlanSection = planSectionLines(report.sections);
    for (const prose of report.proseLines) {
      if (skipped.has(prose.line) || inPlanSection(prose.line)) continue;
      const text = maskRanges(toHalfWidth(prose.text), prose.masked ?? []);
      for (const span of findDateSpans(text, reportDate)) {
        const range: Range = { start: { line: prose.line, character: span.start }, end: { line: prose.line, character: span.end } };
        const written = prose.text.slice(span.start, span.end);
        if (isClaimedAfter(text, span, reportDate)) {
          findings.push({ code, severity: 'warning', message: message(locale, 'dateAfterReport', { date: written, reportDate }), range });
          continue;
        }
        const days = farDays(span, reportDate);
        if (days !== undefined) {
          findings.push({ code, severity: 'warning', message: message(locale, 'dateFarFromReport', { date: written, reportDate, days }), range });
        }
      }
    }
    return findings;
  },
};

/** After the report's date, yet told as done, measured or logged. */
function isClaimedAfter(text: string, span: DateSpan, reportDate: string): boolean {
  if (!(daysBetween(reportDate, span.to.date) > 0)) return false;
  const clause = clauseAround(text, span.start, span.end);
  const after = text.slice(span.end);
  if (PLAN.test(clause) || BEFORE_DEADLINE.test(after)) return false;
  const straddles = span.from !== span.to && daysBetween(reportDate, span.from.date) <= 0;
  return straddles || TIME_OF_DAY.test(after) || DONE.test(clause);
}

function farDays(span: DateSpan, reportDate: string): number | undefined {
  for (const mention of [span.from, span.to]) {
    if (!mention.yearWritten) continue;
    const days = Math.abs(daysBetween(reportDate, mention.date));
    if (days > FAR_DAYS) return days;
  }
  return undefined;
}

function clauseAround(text: string, start: number, end: number): string {
  let from = start;
  while (from > 0 && !CLAUSE_BOUNDARY.test(text[from - 1])) from--;
  let to = end;
  while (to < text.length && !CLAUSE_BOUNDARY.test(text[to])) to++;
  return text.slice(from, to);
}

function planSectionLines(sections: Section[]): (line: number) => boolean {
  const ranges: Array<[number, number]> = [];
  const visit = (list: Section[]) => {
    for (const s of list) {
      if (PLAN_SECTION.test(s.name)) ranges.push([s.range.start.line, s.range.end.line]);
      else visit(s.children);
    }
  };
  visit(sections);
  return (line) => ranges.some(([from, to]) => line >= from && line <= to);
}

/** The title's week must hold the report's date (or end at most LATE_DAYS before it). */
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
    return days >= 0 && days <= 6 + LATE_DAYS;
  });
  if (fits) return undefined;
  return {
    code,
    severity: 'warning',
    message: message(locale, 'titleWeekMismatch', { titleWeek: stated.week, dateWeek: actual.week, date: reportDate, numbering }),
    range,
  };
}
