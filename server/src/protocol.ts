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
  previousReport: 'weeklyReport.previousReport',
  nextReport: 'weeklyReport.nextReport',
} as const;

/** Previous Report / Next Report: the series' neighbour of a report, skipping weeks without one. */
export const NeighbourReportRequest = 'weeklyReport/neighbourReport';
export interface NeighbourReportParams {
  uri: string;
  direction: 'previous' | 'next';
}
export interface NeighbourReportResult {
  /** The report to open; absent at either end of the series or when the report's week is unknown. */
  uri?: string;
  /** What to tell the user, in the server's locale: where it went and which weeks it skipped, or why it stayed. */
  message: string;
  /** Weeks without a report were skipped (more than the series' usual gap): worth a notification, not just the status bar. */
  skippedWeeks: boolean;
}
