// Which files keep many weeks in one: a running 周报.md with one heading per week (`## 第51周`,
// `## 2023-W51`, `## Week of 18 Dec`, `# 2023年12月18日-12月22日 周报`), newest first or last.
//
// The rule: take the headings level by level, shallowest first; the first level holding at least
// two headings that read as DIFFERENT weeks is the journal's week level, and each of its week
// headings opens one week. A heading reads as a week when `detectWeek` (the one title reader)
// finds a week or a date in it, or it names a day without its year (`12月18日`, `18 Dec`); headings
// a report uses for its own parts (本周工作 / 下周计划 / This week / Next week) never count, even
// with a date beside them. So a normal report (one title week, sections that are not weeks, days of
// one week) is never a journal.
//
// A file whose own period is a month (`# 2023年12月 月报`, `# December 2023`, `2023-12.md`,
// `title: 12月月报`: a month or the monthly cadence named, no week) numbers its sections' weeks
// within that month: `## 第1周` … `## 第4周`, `## Week 1`, `## W1` are its parts, not the year's
// first weeks, and the file is ONE report. Such a heading that also gives its days
// (`## 第1周（12.4-12.8）`) is read by those days, as `## 12.4-12.8` would be: weeks a week apart
// make a journal with each week placed in the month, as with any dated heading.
//
// Week numbers without a year take the file's year, rolled over where the weeks wrap around the
// year's end: newest last `第51周, 第52周, 第1周` ends in week 1 of the next year, newest first the
// mirror. The file's year goes to the longer run of weeks (on a tie, the older one).
import type { Section, WeekInfo } from '../model';
import { detectWeek, fileBaseName, findMonth, findMonthDay, findWeekMention, readWeekEvidence } from '../parse/weekInfo';
import { statedCadenceWeeks } from '../series/findPreviousReport';
import { sectionRole } from '../template/sectionNames';
import { daysBetween, makeDate, type WeekNumbering } from '../week';
import { weekPosition } from '../series/weekPosition';

export interface JournalHeading {
  section: Section;
  /** The week as the heading (and the file's year, for a heading without one) tells it. */
  week?: WeekInfo;
  /** The year a heading's week number without one is counted in, when not the file's: rolled over at the year's end. */
  year?: number;
  /** The heading's week number counts the weeks of the file's month: its week is read from its days alone. */
  weekOfMonth?: boolean;
}

export interface JournalLayout {
  /** Heading level (1–6) of the week headings. */
  level: number;
  /** The week headings, in file order. */
  headings: JournalHeading[];
}

export interface RecognitionContext {
  numbering: WeekNumbering;
  /** The year the file states outside its weeks (its title, front matter, file name): for `## 第51周` and `## 18 Dec`. */
  year?: number;
  /** The file's own period is a month (`fileIsMonthly`): week numbers 1–5 without a year count its weeks. */
  monthly?: boolean;
}

/** What the file says about itself outside its sections. */
export interface FileEvidence {
  frontMatter: Record<string, string>;
  title?: string;
  fileName?: string;
}

/**
 * Whether the file's own period is a month: no week stated (front matter, titles, file name, as
 * `detectWeek` reads them), and a month without a day named there (`2023年12月`, `12月月报`,
 * `December 2023`, `2023-12.md`) or the monthly cadence (月报, monthly, as the series lookup reads it).
 * A title that is only a week of the month (a file opening with `## 第1周`) is its first section, not its period.
 */
export function fileIsMonthly(file: FileEvidence): boolean {
  const baseName = fileBaseName(file.fileName);
  const titles = [file.frontMatter.title, file.title].filter((text): text is string => !!text);
  const reading = readWeekEvidence({ frontMatter: file.frontMatter, headLines: [], fileName: file.fileName });
  if (reading.fmWeek || reading.fileWeek) return false;
  // `# 2023年12月第1周周报` states a week of the month: its period is that week.
  const statesWeek = (title: string) => {
    const week = findWeekMention(title);
    return week !== undefined && (week.year !== undefined || week.week > MONTH_WEEKS || findMonth(title) !== undefined);
  };
  if (titles.some(statesWeek)) return false;
  const named = [file.frontMatter.month, ...titles, baseName].filter((text): text is string => !!text);
  return named.some((text) => findMonth(text) !== undefined) || statedCadenceWeeks(named.join(' ')) === 4;
}

