// Requests that combine several parts of the workspace: completion (this report, last week's,
// the team template) and next week's report.
import * as path from 'node:path';
import type { CompletionItem, Position } from 'vscode-languageserver';
import type { NextReportResult } from '../protocol';
import { planNextReport } from '../report/nextWeek';
import { formatDate } from '../report/week';
import { completionItems } from './completion';
import type { ReportWorkspace } from './reportWorkspace';
import { pathToUri, uriToPath } from '../node/uris';
import { countedNumbering } from '../report/week';

function today(): string {
  return formatDate(new Date());
}

/** Completion in a report, or in an empty Markdown file that the settings say is a report. */
export async function completeReport(workspace: ReportWorkspace, uri: string, position: Position): Promise<CompletionItem[]> {
  const document = workspace.documents.get(uri);
  if (!document) return [];
  const analysis = (await workspace.analyse(uri)) ?? (await workspace.analyseEmptyReportFile(uri));
  if (!analysis) return [];
  const settings = await workspace.settingsFor(uri);
  await workspace.indexed;
  const [{ previous }, template] = await Promise.all([
    workspace.comparisons.previousReport(analysis, settings),
    workspace.template.load(settings.template, workspace.folders),
  ]);
  const filePath = uriToPath(uri);
  return completionItems({
    report: analysis.report,
    metrics: analysis.metrics,
    position,
    lineText: analysis.report.lines[position.line] ?? '',
    previous,
    template: template?.report,
    templateText: template?.text,
    fileName: filePath ? path.basename(filePath) : undefined,
    today: today(),
    numbering: countedNumbering(settings.weekNumbering, analysis.report.week),
    locale: workspace.locale,
    newReportValues: settings.newReportValues,
  });
}

/** Where next week's report goes and what it starts with; the client creates it only if absent. */
export async function planNextWeek(workspace: ReportWorkspace, uri: string): Promise<NextReportResult | null> {
  const analysis = await workspace.analyse(uri);
  const filePath = uriToPath(uri);
  if (!analysis || !filePath) return null;
  const settings = await workspace.settingsFor(uri);
  const document = workspace.documents.get(uri)!;
  const planned = planNextReport(
    { fileName: filePath, text: document.getText() },
    { values: settings.newReportValues, numbering: settings.weekNumbering, today: today() },
  );
  return { uri: pathToUri(planned.fileName), text: planned.text };
}
