// Calendar dates written in report prose: `2023-12-14`, `2023年12月14日`, `12月14日`, `12/26`,
// `12.12-12.20号`. A bare `M.D` is a date only with a day suffix (号/日), inside a range or after
// 从/于/截至 — otherwise `2.1` is a number. Years are inferred from the report's date.
import type { Report, Section } from '../model';
import { lineCache } from './lineCache';
import { daysBetween, makeDate } from '../week';

export interface DateMention {
  /** YYYY-MM-DD. */
  date: string;
  /** Whether the year was written (not inferred). */
  yearWritten: boolean;
  start: number;
  end: number;
}

export interface DateSpan {
  from: DateMention;
  /** The range's end: the same mention for a single date. */
  to: DateMention;
  start: number;
  end: number;
}

/** A yearless date at most this far after the report's date reads as upcoming, else as last year's. */
const UPCOMING_DAYS = 62;

export const DATE =
  /(?<![\d./:])(?:(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})(?![\d.])(?:\s*[日号])?|(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]|(\d{1,2})([/.])(\d{1,2})(?![\d%/]|\.\d)([日号])?)/g;
/** What every DATE match holds, without its look-behind and bounds: a digit, a date's separator, a digit. */
export const MAY_HOLD_DATE = /\d\s*[-/.年月]\s*\d/;
const RANGE_JOINER = /^\s*(?:-|~|—|至|到)\s*$/;
/** `从1.5倍` is a quantity after a preposition, not 5 January. */
const QUANTITY_AFTER = /^\s*[倍万亿千百元个条次件人台笔]/;
const DATE_PREPOSITION = /(?:从|自|于|在|截至|截止|至|到|since|from|on|until)\s*$/i;

/**
 * Every date span in `text` (half-width, code masked), as it falls around `reportDate`.
 * `M.D` needs the evidence described above; `M/D` needs a valid month and day.
 */
export function findDateSpans(text: string, reportDate: string): DateSpan[] {
  // No digits joined as a date's are, no date: most prose lines end here without a cache lookup
  // (hashing the line in full).
  if (!MAY_HOLD_DATE.test(text)) return [];
  const known = datesByLine(text, '', () => {
    const written = scanWrittenDates(text);
    return { written, dependsOnDate: written.some((w) => w.date === undefined), spans: [] };
  });
  if (known.written.length === 0) return [];
  // Dates all written with their year read alike whatever the report's date: one set of spans.
  const key = known.dependsOnDate ? reportDate : '';
  for (const kept of known.spans) if (kept.reportDate === key) return kept.spans;
  const spans = dateSpans(text, known.written, reportDate);
  if (known.spans.length >= REPORT_DATES_KEPT) known.spans.shift();
  known.spans.push({ reportDate: key, spans });
  return spans;
}

/**
 * Report dates a line keeps its spans for: week detection under `auto` asks with two candidate week
 * ends (when the file is indexed, then when it is parsed) and the date rules with the report's date;
 * keeping only the last one made each line's spans be worked out again at every turn.
 */
const REPORT_DATES_KEPT = 4;

/** A line's written dates, and its spans for the last few report dates asked with (latest last). */
interface LineDates {
  written: WrittenDate[];
  /** Whether a date is written without its year: only then do the spans depend on the report's date. */
  dependsOnDate: boolean;
  /** By report date; `''` for a line whose spans do not depend on it. */
  spans: Array<{ reportDate: string; spans: DateSpan[] }>;
}

/** A date as written, before a year is inferred: what does not depend on the report's date. */
interface WrittenDate {
  start: number;
  end: number;
  /** The whole date when its year is written (already checked), else undefined. */
  date?: string;
  month: number;
  day: number;
  needsEvidence: boolean;
  hasSuffix: boolean;
}

/**
 * Per line, by its text alone: week detection asks with two candidate week ends and the date rules
 * with the report's date, a series repeats most lines week after week, and only the years of
 * yearless dates depend on the date asked with, so the line is scanned once for all of them.
 */