/** The most weeks a month has a part of. */
const MONTH_WEEKS = 5;

/** The journal's week headings, or undefined when the file is one report. */
export function recognizeJournal(sections: readonly Section[], context: RecognitionContext): JournalLayout | undefined {
  const byLevel = new Map<number, Section[]>();
  const visit = (list: readonly Section[]) => {
    for (const section of list) {
      if (section.kind !== 'heading') continue;
      const atLevel = byLevel.get(section.level);
      if (atLevel) atLevel.push(section);
      else byLevel.set(section.level, [section]);
      visit(section.children);
    }
  };
  visit(sections);
  for (const level of [...byLevel.keys()].sort((a, b) => a - b)) {
    const headings = byLevel
      .get(level)!
      .map((section) => ({ section, reading: rememberedWeekHeading(section.name, context) }))
      .filter((h): h is { section: Section; reading: WeekReading } => h.reading !== undefined);
    if (distinctWeeks(headings.map((h) => h.reading)) >= 2) return { level, headings: rolledOver(headings, context) };
  }
  return undefined;
}

/**
 * Whether the file holds many weeks, before any setting is known: what makes a journal without a
 * week in its title (`# Team journal`) read as a report.
 */
export function holdsManyWeeks(sections: readonly Section[]): boolean {
  return recognizeJournal(sections, { numbering: 'first-day' }) !== undefined;
}

interface WeekReading {
  /** The heading's week number takes the file's year (`第51周`): it may roll over at the year's end. */
  borrowsYear?: boolean;
  /** The heading's week number counts the weeks of the file's month (`第1周（12.4-12.8）`). */
  weekOfMonth?: boolean;
  /** Tells weeks apart: the week's place in time when known, else its number as written. */
  key?: string;
  /** A day without a year (and none in the file): its day of the year, in a year that is not leap. */
  dayOfYear?: number;
  week?: WeekInfo;
}

/**
 * How many different weeks the readings name. Days without a year cannot be placed in a week, so
 * they count as different weeks only a week or more apart: `### 12月18日` and `### 12月20日` are
 * a daily log inside one report.
 */
function distinctWeeks(readings: readonly WeekReading[]): number {
  const keys = new Set(readings.flatMap((r) => (r.key ? [r.key] : [])));
  const days = readings.flatMap((r) => (r.dayOfYear === undefined ? [] : [r.dayOfYear])).sort((a, b) => a - b);
  let clusters = 0;
  let clusterStart = -Infinity;
  for (const dayOfYear of days) {
    if (dayOfYear - clusterStart < 7) continue;
    clusters++;
    clusterStart = dayOfYear;
  }
  return keys.size + clusters;
}

/**
 * `readWeekHeading`, remembered by the heading and what it is read with: every file `check` reads is
 * asked whether it is a journal, and a series repeats its headings (本周工作, 下周计划) week after
 * week. Bounded: cleared when full.
 */
function rememberedWeekHeading(title: string, context: RecognitionContext): WeekReading | undefined {
  const key = `${context.numbering}\u0000${context.year ?? ''}\u0000${context.monthly ? 'month' : ''}\u0000${title}`;
  if (weekHeadings.has(key)) return weekHeadings.get(key);
  if (weekHeadings.size >= WEEK_HEADINGS_REMEMBERED) weekHeadings.clear();
  const reading = readWeekHeading(title, context);
  weekHeadings.set(key, reading);
  return reading;
}

const weekHeadings = new Map<string, WeekReading | undefined>();
const WEEK_HEADINGS_REMEMBERED = 5_000;

