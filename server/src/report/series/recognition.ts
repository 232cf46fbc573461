// Which Markdown files are reports. Pure: the server's index and the CLI's folder walk both ask here.
//
// A file is a report when its own text says so (a title or metadata header naming a weekly, biweekly,
// monthly or status report, "This Week in …", a stated week, `type: weekly-report`), when the
// `weeklyReport.files` setting claims it, or when its name carries a date and it belongs to a dated
// series in its folder. The last rule is what keeps a folder of dated blog posts or daily notes from
// becoming reports while `2020-03-02.md`, `20230811.en.md` or `2016-05-02-twis-61.md` are read as one:
//
// - a **scheme** is the file name with its dates and other numbers blanked and its edition
//   (`.en`, `.zh_CN`) set aside: `2016-05-02-twis-61.md` → `{date}-twis-#`;
// - names ordered only by a number (`issue-314.md` → `issue-#`) form a series the same way when
//   their metadata dates (front matter, a `Date:` header) keep the cadence;
// - files sharing a scheme in one folder form a series when there are at least MIN_SERIES of them
//   and their dates keep a report's cadence: the median gap between consecutive dates is between
//   MIN_CADENCE_DAYS (weekly) and MAX_CADENCE_DAYS (monthly, with slack). Daily notes (1 day apart)
//   and one-off posts (each its own slug) never qualify;
// - a dated file whose slug is its own (`2024-06-28-input-text-emoji.md` among
//   `…-this-month-in-servo.md`) is a report when most files dated the same way in its folder are.
import { daysBetween, makeDate } from '../week';
import { canonicalUri, uriFileName, type ReportEntry } from './reportEntry';

/** The file name says when: its first full date, the scheme it follows and its edition. */
export interface DatedName {
  /** `YYYY-MM-DD`: the first full date in the name. */
  date: string;
  /** The name with dates as `{date}`, other digit runs as `#`, edition and extension removed. */
  scheme: string;
  /** The scheme's dated prefix with the free-text slug as `*`: files "dated the same way". */
  family: string;
}

/** Words in a title or metadata header that make a document a periodic report. */
const REPORT_TITLE =
  /周报|双周报|半月报|月报|季报|周刊|双周刊|半月刊|月刊|周进展|双周进展|简报|\bnewsletter\b|第\s*[0-9一二三四五六七八九十百]+\s*期|\b(?:bi-?)?weekly\b|\bfortnightly\b|\b(?:semi-?)?monthly\b|\bstatus\b|\bthis\s+(?:week|fortnight|month)\s+in\b|\bthese\s+weeks\s+in\b|\b(?:week|month)\s+in\s+review\b/i;
const REPORT_TYPES = new Set(['weekly-report', 'weekly', 'biweekly', 'monthly', 'report', 'status']);

export const MIN_SERIES = 3;
export const MIN_CADENCE_DAYS = 5;
export const MAX_CADENCE_DAYS = 45;

export interface ReportEvidence {
  frontMatter: Record<string, string>;
  /** The document's first (level-1) heading. */
  title?: string;
  /** A week number the title states (`第51周`, `Week 51`). */
  titleWeek?: unknown;
  fileName?: string;
}

/** The document's own text (or its file name's words) says it is a report. */
export function readsAsReport(e: ReportEvidence): boolean {
  const fm = e.frontMatter;
  if (REPORT_TYPES.has(fm.type?.toLowerCase() ?? '') || fm.week !== undefined || e.titleWeek !== undefined) return true;
  const base = e.fileName ? baseName(e.fileName) : undefined;
  // A project's own documents talk about reports (`# Weekly Report (周报) for VS Code`) without being one.
  if (base !== undefined && PROJECT_DOCUMENT.test(base.replace(EDITION, ''))) return false;
  return [e.title, fm.title, base?.replace(/[-_]+/g, ' ')].some((text) => text !== undefined && REPORT_TITLE.test(text));
}

const PROJECT_DOCUMENT =
  /^(?:readme|changelog|changes|history|news|contributing|code[-_]of[-_]conduct|security|support|licen[cs]e|architecture|authors|todo)$/i;

/** The file's name without folder and Markdown extension. */
function baseName(fileName: string): string {
  return fileName.replace(/^.*[\\/]/, '').replace(/\.(md|markdown)$/i, '');
}

const EDITION = /\.([a-z]{2,3}(?:[-_][a-z]{2,4})?)$/i;

/** `20230811.zh_CN.md` → `zh-cn`: parallel editions of one report (language versions) are separate series. */
export function fileEdition(fileName: string): string {
  const m = EDITION.exec(baseName(fileName));
  return m ? m[1].toLowerCase().replace('_', '-') : '';
}

const FULL_DATE = /(?<!\d)(\d{4})([-_.]?)(\d{2})\2(\d{2})(?!\d)/g;
/** `2022-01.md`: a monthly report named by its month (read as the month's first day). */
const YEAR_MONTH = /(?<![\d.])(\d{4})[-_](\d{2})(?![\d])(?![-_.]\d)/g;

/**
 * The date a file name carries (`2020-03-02.md`, `2025-02-12_issue-314.md`, `20230811.en.md`, a
 * month as in `2022-01.md`), with its scheme.
 */
