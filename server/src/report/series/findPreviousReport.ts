// Finding last week's report among the indexed ones. Pure: the caller supplies the index, so the
// server, the CLI and the tests share one lookup.
import { countedNumbering, type WeekNumberingSetting } from '../week';
import { fileEdition, recognisedReports } from './recognition';
import { sameUri, uriFileName, type ReportEntry } from './reportEntry';
import { weekPosition, type WeekPosition } from './weekPosition';

/** Past this many weeks beyond a series' usual gap, the previous report is too old to compare with (the default setting). */
export const DEFAULT_MAX_GAP_WEEKS = 8;
/** A cadence is read from the series' own gaps once it has this many; before, from its title words, else weekly. */
const MIN_GAPS_FOR_CADENCE = 3;

export interface SeriesOptions {
  /** `folder` (default): reports in the same folder form a series; `workspace`: all of them. */
  series?: 'folder' | 'workspace';
  /** How week numbers are counted (default `first-day`, as the setting). */
  numbering?: WeekNumberingSetting;
  /**
   * Skip the front matter `previous:` link: for a second lookup when the linked file could not be
   * read.
   */
  ignoreExplicit?: boolean;
  /** Weeks beyond the series' usual gap after which the previous report is `tooFar` (default 8). */
  maxGapWeeks?: number;
}

export type PreviousReason =
  /** Front matter `previous:` names it. */
  | 'explicit'
  /** The series' previous report, at the series' usual distance (a week for a weekly series). */
  | 'previous-week'
  /** The latest earlier report, further back than the series' usual gap (a holiday): see `gapWeeks`. */
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
  /** Weeks beyond the series' usual gap between the previous report and this one; 0 when on time. */
  gapWeeks: number;
  /** How many weeks back the previous report is (its week to this one's); set when both weeks are placed. */
  weeksBack?: number;
  /** The series' usual number of weeks between reports (1 weekly, 2 biweekly, 4–5 monthly). */
  usualGapWeeks?: number;
  /** The previous report lies more than `maxGapWeeks` beyond the usual gap: week-over-week rules stay silent. */
  tooFar?: boolean;
}

export function findPreviousReport(current: ReportEntry, index: readonly ReportEntry[], options: SeriesOptions = {}): PreviousLookup {
  const numbering = countedNumbering(options.numbering ?? 'first-day');
  if (current.previous && !options.ignoreExplicit) {
    const entry = index.find((candidate) => sameUri(candidate.uri, current.previous!));
    const distance = entry ? distanceOf(entry, current, index, options) : undefined;
    // A report the user named is never "too far": they asked for that comparison.
    const shown = distance && { weeksBack: distance.shown.weeksBack, usualGapWeeks: distance.shown.usualGapWeeks };
    return { reason: 'explicit', uri: entry?.uri ?? current.previous, entry, gapWeeks: distance?.gapWeeks ?? 0, ...shown };
  }
  const here = weekPosition(current.week, numbering);
  if (!here) return { reason: 'no-week', gapWeeks: 0 };

  const earlier = seriesPositions(current, index, options).filter(({ at }) => at.scale === here.scale && at.index < here.index);
  // Two reports for one week: take one deterministically.
  const best = earlier.reduce<(typeof earlier)[number] | undefined>(
    (kept, next) =>
      !kept || next.at.index > kept.at.index || (next.at.index === kept.at.index && next.entry.uri < kept.entry.uri) ? next : kept,
    undefined,
  );
  if (!best) return { reason: 'no-earlier-report', gapWeeks: 0 };
  const distance = distanceOf(best.entry, current, index, options)!;
  return {
    reason: distance.gapWeeks > 0 ? 'gap' : 'previous-week',
    uri: best.entry.uri,
    entry: best.entry,
    gapWeeks: distance.gapWeeks,
    ...distance.shown,
  };
}

/**
 * Every report of `current`'s series (itself included), oldest first: the one ordering that
 * navigation, history and definition/references walk. Reports whose week is unknown are left out.
 */
