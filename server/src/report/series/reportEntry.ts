// The pure part of the workspace report index: what the server keeps per report file so that
// last week's report can be found without re-reading every file.
import type { Report, WeekInfo } from '../model';

export interface ReportEntry {
  uri: string;
  week?: WeekInfo;
  title?: string;
  /** Front matter `previous:` resolved against `uri`: an explicit link to last week's report. */
  previous?: string;
  /** The uri of the folder holding the report (no trailing slash): the default series. */
  folder: string;
}

/** The entry for a parsed report; `previous:` in the front matter is resolved against `uri`. */
export function createReportEntry(uri: string, report: Pick<Report, 'week' | 'title' | 'frontMatter'>): ReportEntry {
  const link = report.frontMatter['previous']?.trim();
  return {
    uri,
    week: report.week,
    title: report.title,
    previous: link ? resolveRelativeUri(uri, unquote(link)) : undefined,
    folder: folderOf(uri),
  };
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

function canonicalUri(uri: string): string {
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
