// One table-driven check for line metrics, shared by the metric test files.
import { expect } from 'vitest';
import { extractLineMetrics, type LineMetric } from '../../../server/src/report/metrics/extractLineMetrics';
import type { MetricKind } from '../../../server/src/report/metrics/types';

/** `label|value|unit|kind` plus `|a/b` when the metric carries a fraction: one string per metric. */
export function summarise(metric: LineMetric): string {
  const fraction = metric.fraction ? `|${metric.fraction.numerator}/${metric.fraction.denominator}` : '';
  return `${metric.label}|${metric.value}|${metric.unit}|${metric.kind}${fraction}`;
}

export function check(input: string, expected: string[], masked: Array<[number, number]> = []): void {
  expect(extractLineMetrics(input, masked).map(summarise)).toEqual(expected);
}

export const m = (label: string, value: number, unit: string, kind: MetricKind, fraction?: string) =>
  `${label}|${value}|${unit}|${kind}${fraction ? `|${fraction}` : ''}`;
