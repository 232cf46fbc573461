// Where a report says which week it covers. Sources, strongest first: front matter, the title (for a week number),
// a `Created:` line, the file name. A week number without a year borrows the year of a date.
import type { WeekInfo, WeekSource } from '../model';
import { parseChineseNumeral, toHalfWidth } from '../text';
import { datedName } from '../series/recognition';
import { addDays, makeDate, weekMonday, weekOf, yearOfWeekNear, type WeekNumbering, type YearWeek } from '../week';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** A calendar date written in any of the usual ways; undefined when none. */
export function findDate(text: string): string | undefined {
  const t = toHalfWidth(text);
  let m = /(\d{4})\s*[年./-]\s*(\d{1,2})\s*[月./-]\s*(\d{1,2})/.exec(t);
  if (m) return makeDate(+m[1], +m[2], +m[3]);
  m = /\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+(\d{1,2}),?\s+(\d{4})/i.exec(t);
  if (m) return makeDate(+m[3], MONTHS.indexOf(m[1].toLowerCase()) + 1, +m[2]);
  m = /\b(\d{1,2})\s+(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+(\d{4})/i.exec(t);
  if (m) return makeDate(+m[3], MONTHS.indexOf(m[2].toLowerCase()) + 1, +m[1]);
  return undefined;
}

/**
 * A day written without its year (`12月18日`, `18 Dec`, `Dec 18`, `12.18-12.22`): journal headings
 * (`## Week of 18 Dec`) take the year from the file. Undefined when the text gives a whole date or none.
 */
export function findMonthDay(text: string): { month: number; day: number } | undefined {
  const t = toHalfWidth(text);
  const valid = (month: number, day: number) => (month >= 1 && month <= 12 && day >= 1 && day <= 31 ? { month, day } : undefined);
  let m = /(?<!\d)(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]/.exec(t);
  if (m) return valid(+m[1], +m[2]);
  m = /\b(\d{1,2})\s+(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b/i.exec(t);
  if (m) return valid(MONTHS.indexOf(m[2].toLowerCase()) + 1, +m[1]);
  m = /\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+(\d{1,2})(?!\d)/i.exec(t);
  if (m) return valid(MONTHS.indexOf(m[1].toLowerCase()) + 1, +m[2]);
  // `12.18-12.22`: a bare `12.18` is as likely a version or a number, a range of two is a week.
  m = /(?<![\d.])(\d{1,2})[./](\d{1,2})\s*[-~～—–至到]\s*(?:\d{1,2}[./])?\d{1,2}(?![\d.])/.exec(t);
  if (m) return valid(+m[1], +m[2]);
  return undefined;
}

/**
 * A month named without a day (`2023年12月`, `12月月报`, `December 2023`, `2023-12`): what says a
 * monthly report's period. Undefined when the text gives a whole date, a day of a month, or no month.
 */
export function findMonth(text: string): { year?: number; month: number } | undefined {
  const t = toHalfWidth(text);
  if (findDate(t) || findMonthDay(t)) return undefined;
  const month = (year: number | undefined, value: number) => (value >= 1 && value <= 12 ? { year, month: value } : undefined);
  let m = /(?:(\d{4})\s*年\s*)?(?<!\d)(\d{1,2})\s*月(?!\s*\d)/.exec(t);
  if (m) return month(m[1] ? +m[1] : undefined, +m[2]);
  m = /\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?,?\s+(\d{4})(?!\d)/i.exec(t);
  if (m) return month(+m[2], MONTHS.indexOf(m[1].toLowerCase()) + 1);
  m = /(?<![\d.])(\d{4})[-_./](\d{1,2})(?![\d])(?![-_./]\d)/.exec(t);
  if (m) return month(+m[1], +m[2]);
  return undefined;
}

interface WeekMention {
  year?: number;
  week: number;
}

/** `2023-W51`, `2023年第51周`, `第51周`, `第五十一周`, `Week 51`, `W51`, `week-51`. */
export function findWeekMention(text: string): WeekMention | undefined {
  const t = toHalfWidth(text);
  let m = /(\d{4})\s*[-_ ]?\s*W(\d{1,2})(?!\d)/i.exec(t);
  if (m) return valid({ year: +m[1], week: +m[2] });
  m = /(?:(\d{4})\s*年\s*)?第\s*(\d{1,2}|[一二三四五六七八九十]{1,4})\s*周/.exec(t);
  if (m) {
    const week = /^\d+$/.test(m[2]) ? +m[2] : parseChineseNumeral(m[2]);
    if (week !== undefined) return valid({ year: m[1] ? +m[1] : undefined, week });
  }
  m = /\bweek\s*[-_#]?\s*(\d{1,2})(?!\d)/i.exec(t);
  if (m) return valid({ week: +m[1] });
  m = /(?:^|[^A-Za-z0-9])W(\d{1,2})(?![\d.])/.exec(t);
  if (m) return valid({ week: +m[1] });
  return undefined;
}

function valid(mention: WeekMention): WeekMention | undefined {
  return mention.week >= 1 && mention.week <= 54 ? mention : undefined;
}

const CREATED_LINE = /^\s*(?:[-*]\s*)?(?:\*\*)?(created|date|created at|创建时间|创建于|创建日期|日期|时间)(?:\*\*)?\s*[:：]\s*(.+)$/i;
/** How far down a `Created:` line may sit: Notion puts it right under the title. */
export const CREATED_LINE_SEARCH = 12;

export interface WeekEvidence {
  frontMatter: Record<string, string>;
  title?: string;
  /** Lines near the top, scanned for a `Created:` line. */
  headLines: string[];
  fileName?: string;
  numbering: WeekNumbering;
}

export interface DetectedWeek {
  week?: WeekInfo;
  /** Index (within headLines) of the `Created:` line, if one was found. */
  createdLine?: number;
  titleWeek?: WeekMention;
}

export function detectWeek(e: WeekEvidence): DetectedWeek {
  return weekFromReading(readWeekEvidence(e), e.numbering);
}

/**
 * What the evidence says, before a numbering counts it: the same under both numberings, so `auto`
 * (which tries both) and the parser (which reads the Created line first) read it once.
 */
export interface WeekReading {
  frontMatter: Record<string, string>;
  fmWeek?: WeekMention;
  fmDate?: string;
  titleWeek?: WeekMention;
  titleDate?: string;
  createdLine?: number;
  createdDate?: string;
  fileWeek?: WeekMention;
  fileDate?: string;
}

export function readWeekEvidence(e: Omit<WeekEvidence, 'numbering'>): WeekReading {
  const fm = e.frontMatter;
  const fmWeek = fm.week ? (findWeekMention(fm.week) ?? parseBareWeek(fm.week)) : undefined;
  const fmDate = fm.date ? findDate(fm.date) : undefined;
  const titleWeek = e.title ? findWeekMention(e.title) : undefined;
  const titleDate = e.title ? findDate(e.title) : undefined;
  let createdLine: number | undefined;
  let createdDate: string | undefined;
  for (let i = 0; i < e.headLines.length && i < CREATED_LINE_SEARCH; i++) {
    const m = CREATED_LINE.exec(e.headLines[i]);
    const date = m ? findDate(m[2]) : undefined;
    if (date) {
      createdLine = i;
      createdDate = date;
      break;
    }
  }
  const base = fileBaseName(e.fileName);
  const fileWeek = base ? findWeekMention(base) : undefined;
  const fileDate = base ? (findDate(base) ?? datedName(base)?.date ?? monthStart(base)) : undefined;
  return { frontMatter: fm, fmWeek, fmDate, titleWeek, titleDate, createdLine, createdDate, fileWeek, fileDate };
}

/** The week the evidence read states, counted under `numbering`. */
export function weekFromReading(reading: WeekReading, numbering: WeekNumbering): DetectedWeek {
  const { frontMatter: fm, fmWeek, fmDate, titleWeek, titleDate, createdLine, createdDate, fileWeek, fileDate } = reading;
  // A dated file name outranks a date in the title: a title is often copied from last week's
  // report and left unchanged, a file name is unique within its series.
  const date = fmDate ?? createdDate ?? fileDate ?? titleDate;
  const dateSource: WeekSource | undefined = fmDate
    ? 'front-matter'
    : createdDate
      ? 'created'
      : fileDate
        ? 'file-name'
        : titleDate
          ? 'title'
          : undefined;
  const stated: [WeekMention | undefined, WeekSource][] = [
    [fmWeek, 'front-matter'],
    [titleWeek, 'title'],
    [fileWeek, 'file-name'],
  ];
  const found = stated.find(([mention]) => mention);
  let week: WeekInfo | undefined;
  if (found) {
    const [mention, source] = found as [WeekMention, WeekSource];
    const year =
      mention.year ??
      fmWeek?.year ??
      fileWeek?.year ??
      (date ? yearOfWeekNear(mention.week, date, numbering) : undefined) ??
      numericYear(fm.year);
    week = { year, week: mention.week, date, source };
  } else if (date && dateSource) {
    const yw: YearWeek | undefined = weekOf(date, numbering);
    week = { year: yw?.year, week: yw?.week, date, source: dateSource };
  }
  if (week) {
    week.numbering = numbering;
    week.monday = weekMonday(week, numbering);
  }
  return { week, createdLine, titleWeek };
}

/**
 * `weekNumbering: auto`: the report read with first-day and with ISO numbering, keeping the reading
 * under which the fewest of the dates it tells as done lie after its week (ties: first-day). A
 * Notion page `Created` on Saturday 16 December titled 「第51周」 that reports work done on the 21st
 * is ISO week 51 (18–24 Dec), not first-day week 51 (11–17 Dec). `reading`: the evidence already read.
 */
export function detectWeekAuto(
  e: Omit<WeekEvidence, 'numbering'>,
  toldDoneAfter: (weekEnd: string, createdLine: number | undefined) => number,
  reading: WeekReading = readWeekEvidence(e),
): DetectedWeek {
  const firstDay = weekFromReading(reading, 'first-day');
  const iso = weekFromReading(reading, 'iso');
  const [a, b] = [firstDay.week?.monday, iso.week?.monday];
  if (!a || !b || a === b) return firstDay;
  const created = firstDay.createdLine;
  return toldDoneAfter(addDays(b, 6), created) < toldDoneAfter(addDays(a, 6), created) ? iso : firstDay;
}

/** A file name without its folders and extension: what the name says of the report's period is read from it. */
export function fileBaseName(fileName: string | undefined): string | undefined {
  return fileName?.replace(/^.*[\\/]/, '').replace(/\.[^.]*$/, '');
}

/** `2023年12月.md`: a monthly report named by its month, read as the month's first day (as `2022-01.md` is). */
function monthStart(base: string): string | undefined {
  const named = findMonth(base);
  return named?.year ? makeDate(named.year, named.month, 1) : undefined;
}

function parseBareWeek(value: string): WeekMention | undefined {
  return /^\d{1,2}$/.test(value.trim()) ? valid({ week: +value.trim() }) : undefined;
}

function numericYear(value: string | undefined): number | undefined {
  return value && /^\d{4}$/.test(value.trim()) ? +value.trim() : undefined;
}