const datesByLine = lineCache<LineDates>();

function scanWrittenDates(text: string): WrittenDate[] {
  const found: WrittenDate[] = [];
  for (const m of text.matchAll(DATE)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    if (m[1]) {
      const date = makeDate(+m[1], +m[2], +m[3]);
      if (date) found.push({ start, end, date, month: +m[2], day: +m[3], needsEvidence: false, hasSuffix: true });
      continue;
    }
    const [month, day] = m[4] ? [+m[4], +m[5]] : [+m[6], +m[8]];
    found.push({ start, end, month, day, needsEvidence: m[7] === '.', hasSuffix: Boolean(m[4] || m[9]) });
  }
  return found;
}

function dateSpans(text: string, written: readonly WrittenDate[], reportDate: string): DateSpan[] {
  const mentions: Array<DateMention & { needsEvidence: boolean; hasSuffix: boolean }> = [];
  for (const w of written) {
    const date = w.date ?? inferYear(w.month, w.day, reportDate);
    if (!date) continue;
    mentions.push({
      date,
      yearWritten: w.date !== undefined,
      start: w.start,
      end: w.end,
      needsEvidence: w.needsEvidence,
      hasSuffix: w.hasSuffix,
    });
  }
  const spans: DateSpan[] = [];
  for (let i = 0; i < mentions.length; i++) {
    const from = mentions[i];
    const to = mentions[i + 1];
    const isRange = to !== undefined && RANGE_JOINER.test(text.slice(from.end, to.start));
    const evidence =
      isRange ||
      from.hasSuffix ||
      (DATE_PREPOSITION.test(text.slice(Math.max(0, from.start - 8), from.start)) && !QUANTITY_AFTER.test(text.slice(from.end)));
    if (isRange) {
      spans.push({ from, to, start: from.start, end: to.end });
      i++;
    } else if (!from.needsEvidence || evidence) {
      spans.push({ from, to: from, start: from.start, end: from.end });
    }
  }
  return spans;
}

/** The year that puts month/day nearest the report's date, leaning to the past beyond a short horizon. */
function inferYear(month: number, day: number, reportDate: string): string | undefined {
  const year = Number(reportDate.slice(0, 4));
  if (!Number.isInteger(year)) return undefined;
  const thisYear = makeDate(year, month, day);
  if (!thisYear) return undefined;
  const ahead = daysBetween(reportDate, thisYear);
  if (ahead > UPCOMING_DAYS) return makeDate(year - 1, month, day) ?? thisYear;
  if (ahead < -(365 - UPCOMING_DAYS)) return makeDate(year + 1, month, day) ?? thisYear;
  return thisYear;
}

/** Sections about what comes next: their dates are plans, never told as done. */
const PLAN_SECTION = /下周|下阶段|计划|目标|plan|next week|upcoming|to ?do/i;
const PLAN =
  /计划|预计|预期|将|拟|准备|待|下周|下月|目标|排期|截止|争取|期望|安排|力争|plan|expect|will|\beta\b|target|schedul|\bdue\b|deadline|\bby\b|\bnext\b/i;
const BEFORE_DEADLINE = /^\s*(?:之前|以前|前)/;
const DONE =
  /完成|已|发现|发生|结束|修复|解决|统计|累计|共计|\bdone\b|complet|finish|fixed|resolved|shipped|released|launched|happened|occurred|\bwas\b|\bwere\b/i;
const TIME_OF_DAY = /^\s*\d{1,2}:\d{2}/;
const CLAUSE_BOUNDARY = /[,;!?。]/;

export function isPlanSection(name: string): boolean {
  return PLAN_SECTION.test(name);
}

