// A metric across weeks, as the comparison sees it: the same pairing (`pairMetrics` over label,
// kind, section path and event) that sets this week's value against last week's and builds the
// trend. Go to definition and find references follow it, so they land where the comparison's
// "last week" value came from.
import type { Position } from '../model';
import type { Metric } from '../metrics/types';
import { rangeContains } from '../base/range';
import type { ComparedReport } from '../compare/compareReports';
import { kindClass, labelIdentity, pairMetrics, sectionKey } from '../compare/matchMetrics';
import type { MetricContext } from '../compare/metricContext';
import { similarName } from '../compare/similarity';
import { sameUri } from '../series/reportEntry';

/** The index of the metric under the cursor (label through value), or -1. */
export function metricIndexAt(metrics: readonly Metric[], position: Position): number {
  return metrics.findIndex((metric) => rangeContains(metric.range, position));
}

/**
 * The metric of `other` that is `current.metrics[at]` in another week, or undefined. Results meet
 * results and plans meet plans (the comparison keeps plans apart). When the comparison pairs it
 * with nothing, a metric of `other` that the comparison leaves unpaired too and whose label is the
 * same one renamed (线上告警 → 线上告警数, as `metric-missing` reads renames) stands for it.
 */
export function sameMetricIn(current: ComparedReport, at: number, other: ComparedReport): Metric | undefined {
  const scope = current.contexts?.[at]?.scope ?? 'result';
  const left = inScope(current, scope);
  const right = inScope(other, scope);
  const here = left.indices.indexOf(at);
  if (here < 0) return undefined;
  const pairs = pairMetrics(left.metrics, right.metrics, left.contexts, right.contexts);
  const paired = pairs.find(([i]) => i === here);
  if (paired) return right.metrics[paired[1]];

  const taken = new Set(pairs.map(([, j]) => j));
  const metric = left.metrics[here];
  const label = labelIdentity(metric.label);
  const renamed = right.metrics.filter(
    (candidate, j) => !taken.has(j) && kindClass(candidate) === kindClass(metric) && similarName(labelIdentity(candidate.label), label),
  );
  // Of several, the one in the same section.
  return renamed.find((candidate) => sectionKey(candidate.section) === sectionKey(metric.section)) ?? renamed[0];
}

/** The report's metrics of one scope, with their contexts and their indices in the whole report. */
function inScope(report: ComparedReport, scope: MetricContext['scope']) {
  const indices = report.metrics.map((_, i) => i).filter((i) => (report.contexts?.[i]?.scope ?? 'result') === scope);
  return {
    indices,
    metrics: indices.map((i) => report.metrics[i]),
    contexts: report.contexts && indices.map((i) => report.contexts![i]),
  };
}

/** One report's occurrence of a metric followed across a series. */
export interface MetricOccurrence {
  uri: string;
  /** The report's week label (or name). */
  week: string;
  metric: Metric;
}

/**
 * `current.metrics[at]` in every report of `series` (oldest first, `current` among them or not):
 * one occurrence per report that has it, in the order given.
 */
export function metricAcrossSeries(current: ComparedReport, at: number, series: readonly ComparedReport[]): MetricOccurrence[] {
  return series.flatMap((report) => {
    const metric = sameUri(report.ref.uri, current.ref.uri) ? current.metrics[at] : sameMetricIn(current, at, report);
    return metric ? [{ uri: report.ref.uri, week: report.ref.week ?? report.ref.name, metric }] : [];
  });
}
