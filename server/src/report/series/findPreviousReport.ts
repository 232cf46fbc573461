// Finding last week's report among the indexed ones. Pure: the caller supplies the index, so the
// server, the CLI and the tests share one lookup.
import { countedNumbering, type WeekNumbering, type WeekNumberingSetting } from '../week';
import type { WeekInfo } from '../model';
import { fileEdition, recognisedReports } from './recognition';
import { canonicalUri, sameUri, uriFileName, type ReportEntry } from './reportEntry';
import { weekPosition, type WeekPosition } from './weekPosition';
import type { Settings } from '../base/settings';

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

/** The series options a user's settings give: which reports form a series, how weeks count, the too-far bound. */
export function seriesOptionsFrom(
  settings: Pick<Settings, 'series' | 'weekNumbering'> & Partial<Pick<Settings, 'maxGapWeeks'>>,
): SeriesOptions {
  return { series: settings.series, numbering: settings.weekNumbering, maxGapWeeks: settings.maxGapWeeks };
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
  const series = seriesIndexOf(index, options);
  return series.rememberedLookup(current, options, () => lookUp(current, series, options));
}

/** The lookup itself, against the series index; `findPreviousReport` remembers its answers per entry. */
function lookUp(current: ReportEntry, series: SeriesIndex, options: SeriesOptions): PreviousLookup {
  if (current.previous && !options.ignoreExplicit) {
    const entry = series.byUri.get(canonicalUri(current.previous));
    const distance = entry ? distanceOf(entry, current, series, options) : undefined;
    // A report the user named is never "too far": they asked for that comparison.
    const shown = distance && { weeksBack: distance.shown.weeksBack, usualGapWeeks: distance.shown.usualGapWeeks };
    return { reason: 'explicit', uri: entry?.uri ?? current.previous, entry, gapWeeks: distance?.gapWeeks ?? 0, ...shown };
  }
  const here = weekPosition(current.week, series.numbering);
  if (!here) return { reason: 'no-week', gapWeeks: 0 };

  const best = latestBefore(series.group(current, here), here.index, canonicalUri(current.uri));
  if (!best) return { reason: 'no-earlier-report', gapWeeks: 0 };
  const distance = distanceOf(best.entry, current, series, options)!;
  return {
    reason: distance.gapWeeks > 0 ? 'gap' : 'previous-week',
    uri: best.entry.uri,
    entry: best.entry,
    gapWeeks: distance.gapWeeks,
    ...distance.shown,
  };
}

/**
 * The member of a sorted group latest before week `before`, `current` itself left out; of two
 * reports for one week, the one with the smaller uri (deterministic). A binary search, then a walk
 * over that week's reports only.
 */
function latestBefore(group: readonly PlacedEntry[], before: number, current: string): PlacedEntry | undefined {
  let low = 0;
  let high = group.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (group[middle].at.index < before) low = middle + 1;
    else high = middle;
  }
  let best: PlacedEntry | undefined;
  for (let i = low - 1; i >= 0; i--) {
    const candidate = group[i];
    if (candidate.canonical === current) continue;
    if (best && candidate.at.index !== best.at.index) break;
    best = candidate; // sorted by uri within a week: walking back reaches the smaller ones last
  }
  return best;
}

/**
 * Every report of `current`'s series (itself included), oldest first: the one ordering that
 * navigation, history and definition/references walk. Reports whose week is unknown are left out.
 */
export function seriesMembers(current: ReportEntry, index: readonly ReportEntry[], options: SeriesOptions = {}): ReportEntry[] {
  const series = seriesIndexOf(index, options);
  const here = weekPosition(current.week, series.numbering);
  if (!here) return [];
  const self = canonicalUri(current.uri);
  const members = series.group(current, here).filter((placed) => placed.canonical !== self);
  const at = members.findIndex((placed) => byWeekThenUri(placed, { entry: current, at: here }) > 0);
  const entries = members.map((placed) => placed.entry);
  entries.splice(at < 0 ? entries.length : at, 0, current);
  return entries;
}

/** The series' next report after `current` (the nearest later week), or undefined for the latest one. */
export function findNextReport(current: ReportEntry, index: readonly ReportEntry[], options: SeriesOptions = {}): ReportEntry | undefined {
  const members = seriesMembers(current, index, options);
  const at = members.indexOf(current);
  return at >= 0 ? members[at + 1] : undefined;
}

/** An indexed report placed once: what every lookup compares, computed when the index array is first seen. */
interface PlacedEntry {
  entry: ReportEntry;
  /** `canonicalUri(entry.uri)`. */
  canonical: string;
  at: WeekPosition;
}

