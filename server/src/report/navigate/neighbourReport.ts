// Previous Report / Next Report: the series' neighbour of a report, walking the one ordering of a
// series (`seriesMembers`), with how far it lies and which weeks in between have no report, so the
// editor can say "Opened 2023-W48, 3 weeks earlier; no report for 2023-W49–W50".
import type { Locale } from '../base/locale';
import { message } from '../i18n';
import { addDays, countedNumbering, formatYearWeek, weekOf, type WeekNumbering } from '../week';
import { findPreviousReport, seriesMembers, type SeriesOptions } from '../series/findPreviousReport';
import { sameUri, uriFileName, type ReportEntry } from '../series/reportEntry';
import { weekLabel, weekMonday, weekPosition } from '../series/weekPosition';

export type NavigationDirection = 'previous' | 'next';

export type NeighbourReport =
  /** The neighbour; `missing` names the weeks in between that have no report, when more are missing than the series' usual gap. */
  | { found: true; direction: NavigationDirection; entry: ReportEntry; week: string; weeksApart?: number; missing?: WeekSpan }
  /** `current` is the first (previous) or the latest (next) report of its series. */
  | { found: false; direction: NavigationDirection; reason: 'end-of-series' }
  /** `current`'s week is unknown: it has no place in a series. */
  | { found: false; direction: NavigationDirection; reason: 'no-week' };

/** Consecutive weeks, by label: `2023-W49` to `2023-W50`. */
export interface WeekSpan {
  first: string;
  last: string;
}

export function findNeighbourReport(
  current: ReportEntry,
  index: readonly ReportEntry[],
  direction: NavigationDirection,
  options: SeriesOptions = {},
): NeighbourReport {
  const members = seriesMembers(current, index, options);
  const at = members.findIndex((entry) => sameUri(entry.uri, current.uri));
  if (at < 0) return { found: false, direction, reason: 'no-week' };
  const entry = members[direction === 'previous' ? at - 1 : at + 1];
  if (!entry) return { found: false, direction, reason: 'end-of-series' };

  const [earlier, later] = direction === 'previous' ? [entry, current] : [current, entry];
  const numbering = countedNumbering(options.numbering ?? 'first-day', current.week);
  const from = weekPosition(earlier.week, numbering);
  const to = weekPosition(later.week, numbering);
  const weeksApart = from && to ? to.index - from.index : undefined;
  // The series lookup knows the series' cadence: a biweekly series skips a week by design, a weekly one does not.
  const { gapWeeks } = findPreviousReport(later, [...index, current], { ...options, ignoreExplicit: true });
  const neighbour = { found: true as const, direction, entry, week: weekLabel(entry.week) ?? uriFileName(entry.uri) };
  if (weeksApart === undefined) return neighbour;
  const missing = gapWeeks > 0 && weeksApart > 1 ? weeksBetween(earlier, weeksApart, numbering) : undefined;
  return { ...neighbour, weeksApart, ...(missing ? { missing } : {}) };
}

/** The weeks strictly between two reports `weeksApart` apart, by label. */
function weeksBetween(earlier: ReportEntry, weeksApart: number, numbering: WeekNumbering): WeekSpan | undefined {
  const monday = weekMonday(earlier.week, numbering);
  if (monday) {
    const label = (weeks: number) => {
      const week = weekOf(addDays(monday, 7 * weeks), numbering);
      return week ? formatYearWeek(week) : undefined;
    };
    const first = label(1);
    const last = label(weeksApart - 1);
    return first && last ? { first, last } : undefined;
  }
  // Year-less weeks (「第51周」 alone) are numbered within one year.
  const start = earlier.week?.week;
  if (start === undefined) return undefined;
  const yearLess = (n: number) => `W${String(n).padStart(2, '0')}`;
  return { first: yearLess(start + 1), last: yearLess(start + weeksApart - 1) };
}

/** `2023-W49–W50`, `2023-W52–2024-W01`, or one week alone. */
export function formatWeekSpan(span: WeekSpan): string {
  if (span.first === span.last) return span.first;
  const year = /^(\d{4})-/.exec(span.first)?.[1];
  const last = year && span.last.startsWith(`${year}-`) ? span.last.slice(year.length + 1) : span.last;
  return `${span.first}–${last}`;
}

/** What the editor tells after Previous/Next Report: where it went and what it skipped, or why it stayed. */
export function describeNeighbour(neighbour: NeighbourReport, locale: Locale): string {
  if (!neighbour.found) {
    if (neighbour.reason === 'no-week') return message(locale, 'navigationNoWeek', {});
    return message(locale, neighbour.direction === 'previous' ? 'navigationFirstReport' : 'navigationLatestReport', {});
  }
  return message(locale, 'navigationOpened', {
    week: neighbour.week,
    direction: neighbour.direction,
    weeksApart: neighbour.weeksApart,
    missing: neighbour.missing && formatWeekSpan(neighbour.missing),
  });
}
