// The pure part of the workspace report index: what the server keeps per report file so that
// last week's report can be found without re-reading every file.
import type { Report, WeekInfo } from '../model';
import { memoByString } from '../memo';

export interface ReportEntry {
  uri: string;
  week?: WeekInfo;
  title?: string;
  /** Front matter `previous:` resolved against `uri`: an explicit link to last week's report. */
  previous?: string;
  /** The uri of the folder holding the report (no trailing slash): the default series. */
  folder: string;
  /**
   * Indexed only because its name carries a date: a report when its folder's dated files form a
   * series (`recognisedReports`), not by itself. Absent for files that read as reports.
   */
  byNameOnly?: boolean;
}

/**
 * The entry for a parsed report; `previous:` in the front matter is resolved against `uri`.
 * `isReport: false` marks a dated file indexed only as a possible member of a series.
 */
export function createReportEntry(uri: string, report: Pick<Report, 'week' | 'title' | 'frontMatter'>, isReport = true): ReportEntry {
  const link = report.frontMatter['previous']?.trim();
  return {
    uri,
    week: report.week,
    title: report.title,
    previous: link ? resolveRelativeUri(uri, unquote(link)) : undefined,
    folder: folderOf(uri),
    ...(isReport ? {} : { byNameOnly: true }),
  };
}

/** The file name of a uri, decoded (`%E5%91%A8` → 周). */
export function uriFileName(uri: string): string {
  const name = uri.slice(uri.lastIndexOf('/') + 1);
  try {
    return decodeURIComponent(name);
  } catch {
    return name;
  }
}

export function folderOf(uri: string): string {
  const slash = uri.lastIndexOf('/');
  return slash > 0 ? uri.slice(0, slash) : '';
}

/** `./2023-W50.md` against `file:///r/2023-W51.md`; the path itself when `base` is no URL. */
export function resolveRelativeUri(base: string, path: string): string {
  try {
    return new URL(path.replace(/\\/g, '/'), base).href;
  } catch {
    return path;
  }
}

/** VS Code and `URL` percent-encode differently (`c%3A` vs `c:`, 周 vs %E5%91%A8): compare decoded. */
export function sameUri(a: string, b: string): boolean {
  return canonicalUri(a) === canonicalUri(b);
}

/**
 * The form `sameUri` compares: decoded, the drive letter in lower case. Remembered per uri: a series
 * lookup compares the same few uris many times per report (last week, each trend week, the folder).
 */
export const canonicalUri = memoByString(decodedUri, 20_000);

function decodedUri(uri: string): string {
  let decoded = uri;
  try {
    decoded = decodeURIComponent(uri);
  } catch {
    // A stray `%` leaves the uri as written.
  }
  // Windows drive letters come in either case.
  return decoded.replace(/^file:\/\/\/([A-Za-z]):/, (_, drive: string) => `file:///${drive.toLowerCase()}:`);
}

function unquote(text: string): string {
  return text.replace(/^(["'])(.*)\1$/, '$2');
}
