// `weeklyReport/history`: one metric (or every metric of a report) over all reports of its series.
// The series comes from the workspace index, each report loaded as the comparison loads last
// week's (open documents first, then files through the guarded reader, inside the allowed folders).
import { ShowMetricHistoryCommand, type HistoryParams, type HistoryResult, type ShowHistoryArgs } from '../protocol';
import { historyLabels, type Locale } from '../report/i18n';
import type { Metric } from '../report/metrics/types';
import { loadSeriesHistory, metricHistoryData, trackAt, tracksIn } from '../report/history';
import { createReportEntry } from '../report/series/reportEntry';
import type { ReportWorkspace } from './reportWorkspace';

export async function metricHistoryFor(workspace: ReportWorkspace, { uri, line, label }: HistoryParams): Promise<HistoryResult> {
  const analysis = await workspace.analyse(uri);
  if (!analysis) return null;
  const settings = await workspace.settingsFor(uri);
  await workspace.indexed;
  const here = createReportEntry(uri, analysis.report);
  const load = (other: string) => workspace.comparisons.load(other, settings.weekNumbering, uri);
  const history = await loadSeriesHistory(here, workspace.index.entries(), load, {
    series: settings.series,
    numbering: settings.weekNumbering,
  });
  const wanted = typeof line === 'number' ? trackAt(history, uri, line, label) : undefined;
  const metrics = typeof line === 'number' ? (wanted ? [wanted] : []) : tracksIn(history, uri);
  return metricHistoryData(history, metrics, settings.thresholds);
}

/**
 * The hover's link to the chart: a `command:` URI the client trusts for this one command only
 * (`markdown.isTrusted.enabledCommands`). Its argument is data the command checks, never code.
 */
export function historyCommandLink(uri: string, metric: Pick<Metric, 'label' | 'range'>, locale: Locale): string {
  const args: ShowHistoryArgs = { uri, line: metric.range.start.line, label: metric.label };
  const target = `command:${ShowMetricHistoryCommand}?${encodeURIComponent(JSON.stringify([args]))}`;
  return `[${historyLabels(locale).showHistory}](${target} "${historyLabels(locale).showHistoryTitle}")`;
}