/**
 * The index as lookups need it: recognised reports with a week, grouped by series (folder or
 * workspace, edition, week scale) and sorted by week then uri. Made once per index array and
 * options: the server's index hands out one array until it changes, so a keystroke pays a binary
 * search instead of a scan that canonicalises every uri and redoes every week's date arithmetic.
 */
class SeriesIndex {
  readonly byUri = new Map<string, ReportEntry>();
  private readonly groups = new Map<string, PlacedEntry[]>();
  /** Median gaps per group, and per group, report and week where the report changes the group's weeks. */
  private readonly medianGaps = new Map<string, number | undefined>();
  /** Each group's distinct weeks. */
  private readonly groupWeeks = new Map<string, Set<number>>();
  /** The placed reports by canonical uri (the first of two spellings). */
  private readonly placed = new Map<string, PlacedEntry>();

  constructor(
    index: readonly ReportEntry[],
    readonly numbering: WeekNumbering,
    private readonly wholeWorkspace: boolean,
  ) {
    const reports = recognisedReports(index);
    for (const entry of index) {
      const canonical = canonicalUri(entry.uri);
      // The first of two spellings of one uri wins, as a scan in index order would find it.
      if (!this.byUri.has(canonical)) this.byUri.set(canonical, entry);
      if (!reports.has(entry.uri)) continue;
      const at = weekPosition(entry.week, numbering);
      if (!at) continue;
      const placed = { entry, canonical, at };
      if (!this.placed.has(canonical)) this.placed.set(canonical, placed);
      const key = this.keyOf(entry, at);
      const group = this.groups.get(key);
      if (group) group.push(placed);
      else this.groups.set(key, [placed]);
    }
    for (const group of this.groups.values()) group.sort(byWeekThenUri);
  }

  /**
   * Lookups answered, per report (canonical uri) and per the options the index does not hold: in
   * `check` a report's own lookup is asked again by `seriesHistory`, each report's history walks the
   * entries the previous report's walk just looked up, and this week's entry (made from the parse)
   * reads like the index's entry for the same file. Lives as long as this index, so a changed index
   * (a new array) starts afresh; an entry with other fields (an edit, a change in place) is looked up again.
   */
  private readonly lookups = new Map<string, RememberedLookups>();

  rememberedLookup(current: ReportEntry, options: SeriesOptions, lookUp: () => PreviousLookup): PreviousLookup {
    const uri = canonicalUri(current.uri);
    let known = this.lookups.get(uri);
    if (!known || !sameLookupFields(known.fields, current))
      this.lookups.set(uri, (known = { fields: lookupFieldsOf(current), byOptions: new Map() }));
    const key = `${options.ignoreExplicit === true}\u0000${options.maxGapWeeks ?? DEFAULT_MAX_GAP_WEEKS}`;
    let lookup = known.byOptions.get(key);
    if (!lookup) known.byOptions.set(key, (lookup = lookUp()));
    // Callers own what they are given: the remembered answer stays as it was made.
    return { ...lookup };
  }

  /** The sorted reports of `current`'s series at `here`'s scale (`current` among them if it is indexed). */
  group(current: ReportEntry, here: WeekPosition): readonly PlacedEntry[] {
    return this.groups.get(this.keyOf(current, here)) ?? [];
  }

  /**
   * The median gap in weeks between the distinct weeks of `current`'s series, its own week `here`
   * included; undefined below MIN_GAPS_FOR_CADENCE gaps. When `here` is already one of the group's
   * weeks and `current` is not indexed at another week (the usual case: an indexed report, or last
   * week's looked up from it), that is the group's own median, computed once per group; otherwise it
   * is computed for this report and week and remembered.
   */
  medianGap(current: ReportEntry, here: WeekPosition): number | undefined {
    const groupKey = this.keyOf(current, here);
    const group = this.groups.get(groupKey) ?? [];
    const self = canonicalUri(current.uri);
    const indexedAt = this.placed.get(self)?.at;
    let weeksOfGroup = this.groupWeeks.get(groupKey);
    if (!weeksOfGroup) this.groupWeeks.set(groupKey, (weeksOfGroup = new Set(group.map((p) => p.at.index))));
    const isUsual =
      weeksOfGroup.has(here.index) &&
      (indexedAt === undefined || indexedAt.index === here.index || !group.some((p) => p.canonical === self));
    const key = isUsual ? groupKey : `${groupKey}\u0000${self}\u0000${here.index}`;
    if (this.medianGaps.has(key)) return this.medianGaps.get(key);
    const weeks = isUsual
      ? [...weeksOfGroup]
      : [...new Set([...group.flatMap((p) => (p.canonical === self ? [] : [p.at.index])), here.index])];
    const median = medianOfGaps(weeks.sort((a, b) => a - b));
    this.medianGaps.set(key, median);
    return median;
  }

