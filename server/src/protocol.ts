// The one contract between client, server and webview: custom requests, settings and panel
// messages. Imported by the client too, so it must stay free of runtime dependencies.
import type { Comparison } from './report/compare/types';

export type { Comparison };

export const CompareRequest = 'weeklyReport/compare';
export interface CompareParams {
  uri: string;
  /** The cursor: in a file holding many weeks (a journal), the week it is in is compared; else the newest. */
  position?: { line: number; character: number };
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
export type PanelToExtension =
  | { type: 'reveal'; line: number }
  | { type: 'openPrevious' }
  | { type: 'copyMarkdown' }
  | { type: 'ready' }
  /** A row's trend button: that metric's history chart. */
  | { type: 'showHistory'; line: number; label: string }
  /** The chart's button back to the comparison. */
  | { type: 'showComparison' };

/** Messages from the extension to the panel's page. */
export type ExtensionToPanel = { type: 'update'; html: string };

export const Commands = {
  openComparison: 'weeklyReport.openComparison',
  openComparisonToSide: 'weeklyReport.openComparisonToSide',
  newReportForNextWeek: 'weeklyReport.newReportForNextWeek',
  restartServer: 'weeklyReport.restartServer',
  showMetricHistory: 'weeklyReport.showMetricHistory',
  previousReport: 'weeklyReport.previousReport',
  nextReport: 'weeklyReport.nextReport',
  fixAll: 'weeklyReport.fixAll',
} as const;

// Metric history: one metric (or every metric of the report) over all reports of its series.
export type { ChartThreshold, HistoryReport, MetricHistoryData, MetricTrack } from './report/history';
export const HistoryRequest = 'weeklyReport/history';
export interface HistoryParams {
  uri: string;
  /** 0-based line of the metric in `uri` (a panel row, a hover); absent: every metric the report has. */
  line?: number;
  /** Its label, telling several metrics on one line apart. */
  label?: string;
}
/** null when the document is not a weekly report. */
export type HistoryResult = import('./report/history').MetricHistoryData | null;
/** The argument of `weeklyReport.showMetricHistory` (hover links, panel rows). */
export type ShowHistoryArgs = HistoryParams;
export const ShowMetricHistoryCommand = Commands.showMetricHistory;

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

/** "Fix All Problems": every certain fix of a report, for the client to apply to that version. */
export const FixAllRequest = 'weeklyReport/fixAll';
export interface FixAllParams {
  uri: string;
}
export interface FixAllResult {
  /** The document version the edits were computed for: apply them only to that version. */
  version: number;
  /** Non-overlapping edits (0-based lines, UTF-16 characters), as LSP TextEdits. */
  edits: Array<{ range: { start: { line: number; character: number }; end: { line: number; character: number } }; newText: string }>;
  /** How many findings the edits fix. */
  fixed: number;
  /** Findings left because their fixes disagree about the same text. */
  conflicting: number;
}
export type { PlanResult, PlanStatus } from './report/compare/types';
