// Calendar dates written in report prose: `2023-12-14`, `2023年12月14日`, `12月14日`, `12/26`,
// `12.12-12.20号`. A bare `M.D` is a date only with a day suffix (号/日), inside a range or after
// 从/于/截至 — otherwise `2.1` is a number. Years are inferred from the report's date.
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

const DATE =
  /(?<![\d./:])(?:(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})(?![\d.])(?:\s*[日号])?|(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]|(\d{1,2})([/.])(\d{1,2})(?![\d%/]|\.\d)([日号])?)/g;
const RANGE_JOINER = /^\s*(?:-|~|—|至|到)\s*$/;
/** `从1.5倍` is a quantity after a preposition, not 5 January. */
const QUANTITY_AFTER = /^\s*[倍万亿千百元个条次件人台笔]/;
const DATE_PREPOSITION = /(?:从|自|于|在|截至|截止|至|到|since|from|on|until)\s*$/i;

/**
 * Every date span in `text` (half-width, code masked), as it falls around `reportDate`.
 * `M.D` needs the evidence described above; `M/D` needs a valid month and day.
 */
export function findDateSpans(text: string, reportDate: string): DateSpan[] {
  const mentions: Array<DateMention & { needsEvidence: boolean; hasSuffix: boolean }> = [];
  for (const m of text.matchAll(DATE)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    if (m[1]) {
      const date = makeDate(+m[1], +m[2], +m[3]);
      if (date) mentions.push({ date, yearWritten: true, start, end, needsEvidence: false, hasSuffix: true });
      continue;
    }
    const [month, day] = m[4] ? [+m[4], +m[5]] : [+m[6], +m[8]];
    const date = inferYear(month, day, reportDate);
    if (!date) continue;
    const dotted = m[7] === '.';
    mentions.push({ date, yearWritten: false, start, end, needsEvidence: dotted, hasSuffix: Boolean(m[4] || m[9]) });
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