/** Whether a line lies in a section about next week (or inside one). */
export function planSectionLines(sections: readonly Section[]): (line: number) => boolean {
  const ranges: Array<[number, number]> = [];
  const visit = (list: readonly Section[]) => {
    for (const s of list) {
      if (isPlanSection(s.name)) ranges.push([s.range.start.line, s.range.end.line]);
      else visit(s.children);
    }
  };
  visit(sections);
  // Plan sections are never nested in one another (their children are not visited): sorted by start,
  // the last one starting at or before a line is the only one that can hold it. A binary search keeps
  // a report with thousands of plan sections linear over its lines.
  ranges.sort((a, b) => a[0] - b[0]);
  return (line) => {
    let low = 0;
    let high = ranges.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (ranges[middle][0] <= line) low = middle + 1;
      else high = middle;
    }
    return low > 0 && line <= ranges[low - 1][1];
  };
}

/**
 * A date span after `date` that its clause tells as done, measured or logged: `12/21上线完成`, a
 * period straddling `date` (`从12.12-12.20号`), an event log time. Plans (`计划12/26上线`) are not.
 */
export function isToldDoneAfter(text: string, span: DateSpan, date: string): boolean {
  if (!(daysBetween(date, span.to.date) > 0)) return false;
  const straddles = span.from !== span.to && daysBetween(date, span.from.date) <= 0;
  return isToldDone(text, span, straddles);
}

/** The span's clause tells something as done, measured or logged (not planned). */
export function isToldDone(text: string, span: DateSpan, orElse = false): boolean {
  const telling = tellingOf(text, span);
  return !telling.planned && (orElse || telling.doneOrLogged);
}

/** What a span's clause says, by the line's text alone. */
interface Telling {
  text: string;
  /** A plan or a deadline (`计划12/26上线`, `12/26前`). */
  planned: boolean;
  /** Told as done, or logged with a time of day. */
  doneOrLogged: boolean;
}

/**
 * Per span (a line's spans are cached with the line): week detection asks each span whether it is
 * told as done for two candidate week ends, the date rules again for the report's date, and the
 * clause's words are the same every time. Checked against the text asked with, as `isToldDone` is exported.
 */
const tellings = new WeakMap<DateSpan, Telling>();

function tellingOf(text: string, span: DateSpan): Telling {
  const known = tellings.get(span);
  if (known && known.text === text) return known;
  const clause = clauseAround(text, span.start, span.end);
  const after = text.slice(span.end);
  const telling = {
    text,
    planned: PLAN.test(clause) || BEFORE_DEADLINE.test(after),
    doneOrLogged: TIME_OF_DAY.test(after) || DONE.test(clause),
  };
  tellings.set(span, telling);
  return telling;
}

/** How many date spans in these prose lines (half-width, code masked) are told as done after `date`. */
export function countToldDoneAfter(lines: Iterable<{ text: string }>, date: string, yearsFrom: string): number {
  let count = 0;
  for (const { text } of lines) {
    for (const span of findDateSpans(text, yearsFrom)) if (isToldDoneAfter(text, span, date)) count++;
  }
  return count;
}

function clauseAround(text: string, start: number, end: number): string {
  let from = start;
  while (from > 0 && !CLAUSE_BOUNDARY.test(text[from - 1])) from--;
  let to = end;
  while (to < text.length && !CLAUSE_BOUNDARY.test(text[to])) to++;
  return text.slice(from, to);
}

/** The report's prose where its dates are told: not the Created line, not the title, not plan sections; half-width, code masked. */
export function datedProse(report: Pick<Report, 'proseLines' | 'sections' | 'createdLine' | 'titleRange'>): DatedLine[] {
  const skipped = new Set([report.createdLine, report.titleRange?.start.line]);
  const inPlanSection = planSectionLines(report.sections);
  return report.proseLines
    .filter((prose) => !skipped.has(prose.line) && !inPlanSection(prose.line))
    .map((prose) => ({ line: prose.line, text: prose.normalised }));
}

export interface DatedLine {
  line: number;
  text: string;
}
