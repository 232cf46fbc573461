import type { ComparisonRow } from '../report/compare/types';
import type { Metric } from '../report/metrics/types';
import { normaliseLabel } from '../report/metrics/labels';

/** Each current metric's comparison row, found by line and label in one pass over the rows. */
export function rowsByMetric(metrics: readonly Metric[], rows: readonly ComparisonRow[]): Map<Metric, ComparisonRow> {
  const byKey = new Map<string, ComparisonRow>();
  for (const row of rows) if (row.line !== undefined) byKey.set(`${row.line}\u0000${normaliseLabel(row.label)}`, row);
  const out = new Map<Metric, ComparisonRow>();
  for (const m of metrics) {
    const row = byKey.get(`${m.range.start.line}\u0000${normaliseLabel(m.label)}`);
    if (row) out.set(m, row);
  }
  return out;
}
