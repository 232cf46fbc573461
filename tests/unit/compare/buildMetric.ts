// Hand-built metrics for comparison tests, so they do not depend on the extractor's heuristics.
import type { Metric, MetricKind } from '../../../server/src/report/metrics/types';

export interface MetricSpec {
  section?: string;
  unit?: string;
  kind?: MetricKind;
  line?: number;
}

/** `metric('入金有效成功率', '99.966%')`: unit, kind and decimals read from the written value. */
export function metric(label: string, written: string, spec: MetricSpec = {}): Metric {
  const match = /^(-?\d+(?:\.(\d+))?)(.*)$/.exec(written);
  if (!match) throw new Error(`not a value: ${written}`);
  const unit = spec.unit ?? match[3];
  const line = spec.line ?? 0;
  const start = { line, character: 0 };
  return {
    label,
    value: Number(match[1]),
    unit,
    kind: spec.kind ?? (unit === '%' ? 'percent' : 'count'),
    section: spec.section ?? '',
    range: { start, end: { line, character: label.length + written.length + 1 } },
    valueRange: { start: { line, character: label.length + 1 }, end: { line, character: label.length + written.length + 1 } },
    decimals: match[2]?.length ?? 0,
    raw: written,
  };
}
