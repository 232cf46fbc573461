// The metrics feature's public surface.
export { extractMetrics } from './extractMetrics';
export { extractLineMetrics, type LineMetric, type LineFraction } from './extractLineMetrics';
export { findDerivedRatios, labelsShareWord, type DerivedRatio } from './derivedRatios';
export { extractTableMetrics, parseCellQuantity } from './tables';
export { isCountLabel, isGrowthLabel, isRankLabel, isRateLabel, isScoreLabel, kindFromLabel, normaliseLabel } from './labels';
export { toHalfWidth } from './text';
export type { Metric, MetricKind, Fraction } from './types';