export function datedName(fileName: string): DatedName | undefined {
  const edition = fileEdition(fileName);
  const base = edition ? baseName(fileName).slice(0, -edition.length - 1) : baseName(fileName);
  let first: string | undefined;
  let scheme = base.replace(FULL_DATE, (whole, y: string, _sep: string, m: string, d: string) => {
    const date = makeDate(+y, +m, +d);
    if (!date) return whole;
    first ??= date;
    return '\u0000';
  });
  if (first === undefined) {
    scheme = base.replace(YEAR_MONTH, (whole, y: string, m: string) => {
      const date = makeDate(+y, +m, 1);
      if (!date) return whole;
      first ??= date;
      return '\u0000';
    });
  }
  if (first === undefined) return undefined;
  const shape = (text: string) =>
    text
      .replace(/\d+/g, '#')
      .replace(/\u0000/g, '{date}')
      .toLowerCase();
  // The family keeps what precedes the first date and the separator after it; the rest is the slug.
  const markerEnd = scheme.indexOf('\u0000') + 1;
  const rest = scheme.slice(markerEnd);
  const separator = /^[-_. ]/.exec(rest)?.[0] ?? '';
  const family = shape(scheme.slice(0, markerEnd)) + (rest.length > separator.length ? `${separator}*` : separator);
  return { date: first, scheme: shape(scheme), family };
}

const recognised = new WeakMap<readonly ReportEntry[], ReadonlySet<string>>();

/**
 * The uris of the indexed files that are reports: those that read as reports, and dated files of a
 * series (see the file comment). Memoised per array: the server's index hands out one array until it
 * changes.
 */
export function recognisedReports(entries: readonly ReportEntry[]): ReadonlySet<string> {
  const known = recognised.get(entries);
  if (known) return known;
  const reports = new Set<string>(entries.filter((entry) => !entry.byNameOnly).map((entry) => entry.uri));
  const dated = entries.flatMap((entry) => {
    const name = uriFileName(entry.uri);
    const named = datedName(name);
    return named ? [{ uri: entry.uri, named, series: `${entry.folder}\u0000${fileEdition(name)}` }] : [];
  });
  for (const members of groupBy(dated, (file) => `${file.series}\u0000${file.named.scheme}`).values()) {
    if (members.length >= MIN_SERIES && keepsCadence(members.map((file) => file.named.date)))
      for (const file of members) reports.add(file.uri);
  }
  for (const members of groupBy(dated, (file) => `${file.series}\u0000${file.named.family}`).values()) {
    if (members.filter((file) => reports.has(file.uri)).length * 2 > members.length) for (const file of members) reports.add(file.uri);
  }
  // `issue-313.md`, `issue-314.md`…: numbered names whose metadata dates keep a cadence.
  const numbered = entries.flatMap((entry) => {
    const name = uriFileName(entry.uri);
    const scheme = datedName(name) ? undefined : numberedScheme(name);
    const date = entry.week?.monday ?? entry.week?.date;
    return scheme && date ? [{ uri: entry.uri, date, key: `${entry.folder}\u0000${fileEdition(name)}\u0000${scheme}` }] : [];
  });
  for (const members of groupBy(numbered, (file) => file.key).values()) {
    if (members.length >= MIN_SERIES && keepsCadence(members.map((file) => file.date))) for (const file of members) reports.add(file.uri);
  }
  recognised.set(entries, reports);
  return reports;
}

/** Whether an indexed file is a report (see `recognisedReports`). */
export function isRecognisedReport(entries: readonly ReportEntry[], uri: string): boolean {
  const reports = recognisedReports(entries);
  return reports.has(uri) || canonicalReports(entries, reports).has(canonicalUri(uri));
}

// Asked per keystroke for files that are no report: once per index, not once per report.
const canonicalRecognised = new WeakMap<readonly ReportEntry[], ReadonlySet<string>>();

function canonicalReports(entries: readonly ReportEntry[], reports: ReadonlySet<string>): ReadonlySet<string> {
  let canonical = canonicalRecognised.get(entries);
  if (!canonical) canonicalRecognised.set(entries, (canonical = new Set([...reports].map(canonicalUri))));
  return canonical;
}

/** A Markdown file worth indexing though it does not read as a report: its name carries a date or a number. */
export function mayJoinSeries(fileName: string): boolean {
  return datedName(fileName) !== undefined || numberedScheme(fileName) !== undefined;
}

/** `issue-314.md` → `issue-#`: a name ordered by a number, edition and extension set aside. */
export function numberedScheme(fileName: string): string | undefined {
  const edition = fileEdition(fileName);
  const base = edition ? baseName(fileName).slice(0, -edition.length - 1) : baseName(fileName);
  return /\d/.test(base) ? base.replace(/\d+/g, '#').toLowerCase() : undefined;
}

/** Whether consecutive dates are a report's cadence apart (median gap, weekly to monthly). */
export function keepsCadence(dates: readonly string[]): boolean {
  const gap = medianGapDays(dates);
  return gap !== undefined && gap >= MIN_CADENCE_DAYS && gap <= MAX_CADENCE_DAYS;
}

/** The median number of days between consecutive distinct dates; undefined for fewer than two. */
export function medianGapDays(dates: readonly string[]): number | undefined {
  const sorted = [...new Set(dates)].sort();
  const gaps: number[] = [];
  for (let i = 1; i < sorted.length; i++) {
    const days = daysBetween(sorted[i - 1], sorted[i]);
    if (Number.isFinite(days)) gaps.push(days);
  }
  if (gaps.length === 0) return undefined;
  gaps.sort((a, b) => a - b);
  const middle = gaps.length >> 1;
  return gaps.length % 2 ? gaps[middle] : (gaps[middle - 1] + gaps[middle]) / 2;
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}
