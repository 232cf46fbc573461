// Finding last week's report among the indexed ones. Pure: the caller supplies the index, so the
// server, the CLI and the tests share one lookup.
import type { WeekNumbering } from '../week';
import { sameUri, type ReportEntry } from './reportEntry';
import { weekPosition, type WeekPosition } from './weekPosition';

export interface SeriesOptions {
  /** `folder` (default): reports in the same folder form a series; `workspace`: all of them. */
  series?: 'folder' | 'workspace';
  /** How week numbers are counted (default `first-day`, as the setting). */
  numbering?: WeekNumbering;
  /**
   * Skip the front matter `previous:` link: for a second lookup when the linked file could not be
   * read.
   */
  ignoreExplicit?: boolean;
}

export type PreviousReason =
  /** Front matter `previous:` names it. */
  | 'explicit'
  /** The report of the week right before. */
  | 'previous-week'
  /** The latest earlier report, weeks apart (a holiday week): see `gapWeeks`. */
  | 'gap'
  /** The series holds no earlier report. */
  | 'no-earlier-report'
  /** The current report's week is unknown, so nothing can be earlier. */
  | 'no-week';

export interface PreviousLookup {
  reason: PreviousReason;
  /**
   * The previous report's uri. For `explicit` it is set even when the index does not hold the
   * file (`entry` undefined): the caller reads it, or looks again with `ignoreExplicit`.
   */
  uri?: string;
  entry?: ReportEntry;
  /** Weeks with no report between the previous report and this one; 0 when consecutive. */
  gapWeeks: number;
}

export function findPreviousReport(
  current: ReportEntry,
  index: readonly ReportEntry[],
  options: SeriesOptions = {},
): PreviousLookup {
  if (current.previous && !options.ignoreExplicit) {
    const entry = index.find((candidate) => sameUri(candidate.uri, current.previous!));
    return { reason: 'explicit', uri: entry?.uri ?? current.previous, entry, gapWeeks: gapBetween(entry, current, options) };
  }
  const numbering = options.numbering ?? 'first-day';
  const here = weekPosition(current.week, numbering);
  if (!here) return { reason: 'no-week', gapWeeks: 0 };

  let best: { entry: ReportEntry; at: WeekPosition } | undefined;
  for (const candidate of index) {
    if (!inSameSeries(candidate, current, options) || sameUri(candidate.uri, current.uri)) continue;
    const at = weekPosition(candidate.week, numbering);
    if (!at || at.scale !== here.scale || at.index >= here.index) continue;
    // Two reports for one week: take one deterministically.
    if (!best || at.index > best.at.index || (at.index === best.at.index && candidate.uri < best.entry.uri)) {
      best = { entry: candidate, at };
    }
  }
  if (!best) return { reason: 'no-earlier-report', gapWeeks: 0 };
  const gapWeeks = here.index - best.at.index - 1;
  return { reason: gapWeeks > 0 ? 'gap' : 'previous-week', uri: best.entry.uri, entry: best.entry, gapWeeks };
}

/**
 * The series' reports before `current`, oldest first, at most `count` of them (the latest ones),
 * following `previous:` links where reports give them. With `current` appended they make a trend.
 */
export function seriesHistory(
  current: ReportEntry,
  index: readonly ReportEntry[],
  count: number,
  options: SeriesOptions = {},
): ReportEntry[] {
  const history: ReportEntry[] = [];
  let cursor = current;
  while (history.length < count) {
    const lookup = findPreviousReport(cursor, index, options);
    const entry = lookup.entry ?? (lookup.reason === 'explicit' ? fallback(cursor, index, options) : undefined);
    // A `previous:` cycle (or a self-link) must not loop forever.
    if (!entry || sameUri(entry.uri, current.uri) || history.some((seen) => sameUri(seen.uri, entry.uri))) break;
    history.push(entry);
    cursor = entry;
  }
  return history.reverse();
}

function fallback(cursor: ReportEntry, index: readonly ReportEntry[], options: SeriesOptions): ReportEntry | undefined {
  return findPreviousReport(cursor, index, { ...options, ignoreExplicit: true }).entry;
}

function inSameSeries(a: ReportEntry, b: ReportEntry, options: SeriesOptions): boolean {
  return options.series === 'workspace' || sameUri(a.folder, b.folder);
}

function gapBetween(previous: ReportEntry | undefined, current: ReportEntry, options: SeriesOptions): number {
  const numbering = options.numbering ?? 'first-day';
  const from = weekPosition(previous?.week, numbering);
  const to = weekPosition(current.week, numbering);
  if (!from || !to || from.scale !== to.scale) return 0;
  return Math.max(0, to.index - from.index - 1);
}
