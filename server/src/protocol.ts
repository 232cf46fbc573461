// The one contract between client, server and webview: custom requests, settings and panel
// messages. Imported by the client too, so it must stay free of runtime dependencies.
import type { Comparison } from './report/compare/types';

export type { Comparison };

export const CompareRequest = 'weeklyReport/compare';
export interface CompareParams {
  uri: string;
}
/** null when the document is not a weekly report. */
export type CompareResult = Comparison | null;

export const StatusRequest = 'weeklyReport/status';
export interface StatusParams {
  uri: string;
}
export interface StatusResult {
  /** Whether the server treats the document as a weekly report (drives the editor title button). */
  isReport: boolean;
}

export const NextReportRequest = 'weeklyReport/nextReport';
export interface NextReportParams {
  uri: string;
}
export interface NextReportResult {
  /** Where next week's report belongs. */
  uri: string;
  /** Its initial text; the client creates the file only if it does not exist. */
  text: string;
}

export type { RuleSeverity, Settings, ThresholdSetting } from './report/base/settings';

/** Messages from the comparison panel's page to the extension. */
export type PanelToExtension = { type: 'reveal'; line: number } | { type: 'openPrevious' } | { type: 'copyMarkdown' } | { type: 'ready' };

/** Messages from the extension to the panel's page. */
export type ExtensionToPanel = { type: 'update'; html: string };

export const Commands = {
  openComparison: 'weeklyReport.openComparison',
  openComparisonToSide: 'weeklyReport.openComparisonToSide',
  newReportForNextWeek: 'weeklyReport.newReportForNextWeek',
  restartServer: 'weeklyReport.restartServer',
} as const;
export type { PlanResult, PlanStatus } from './report/compare/types';
