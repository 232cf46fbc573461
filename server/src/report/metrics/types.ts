import type { Range } from '../model';

export type MetricKind = 'percent' | 'count' | 'score' | 'rank' | 'duration' | 'money' | 'number';

export interface Fraction {
  numerator: number;
  denominator: number;
  range: Range;
}

/** A change the text states beside the value: `（增加1人）`, `(+20.9% over April)`, `(+1.6pp)`. */
export interface StatedChange {
  /** Signed: `减少3人` is -3. */
  value: number;
  /** As written, half-width: `人`, `%`, `pp`; empty when none. */
  unit: string;
}

export interface Metric {
  /** What a person would call it, filler (为/是/保持/达到/共/及…) removed: `入金有效成功率`, `Payment success rate`. */
  label: string;
  value: number;
  /** As written, normalised to half-width: `%`, `次`, `个`, `mins`, `$`, `k$`… Empty when none. */
  unit: string;
  kind: MetricKind;
  fraction?: Fraction;
  /** The earlier value the text states: `from 510 ms to 470 ms` is 470 with earlier 510. */
  earlier?: number;
  /** The change the text states beside the value (`订阅人数33人（增加1人）`): evidence, not a metric of its own. */
  change?: StatedChange;
  /** Name of the innermost section holding the metric (as in the outline), '' when none. */
  section: string;
  /** The whole metric: label through value and unit. */
  range: Range;
  /** Only the number (and unit), what a quick fix replaces. */
  valueRange: Range;
  /** Digits after the decimal point as written (99.966 → 3): the precision rules respect. */
  decimals: number;
  /** The value text exactly as written (may be full-width). */
  raw: string;
}
