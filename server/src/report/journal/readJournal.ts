// A journal file read as its weeks: each week is a `Report` of its own, cut from the whole file's
// report (no second parse), with the whole file's positions, so every rule, the comparison and the
// outline work on a week exactly as on a report file and their ranges land in the right place.
import type { Report, Section } from '../model';
import type { Metric } from '../metrics/types';
import { CREATED_LINE_SEARCH, detectWeek, detectWeekAuto, type DetectedWeek, type WeekEvidence } from '../parse/weekInfo';
import type { EditCache } from '../editCache';
import { countToldDoneAfter, datedProse } from '../rules/dateMentions';
import { countedNumbering, type WeekNumberingSetting } from '../week';
import { fileIsMonthly, recognizeJournal, type JournalHeading } from './recognizeJournal';

export interface JournalWeek {
  /** The week's heading section (its sections are its children). */
  section: Section;
  /** The week alone, as a report: title = its heading, positions in the whole file. */
  report: Report;
  metrics: Metric[];
}

export interface Journal {
  /** Heading level of the weeks. */
  level: number;
  /** The weeks in file order (newest first or last, as written). */
  weeks: JournalWeek[];
}

export interface JournalOptions {
  fileName?: string;
  weekNumbering?: WeekNumberingSetting;
  /**
   * Each week's reading of its week, by its text and place, from the document's previous version:
   * under `auto` numbering that reading scans the week's dates, and a keystroke changes one week.
   */
  weekReadings?: EditCache<DetectedWeek>;
}

/** The file's weeks when it is a journal (`recognizeJournal`), else undefined. */
export function readJournal(report: Report, metrics: readonly Metric[], options: JournalOptions = {}): Journal | undefined {
  const setting = options.weekNumbering ?? 'first-day';
  const year = statedYear(report, options.fileName);
  const monthly = fileIsMonthly({ frontMatter: report.frontMatter, title: report.title, fileName: options.fileName });
  const layout = recognizeJournal(report.sections, { numbering: countedNumbering(setting), year, monthly });
  if (!layout) return undefined;
  const weeks = layout.headings.map(({ section, week, ...counted }) => {
    const weekReport = cutWeek(report, section, setting, counted, counted.year ?? year, options.weekReadings);
    if (!weekReport.week && week) weekReport.week = week;
    return { section, report: weekReport, metrics: withinLines(metrics, (m) => m.range.start.line, section) };
  });
  options.weekReadings?.settle();
  return { level: layout.level, weeks };
}

/** The year the file gives outside its weeks: front matter, then its title, then its name. */
function statedYear(report: Report, fileName: string | undefined): number | undefined {
  const sources = [report.frontMatter.year, report.frontMatter.date, report.title, fileName?.replace(/^.*[\\/]/, '')];
  for (const source of sources) {
    const m = source ? /(?<!\d)((?:19|20)\d{2})(?!\d)/.exec(source) : null;
    if (m) return +m[1];
  }
  return undefined;
}

function cutWeek(
  whole: Report,
  section: Section,
  setting: WeekNumberingSetting,
  heading: Pick<JournalHeading, 'weekOfMonth'>,
  year: number | undefined,
  readings: EditCache<DetectedWeek> | undefined,
): Report {
  const start = section.range.start.line;
  const end = section.range.end.line;
  const proseLines = withinLines(whole.proseLines, (p) => p.line, section);
  const evidence: Omit<WeekEvidence, 'numbering'> = {
    frontMatter: year ? { year: String(year) } : {},
    // A week of the month (`第1周（12.4-12.8）`) is not week 1 of the year: its days placed it.
    title: heading.weekOfMonth ? '' : section.name,
    // A `Created:` line under the week's heading, not the heading itself.
    headLines: whole.lines.slice(start + 1, Math.min(end + 1, start + 1 + CREATED_LINE_SEARCH)),
  };
  const titleRange = section.selectionRange;
  const read = (): DetectedWeek =>
    setting === 'auto'
      ? detectWeekAuto(evidence, (weekEnd) => {
          const createdLine = firstCreatedLine(evidence);
          const prose = datedProse({ proseLines, sections: [section], titleRange, createdLine: createdLine && start + 1 + createdLine });
          return countToldDoneAfter(prose, weekEnd, weekEnd);
        })
      : detectWeek({ ...evidence, numbering: setting });
  // The reading is the same wherever the week lies: its `Created:` line is counted from the heading.
  const key = () => [setting, year, heading.weekOfMonth, ...whole.lines.slice(start, end + 1)].join('\n');
  const detected = readings ? readings.get(key(), read) : read();
  return {
    title: section.name,
    titleRange,
    week: detected.week,
    titleWeek: detected.titleWeek,
    createdLine: detected.createdLine === undefined ? undefined : start + 1 + detected.createdLine,
    // The file's front matter (and its `previous:` link) belongs to the file, not to one week.
    frontMatter: {},
    frontMatterEndLine: -1,
    sections: [section],
    listItems: withinLines(whole.listItems, (item) => item.range.start.line, section),
    proseLines,
    tables: withinLines(whole.tables, (table) => table.range.start.line, section),
    lineCount: end + 1,
    plainTextBlocks: whole.plainTextBlocks?.filter((block) => block.line >= start && block.line <= end),
    looksLikeReport: true,
    lines: whole.lines,
  };
}

function firstCreatedLine(evidence: Omit<WeekEvidence, 'numbering'>): number | undefined {
  return detectWeek({ ...evidence, numbering: 'first-day' }).createdLine;
}

/** The items of a list sorted by line that lie within the section's lines, found by binary search. */
function withinLines<T>(items: readonly T[], lineOf: (item: T) => number, section: Section): T[] {
  const from = firstAtOrAfter(items, lineOf, section.range.start.line);
  const to = firstAtOrAfter(items, lineOf, section.range.end.line + 1);
  return items.slice(from, to);
}

function firstAtOrAfter<T>(items: readonly T[], lineOf: (item: T) => number, line: number): number {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (lineOf(items[middle]) < line) low = middle + 1;
    else high = middle;
  }
  return low;
}