  private keyOf(entry: ReportEntry, at: WeekPosition): string {
    const folder = this.wholeWorkspace ? '' : canonicalUri(entry.folder);
    return `${folder}\u0000${fileEdition(uriFileName(entry.uri))}\u0000${at.scale}`;
  }
}

/** An entry's remembered lookups, with the fields they were made from. */
interface RememberedLookups {
  fields: LookupFields;
  byOptions: Map<string, PreviousLookup>;
}

/** What a lookup reads of the current entry; its week as the values `weekPosition` reads (not the object). */
type LookupFields = Omit<ReportEntry, 'week'> & { week?: Omit<WeekInfo, 'source'> };

function lookupFieldsOf(entry: ReportEntry): LookupFields {
  const { uri, folder, title, previous, byNameOnly, week } = entry;
  return {
    uri,
    folder,
    title,
    previous,
    byNameOnly,
    week: week && { year: week.year, week: week.week, date: week.date, numbering: week.numbering, monday: week.monday },
  };
}

/** Whether an entry still has the fields a lookup made from `fields` read. */
function sameLookupFields(fields: LookupFields, entry: ReportEntry): boolean {
  const [a, b] = [fields.week, entry.week];
  return (
    fields.uri === entry.uri &&
    fields.folder === entry.folder &&
    fields.title === entry.title &&
    fields.previous === entry.previous &&
    fields.byNameOnly === entry.byNameOnly &&
    (a === undefined || b === undefined
      ? a === b
      : a.year === b.year && a.week === b.week && a.date === b.date && a.numbering === b.numbering && a.monday === b.monday)
  );
}

/** The median of the gaps between consecutive sorted weeks; undefined below MIN_GAPS_FOR_CADENCE gaps. */
function medianOfGaps(sortedWeeks: readonly number[]): number | undefined {
  const gaps = sortedWeeks
    .slice(1)
    .map((week, i) => week - sortedWeeks[i])
    .sort((a, b) => a - b);
  return gaps.length >= MIN_GAPS_FOR_CADENCE ? gaps[(gaps.length - 1) >> 1] : undefined;
}

function byWeekThenUri(a: Pick<PlacedEntry, 'entry' | 'at'>, b: Pick<PlacedEntry, 'entry' | 'at'>): number {
  return a.at.index - b.at.index || (a.entry.uri < b.entry.uri ? -1 : a.entry.uri > b.entry.uri ? 1 : 0);
}

/** Per index array: its length when seen (an array grown in place is indexed again) and its series indexes per options. */
const seriesIndexes = new WeakMap<readonly ReportEntry[], { length: number; byOptions: Map<string, SeriesIndex> }>();

/** The series index of `index` for these options, made on first use and kept while the array lives unchanged. */
function seriesIndexOf(index: readonly ReportEntry[], options: SeriesOptions): SeriesIndex {
  const numbering = countedNumbering(options.numbering ?? 'first-day');
  const wholeWorkspace = options.series === 'workspace';
  const key = `${numbering}\u0000${wholeWorkspace}`;
  let known = seriesIndexes.get(index);
  if (!known || known.length !== index.length) seriesIndexes.set(index, (known = { length: index.length, byOptions: new Map() }));
  const { byOptions } = known;
  let series = byOptions.get(key);
  if (!series) byOptions.set(key, (series = new SeriesIndex(index, numbering, wholeWorkspace)));
  return series;
}

/** How far back `previous` is, against the series' usual gap. */
function distanceOf(previous: ReportEntry, current: ReportEntry, series: SeriesIndex, options: SeriesOptions) {
  const from = weekPosition(previous.week, series.numbering);
  const to = weekPosition(current.week, series.numbering);
  if (!from || !to || from.scale !== to.scale) return undefined;
  const weeksBack = to.index - from.index;
  const usualGapWeeks = series.medianGap(current, to) ?? statedCadenceWeeks(`${current.title ?? ''} ${uriFileName(current.uri)}`) ?? 1;
  // Biweekly and monthly reports drift by a week (a 5-week month, a late issue); weekly ones do not.
  const onTime = usualGapWeeks === 1 ? 1 : usualGapWeeks + 1;
  const gapWeeks = Math.max(0, weeksBack - onTime);
  const tooFar = gapWeeks > (options.maxGapWeeks ?? DEFAULT_MAX_GAP_WEEKS);
  return { gapWeeks, shown: { weeksBack, usualGapWeeks, ...(tooFar ? { tooFar } : {}) } };
}

/** Cadence words: 双周/biweekly/半月 → 2, 月报/monthly → 4; undefined when none. */
export function statedCadenceWeeks(text: string): number | undefined {
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
