import { InlayHintKind, type InlayHint, type Position, type Range } from 'vscode-languageserver';
import type { Comparison } from '../report/compare/types';
import { formatDelta, formatValue, STATUS_MARK } from '../report/compare';
import type { Metric } from '../report/metrics/types';
import { rowsByMetric } from './metricRows';

/**
 * `▲0.02pp ✓` / `▲288 ✗` / `▼19 ≠` after each metric that last week's report also had, within the
 * visible range: the arrow is the direction of the number, the mark whether that is good news.
 */
export function inlayHints(metrics: readonly Metric[], comparison: Comparison, range: Range, lines: readonly string[] = []): InlayHint[] {
  if (!comparison.previous) return [];
  const hints: InlayHint[] = [];
  for (const [metric, row] of rowsByMetric(metrics, comparison.rows)) {
    const at = hintPosition(metric, lines);
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

/**
 * After the whole metric: `80%（20/27） ▲13pp`, not `80% ▲13pp（20/27）`. The fraction's range ends
 * at its last digit; the bracket that closes it belongs to the metric too.
 */
function hintPosition(metric: Metric, lines: readonly string[]): Position {
  if (!metric.fraction) return metric.valueRange.end;
  const end = metric.fraction.range.end;
  const closing = lines[end.line]?.[end.character];
  return closing === '）' || closing === ')' ? { line: end.line, character: end.character + 1 } : end;
}
