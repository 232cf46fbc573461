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
import type { Section, WeekInfo } from '../model';
import { detectWeek, findMonthDay } from '../parse/weekInfo';
import { sectionRole } from '../template/sectionNames';
import { daysBetween, makeDate, type WeekNumbering } from '../week';
import { weekPosition } from '../series/weekPosition';

export interface JournalHeading {
  section: Section;
  /** The week as the heading (and the file's year, for a heading without one) tells it. */
  week?: WeekInfo;
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
}

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
    if (distinctWeeks(headings.map((h) => h.reading)) >= 2) {
      // Copies: the readings are remembered for other files' headings.
      return { level, headings: headings.map(({ section, reading }) => ({ section, week: reading.week && { ...reading.week } })) };
    }
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
  const key = `${context.numbering}\u0000${context.year ?? ''}\u0000${title}`;
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
  let week = detectWeek({ frontMatter, title, headLines: [], numbering: context.numbering }).week;
  if (!week) {
    const day = findMonthDay(title);
    const date = day && context.year ? makeDate(context.year, day.month, day.day) : undefined;
    const dated = date && detectWeek({ frontMatter: { date }, title: '', headLines: [], numbering: context.numbering }).week;
    if (dated) week = { ...dated, source: 'title' };
    else if (day) {
      const inCommonYear = makeDate(2001, day.month, day.day);
      return inCommonYear ? { dayOfYear: daysBetween('2001-01-01', inCommonYear) } : undefined;
    }
  }
  if (!week) return undefined;
  const at = weekPosition(week, context.numbering);
  return { key: at ? `${at.scale}:${at.index}` : `week:${week.week}`, week };
}

/** `本周工作（12.18-12.22）` is the part 本周工作 with its dates: the role is read from the words alone. */
function stripWeekWords(title: string): string {
  return title.replace(/[(（【[][^)）】\]]*[)）】\]]/g, '').trim() || title;
}
