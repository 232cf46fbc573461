// The core's words for the user's settings: `weeklyReport.*` as the core reads them. protocol.ts
// re-exports them for the client.
export type RuleSeverity = 'error' | 'warning' | 'information' | 'hint' | 'off';

export interface ThresholdSetting {
  /** A label substring or a glob (`*成功率`); never a regular expression. */
  metric: string;
  min?: number;
  max?: number;
  severity?: RuleSeverity;
}

/** `weeklyReport.*` as the server reads it; every field already validated and defaulted. */
export interface Settings {
  files: string[];
  rules: Record<string, RuleSeverity>;
  thresholds: ThresholdSetting[];
  /** `auto`: per report, the numbering its done-dates fit (ties: first-day). */
  weekNumbering: 'auto' | 'first-day' | 'iso';
  series: 'folder' | 'workspace';
  /** Weeks beyond a series' usual gap after which the previous report is too old for week-over-week rules. */
  maxGapWeeks: number;
  directions: Record<string, 'higher-is-better' | 'lower-is-better' | 'neutral'>;
  trendWeeks: number;
  inlayHints: boolean;
  template: string;
  newReportValues: 'placeholder' | 'last-week';
  /** `weeklyReport.outline.*`: what the Outline view, breadcrumbs and Go to Symbol in Editor list. */
  outline: OutlineSettings;
}

export interface OutlineSettings {
  /** A document's numbers are listed under its sections while it has at most this many (0: never); sections always are. */
  maxMetrics: number;
}
