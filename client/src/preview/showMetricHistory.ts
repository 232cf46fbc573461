// "Weekly Report: Show Metric History": from a hover's command link or a panel row (a metric given),
// or from the palette (a quick pick of the current report's metrics). The server answers with the
// history; the panel renders the chart with the presentation module.
import * as vscode from 'vscode';
import { HistoryRequest, type HistoryParams, type HistoryResult, type ShowHistoryArgs } from '../../../server/src/protocol';
import { metricChoices } from '../../../server/src/presentation/renderHistoryChart';
import { ComparisonPanel, type ClientSource } from './ComparisonPanel';

export async function showMetricHistory(extensionUri: vscode.Uri, getClient: ClientSource, given?: unknown): Promise<void> {
  const params = isHistoryArgs(given) ? given : await pickMetric(getClient);
  if (!params) return;
  let document: vscode.TextDocument;
  try {
    document = await vscode.workspace.openTextDocument(vscode.Uri.parse(params.uri, true));
  } catch {
    return;
  }
  const panel = ComparisonPanel.createOrShow(extensionUri, getClient, document, true);
  await panel.showHistory(params);
}

/** A quick pick of the active report's metrics, their latest value beside each. */
async function pickMetric(getClient: ClientSource): Promise<HistoryParams | undefined> {
  const document = vscode.window.activeTextEditor?.document;
  const client = getClient();
  if (!document || document.languageId !== 'markdown' || !client) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Open a weekly report first.'));
    return undefined;
  }
  const uri = document.uri.toString();
  const result = await client.sendRequest<HistoryResult>(HistoryRequest, { uri } satisfies HistoryParams);
  const items = metricChoices(result, uri);
  if (items.length === 0) {
    void vscode.window.showInformationMessage(vscode.l10n.t('No metrics found in this report.'));
    return undefined;
  }
  const picked = await vscode.window.showQuickPick(items, {
    placeHolder: vscode.l10n.t('Which metric? Its history over all reports of the series'),
    matchOnDetail: true,
  });
  return picked?.params;
}

/** Command arguments come from Markdown links: checked before use. */
function isHistoryArgs(value: unknown): value is ShowHistoryArgs {
  if (typeof value !== 'object' || value === null) return false;
  const { uri, line, label } = value as Partial<Record<keyof ShowHistoryArgs, unknown>>;
  return (
    typeof uri === 'string' &&
    uri !== '' &&
    typeof line === 'number' &&
    Number.isInteger(line) &&
    line >= 0 &&
    (label === undefined || typeof label === 'string')
  );
}
