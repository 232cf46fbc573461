import type { Locale } from '../../report/i18n';
import type { Metric } from '../../report/metrics/types';
import type { Position, Report } from '../../report/model';
import type { NextValues } from '../../report/nextWeek/metricLine';
import type { WeekNumbering } from '../../report/week';

/** Everything completion depends on: it reads nothing else, so it is a function of this input. */
export interface CompletionInput {
  report: Report;
  metrics: Metric[];
  position: Position;
  /** The text of the cursor's line. */
  lineText: string;
  /** Last week's report and its metrics, when the series has one. */
  previous?: { report: Report; metrics: Metric[] };
  /** The team template (`weeklyReport.template`), parsed… */
  template?: Report;
  /** …and as written, for the whole-report skeleton. */
  templateText?: string;
  fileName?: string;
  /** `YYYY-MM-DD`. */
  today: string;
  numbering: WeekNumbering;
  locale: Locale;
  /** `weeklyReport.newReportValues`, for the report carried forward from last week (default placeholder). */
  newReportValues?: NextValues;
}
