// A metric that moved the wrong way by more than week-to-week noise: a success rate at 99.9%
// dropping 0.1 pp is news, a 70% coverage moving 2 pp is not.
import { isProgressLabel } from '../compare/direction';
import type { ComparisonRow } from '../compare/types';
import { comparisonRowFindings } from './comparisonFindings';
import type { Rule } from './types';

export interface WeekOverWeekBounds {
  /** Rates at or above this (last week) are held to `highRatePoints`. */
  highRateFrom: number;
  highRatePoints: number;
  /** Other percents: the move in percentage points. */
  ratePoints: number;
  /** Counts and other figures: the relative move (0.5 = 50%). */
  relative: number;
}

export const DEFAULT_WEEK_OVER_WEEK_BOUNDS: WeekOverWeekBounds = {
  highRateFrom: 99,
  highRatePoints: 0.1,
  ratePoints: 5,
  relative: 0.5,
};

const CODE = 'week-over-week-change';
// Deltas are rounded to the written precision; the tolerance keeps 0.1 pp from missing a 0.1 bound.
const EPSILON = 1e-9;

export function createWeekOverWeekChangeRule(bounds: WeekOverWeekBounds = DEFAULT_WEEK_OVER_WEEK_BOUNDS): Rule {
  return {
    code: CODE,
    defaultSeverity: 'information',
    check(context) {
      // A progress figure going down has its own rule (progress-regressed).
      const picks = (row: ComparisonRow) => row.status === 'worsened' && !isProgressLabel(row.label) && pastBound(row, bounds);
      return comparisonRowFindings(context, CODE, 'information', picks, 'weekOverWeekChange');
    },
  };
}

export const weekOverWeekChange: Rule = createWeekOverWeekChangeRule();

function pastBound(row: ComparisonRow, bounds: WeekOverWeekBounds): boolean {
  if (row.delta === undefined || row.previous === undefined || row.current === undefined) return false;
  if (row.deltaKind === 'pp') {
    const bound = row.previous >= bounds.highRateFrom ? bounds.highRatePoints : bounds.ratePoints;
    return Math.abs(row.delta) >= bound - EPSILON;
  }
  if (row.relative !== undefined) return Math.abs(row.relative) >= bounds.relative - EPSILON;
  // From zero there is no relative move: 0 → 1 incident is past any bound.
  return row.previous === 0;
}
