// Moving between the weeks of a series for the editor: Previous/Next Report, go to definition (the
// same metric or section in the previous report) and find references (the same metric in every
// report of the series). The core (`report/navigate/`) decides; this file finds the documents and
// turns metrics into LSP locations.
import type { DefinitionParams, Location, ReferenceParams } from 'vscode-languageserver';
import type { NeighbourReportParams, NeighbourReportResult } from '../protocol';
import { toComparedReport } from '../report/compare/comparedReport';
import type { LoadedReport } from '../report/compare/compareInSeries';
import { toLocale } from '../report/i18n';
import {
  describeNeighbour,
  findNeighbourReport,
  metricAcrossSeries,
  metricIndexAt,
  sameMetricIn,
  sameSectionIn,
  sectionAt,
} from '../report/navigate';
import { createReportEntry, sameUri } from '../report/series';
import { seriesMembers, seriesOptionsFrom } from '../report/series/findPreviousReport';
import type { Analysis } from './analysis';
import type { ReportWorkspace } from './reportWorkspace';

/** The previous or next report of the series; null when the document is no report. */
export async function neighbourReport(
  workspace: ReportWorkspace,
  { uri, direction }: NeighbourReportParams,
): Promise<NeighbourReportResult | null> {
  const analysis = await workspace.analyse(uri);
  if (!analysis) return null;
  const settings = await workspace.settingsFor(uri);
  await workspace.indexed;
  const here = createReportEntry(analysis.uri, analysis.report);
  const neighbour = findNeighbourReport(here, workspace.index.entries(), direction, seriesOptionsFrom(settings));
  return {
    ...(neighbour.found ? { uri: neighbour.entry.uri } : {}),
    message: describeNeighbour(neighbour, toLocale(workspace.locale)),
    skippedWeeks: neighbour.found && neighbour.missing !== undefined,
  };
}

/** On a metric or a section title: the same one in the report the comparison compares with. */
export async function definition(workspace: ReportWorkspace, { textDocument, position }: DefinitionParams): Promise<Location | null> {
  const analysis = await workspace.analyse(textDocument.uri);
  if (!analysis) return null;
  const at = metricIndexAt(analysis.metrics, position);
  const section = at < 0 ? sectionAt(analysis.report, position) : undefined;
  if (at < 0 && !section) return null;
  const settings = await workspace.settingsFor(textDocument.uri);
  await workspace.indexed;
  const { previous } = await workspace.comparisons.previousReport(analysis, settings);
  if (!previous) return null;
  if (section) {
    const there = sameSectionIn(section.path, previous.report);
    return there ? { uri: previous.uri, range: there.selectionRange } : null;
  }
  const metric = sameMetricIn(compared(analysis), at, compared(previous));
  return metric ? { uri: previous.uri, range: metric.range } : null;
}

/** On a metric: the same metric in every report of the series, oldest first (this one unless the client leaves it out). */
export async function references(workspace: ReportWorkspace, { textDocument, position, context }: ReferenceParams): Promise<Location[]> {
  const analysis = await workspace.analyse(textDocument.uri);
  if (!analysis) return [];
  const at = metricIndexAt(analysis.metrics, position);
  if (at < 0) return [];
  const settings = await workspace.settingsFor(textDocument.uri);
  await workspace.indexed;
  const members = seriesMembers(createReportEntry(analysis.uri, analysis.report), workspace.index.entries(), seriesOptionsFrom(settings));
  const loaded = await Promise.all(
    members.map((entry) =>
      sameUri(entry.uri, analysis.uri) ? analysis : workspace.comparisons.load(entry.uri, settings.weekNumbering, analysis.uri),
    ),
  );
  const series = loaded.flatMap((report) => (report ? [compared(report)] : []));
  const current = compared(analysis);
  // A report the series does not hold (no week): the metric is still its own reference.
  if (!series.some((report) => sameUri(report.ref.uri, analysis.uri))) series.push(current);
  return metricAcrossSeries(current, at, series)
    .filter((occurrence) => context.includeDeclaration || !sameUri(occurrence.uri, analysis.uri))
    .map((occurrence) => ({ uri: occurrence.uri, range: occurrence.metric.range }));
}

function compared(report: Analysis | LoadedReport) {
  return toComparedReport(report.uri, report.report, report.metrics);
}