/** A heading as a week, or undefined when it names none (or names a part of a report). */
export function readWeekHeading(title: string, context: RecognitionContext): WeekReading | undefined {
  const role = sectionRole(stripWeekWords(title));
  if (role === 'key-work' || role === 'next-week') return undefined;
  const frontMatter: Record<string, string> = context.year ? { year: String(context.year) } : {};
  const detected = detectWeek({ frontMatter, title, headLines: [], numbering: context.numbering });
  const stated = detected.titleWeek;
  // In a monthly file `第1周` … `第5周` are the month's weeks: only the heading's days place it.
  const weekOfMonth = context.monthly === true && stated !== undefined && stated.year === undefined && stated.week <= MONTH_WEEKS;
  let week = weekOfMonth ? undefined : detected.week;
  if (!week) {
    const day = findMonthDay(title);
    const date = day && context.year ? makeDate(context.year, day.month, day.day) : undefined;
    const dated = date && detectWeek({ frontMatter: { date }, title: '', headLines: [], numbering: context.numbering }).week;
    if (dated) week = { ...dated, source: 'title' };
    else if (day) {
      const inCommonYear = makeDate(2001, day.month, day.day);
      return inCommonYear ? { dayOfYear: daysBetween('2001-01-01', inCommonYear), weekOfMonth } : undefined;
    }
  }
  if (!week) return undefined;
  const at = weekPosition(week, context.numbering);
  const borrowsYear =
    !weekOfMonth && stated !== undefined && stated.year === undefined && week.date === undefined && context.year !== undefined;
  return { key: at ? `${at.scale}:${at.index}` : `week:${week.week}`, week, borrowsYear, weekOfMonth };
}

/**
 * The week headings with the years their week numbers are counted in: the file's year, plus one
 * after each wrap (a drop of more than half a year) when the weeks run newest last, minus one when
 * they run newest first; then shifted so the longest run keeps the file's year (a tie: the oldest).
 */
function rolledOver(headings: readonly { section: Section; reading: WeekReading }[], context: RecognitionContext): JournalHeading[] {
  // Copies: the readings are remembered for other files' headings.
  const out: JournalHeading[] = headings.map(({ section, reading }) => ({
    section,
    week: reading.week && { ...reading.week },
    ...(reading.weekOfMonth ? { weekOfMonth: true } : {}),
  }));
  const borrowing = headings.flatMap((h, i) =>
    h.reading.borrowsYear && h.reading.week?.week !== undefined ? [{ i, week: h.reading.week.week }] : [],
  );
  const fileYear = context.year;
  if (fileYear === undefined || borrowing.length < 2) return out;
  const newestLast = weeksRunNewestLast(borrowing.map((b) => b.week));
  if (newestLast === undefined) return out;
  const offsets = [0];
  for (let k = 1; k < borrowing.length; k++) {
    const step = borrowing[k].week - borrowing[k - 1].week;
    const wraps = newestLast ? step < -HALF_YEAR_WEEKS : step > HALF_YEAR_WEEKS;
    offsets.push(offsets[k - 1] + (wraps ? (newestLast ? 1 : -1) : 0));
  }
  if (offsets.every((offset) => offset === 0)) return out;
  const runs = new Map<number, number>();
  for (const offset of offsets) runs.set(offset, (runs.get(offset) ?? 0) + 1);
  const oldestFirst = [...runs.keys()].sort((a, b) => a - b);
  const anchor = oldestFirst.reduce((best, offset) => (runs.get(offset)! > runs.get(best)! ? offset : best));
  borrowing.forEach(({ i }, k) => {
    const year = fileYear + offsets[k] - anchor;
    if (year === fileYear) return;
    const reread = rememberedWeekHeading(headings[i].section.name, { ...context, year });
    out[i] = { ...out[i], year, week: reread?.week && { ...reread.week } };
  });
  return out;
}

const HALF_YEAR_WEEKS = 26;

/**
 * Whether week numbers in file order run newest last (mostly rising, a drop past half a year being
 * a wrap into the next year), newest first (the mirror), or cannot tell (undefined).
 */
export function weeksRunNewestLast(weeks: readonly number[]): boolean | undefined {
  let rising = 0;
  for (let k = 1; k < weeks.length; k++) {
    const step = weeks[k] - weeks[k - 1];
    if (step === 0) continue;
    rising += step > 0 !== Math.abs(step) > HALF_YEAR_WEEKS ? 1 : -1;
  }
  return rising === 0 ? undefined : rising > 0;
}

/** `本周工作（12.18-12.22）` is the part 本周工作 with its dates: the role is read from the words alone. */
function stripWeekWords(title: string): string {
  return title.replace(/[(（【[][^)）】\]]*[)）】\]]/g, '').trim() || title;
}
