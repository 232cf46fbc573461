// The user-facing note on how the previous report was found: how far back it is when that is not
// simply last week ("2 weeks earlier", "monthly series"), a gap beyond the series' cadence, or a
// previous report too old to compare with week over week. The sentences are in the catalogue.
import type { Locale } from '../base/locale';
import { message } from '../i18n';
import type { PreviousLookup } from './findPreviousReport';
import { weekLabel } from './weekPosition';

export function describeLookup(lookup: PreviousLookup, locale: Locale): string | undefined {
  const week = weekLabel(lookup.entry?.week) ?? lookup.entry?.title ?? '';
  const usualGap = lookup.usualGapWeeks ?? 1;
  const back = lookup.weeksBack;
  if (lookup.tooFar && back !== undefined) {
    return message(locale, 'lookupTooFar', { week, weeksBack: back, gapWeeks: lookup.gapWeeks, usualGap });
  }
  switch (lookup.reason) {
    case 'gap':
      if (usualGap === 1) return message(locale, 'lookupGapInWeeklySeries', { week, gapWeeks: lookup.gapWeeks });
      return message(locale, 'lookupGapInSeries', { week, weeksBack: back ?? usualGap, gapWeeks: lookup.gapWeeks, usualGap });
    case 'previous-week':
      if (back === undefined || back <= 1) return undefined;
      return message(locale, 'lookupUsualGap', { week, weeksBack: back, usualGap });
    case 'no-earlier-report':
      return message(locale, 'lookupNoEarlierReport', {});
    case 'no-week':
      return message(locale, 'lookupNoWeek', {});
    case 'explicit':
      return undefined;
  }
}