export function seriesMembers(current: ReportEntry, index: readonly ReportEntry[], options: SeriesOptions = {}): ReportEntry[] {
  const numbering = countedNumbering(options.numbering ?? 'first-day');
  const here = weekPosition(current.week, numbering);
  if (!here) return [];
  const members = [...seriesPositions(current, index, options), { entry: current, at: here }].filter(({ at }) => at.scale === here.scale);
  return members
    .sort((a, b) => a.at.index - b.at.index || (a.entry.uri < b.entry.uri ? -1 : a.entry.uri > b.entry.uri ? 1 : 0))
    .map(({ entry }) => entry);
}

/** The series' next report after `current` (the nearest later week), or undefined for the latest one. */
export function findNextReport(current: ReportEntry, index: readonly ReportEntry[], options: SeriesOptions = {}): ReportEntry | undefined {
  const members = seriesMembers(current, index, options);
  const at = members.findIndex((entry) => sameUri(entry.uri, current.uri));
  return at >= 0 ? members[at + 1] : undefined;
}

/** The series' reports (recognised, same folder or workspace, same edition) with their week positions. */
function seriesPositions(current: ReportEntry, index: readonly ReportEntry[], options: SeriesOptions) {
  const numbering = countedNumbering(options.numbering ?? 'first-day');
  const reports = recognisedReports(index);
  return index.flatMap((entry) => {
    if (!reports.has(entry.uri) || !inSameSeries(entry, current, options) || sameUri(entry.uri, current.uri)) return [];
    const at = weekPosition(entry.week, numbering);
    return at ? [{ entry, at }] : [];
  });
}

/** How far back `previous` is, against the series' usual gap. */
function distanceOf(previous: ReportEntry, current: ReportEntry, index: readonly ReportEntry[], options: SeriesOptions) {
  const numbering = countedNumbering(options.numbering ?? 'first-day');
  const from = weekPosition(previous.week, numbering);
  const to = weekPosition(current.week, numbering);
  if (!from || !to || from.scale !== to.scale) return undefined;
  const weeksBack = to.index - from.index;
  const usualGapWeeks = usualGap(current, index, options, to);
  // Biweekly and monthly reports drift by a week (a 5-week month, a late issue); weekly ones do not.
  const onTime = usualGapWeeks === 1 ? 1 : usualGapWeeks + 1;
  const gapWeeks = Math.max(0, weeksBack - onTime);
  const tooFar = gapWeeks > (options.maxGapWeeks ?? DEFAULT_MAX_GAP_WEEKS);
  return { gapWeeks, shown: { weeksBack, usualGapWeeks, ...(tooFar ? { tooFar } : {}) } };
}

/**
 * The series' usual weeks between reports: the median of the gaps between its reports (this one
 * included) once there are MIN_GAPS_FOR_CADENCE of them, else what the title or file name says
 * (biweekly, monthly…), else 1.
 */
function usualGap(current: ReportEntry, index: readonly ReportEntry[], options: SeriesOptions, here: WeekPosition): number {
  const positions = seriesPositions(current, index, options).filter(({ at }) => at.scale === here.scale);
  const weeks = [...new Set([...positions.map(({ at }) => at.index), here.index])].sort((a, b) => a - b);
  const gaps = weeks
    .slice(1)
    .map((week, i) => week - weeks[i])
    .sort((a, b) => a - b);
  if (gaps.length >= MIN_GAPS_FOR_CADENCE) return gaps[(gaps.length - 1) >> 1];
  return statedCadenceWeeks(`${current.title ?? ''} ${uriFileName(current.uri)}`) ?? 1;
}

/** Cadence words: 双周/biweekly/半月 → 2, 月报/monthly → 4; undefined when none. */
function statedCadenceWeeks(text: string): number | undefined {
  if (/双周|半月|\bbi-?weekly\b|\bfortnightly\b|\bsemi-?monthly\b/i.test(text)) return 2;
  if (/月报|月刊|\bmonthly\b|\bthis\s+month\s+in\b/i.test(text)) return 4;
  return undefined;
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
  const sameFolder = options.series === 'workspace' || sameUri(a.folder, b.folder);
  return sameFolder && fileEdition(uriFileName(a.uri)) === fileEdition(uriFileName(b.uri));
}
