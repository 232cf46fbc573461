import { MarkupKind, type Hover, type Position } from 'vscode-languageserver';
import type { Comparison, ComparisonRow } from '../report/compare/types';
import { comparisonLabels, formatDelta, formatRelative, formatValue, rowName, statusText } from '../report/compare';
import type { Metric } from '../report/metrics/types';
import type { Locale } from '../report/base/locale';
import { rowsByMetric } from './metricRows';
import { writtenValue } from '../report/metrics/writtenValue';
import { rangeContains } from '../report/base/range';
import { historyCommandLink } from './history';
import { normaliseLabel } from '../report/metrics/labels';
import { planHoverLine } from '../presentation/planText';

/** Hover on a metric: last week's value, the change and the trend, as a small table. */
export function metricHover(
  metrics: readonly Metric[],
  lines: readonly string[],
  comparison: Comparison | undefined,
  position: Position,
  locale: Locale,
  /** The report's uri: the hover then links to the metric's history chart. */
  uri?: string,
): Hover | undefined {
  const metric = metrics.find((m) => rangeContains(m.range, position));
  if (!metric) return undefined;
  const row = comparison ? rowsByMetric([metric], comparison.rows).get(metric) : undefined;
  const written = writtenValue(lines, metric);
  const markdown = hoverMarkdown(metric, written, row, comparison, locale);
  const value = uri === undefined ? markdown : `${markdown}\n\n${historyCommandLink(uri, metric, locale)}`;
  return { contents: { kind: MarkupKind.Markdown, value }, range: metric.range };
}

function cell(text: string): string {
  return text.replace(/[|\\`*_[\]<>]/g, (c) => `\\${c}`);
}

function hoverMarkdown(
  metric: Metric,
  written: string,
  row: ComparisonRow | undefined,
  comparison: Comparison | undefined,
  locale: Locale,
): string {
  const labels = comparisonLabels(locale);
  const name = row ? rowName({ label: metric.label || written, qualifier: row.qualifier }) : metric.label || written;
  const lines = [`**${cell(name)}** ${cell(written)}`];
  if (!row || !comparison?.previous) {
    lines.push('', cell(comparison?.note ?? labels.noPrevious));
    return lines.join('\n');
  }
  const change = row.delta === undefined ? '—' : `${formatDelta(row)}${row.relative === undefined ? '' : ` (${formatRelative(row)})`}`;
  // ▲/▼ is the direction of the number; the status column says whether that is good news.
  lines.push('', `| ${cell(labels.thisWeek)} | ${cell(labels.lastWeek)} | Δ | ${cell(labels.statusColumn)} |`, '|---|---|---|---|');
  lines.push(
    `| ${cell(formatValue(row.current, row))} | ${cell(formatValue(row.previous, row))} | ${cell(change)} | ${cell(statusText(row.status, labels))} |`,
  );
  // Two weeks of trend are this week and last week again: the table shows them already.
  if (row.trend.length > 2) {
    // Labelled: without a heading, a second table of weeks reads as more of the first.
    lines.push(
      '',
      `**${cell(labels.trend)}**`,
      '',
      `| ${row.trend.map((p) => cell(p.week)).join(' | ')} |`,
      `|${row.trend.map(() => '---').join('|')}|`,
    );
    lines.push(`| ${row.trend.map((p) => cell(formatValue(p.value, row))).join(' | ')} |`);
  }
  const plan = comparison.plans?.find(
    (p) => p.kind === 'metric' && p.line === metric.range.start.line && normaliseLabel(p.matched ?? '') === normaliseLabel(metric.label),
  );
  if (plan) lines.push('', cell(planHoverLine(plan, locale)));
  return lines.join('\n');
}
