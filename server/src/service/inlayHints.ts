import { InlayHintKind, type InlayHint, type Range } from 'vscode-languageserver';
import type { Comparison } from '../report/compare/types';
import { formatDelta, formatValue, STATUS_MARK } from '../report/compare';
import type { Metric } from '../report/metrics/types';
import { rowsByMetric } from './metricRows';

/**
 * `▲0.02pp ✓` / `▲288 ✗` / `▼19 ≠` after each metric that last week's report also had, within the
 * visible range: the arrow is the direction of the number, the mark whether that is good news.
 */
export function inlayHints(metrics: readonly Metric[], comparison: Comparison, range: Range): InlayHint[] {
  if (!comparison.previous) return [];
  const hints: InlayHint[] = [];
  for (const [metric, row] of rowsByMetric(metrics, comparison.rows)) {
    const at = metric.valueRange.end;
    if (at.line < range.start.line || at.line > range.end.line || row.delta === undefined) continue;
    hints.push({
      position: at,
      label: row.status === 'unchanged' ? formatDelta(row) : `${formatDelta(row)} ${STATUS_MARK[row.status]}`,
      kind: InlayHintKind.Parameter,
      paddingLeft: true,
      tooltip: row.previous === undefined ? undefined : formatValue(row.previous, row),
    });
  }
  return hints;
}
