// The whole "New Report for Next Week" plan for one file: where next week's report goes and what
// it starts with. The server and the CLI only read the file, call this and write the result.
import { extractMetrics } from '../metrics/extractMetrics';
import type { Metric } from '../metrics/types';
import type { Report } from '../model';
import { parseReport } from '../parseReport';
import { countedNumbering, type WeekNumberingSetting } from '../week';
import { buildNextReport } from './buildNextReport';
import { fallbackReportFileName, nextReportFileName } from './fileName';
import type { NextValues } from './metricLine';

export interface PlanOptions {
  values: NextValues;
  /** `auto` counts next week as this report's week was read. */
  numbering: WeekNumberingSetting;
  /** `YYYY-MM-DD`: the week to count from when the report states none. */
  today: string;
  /** Metric extraction; `extractMetrics` unless given (tests pass hand-built metrics). */
  extractMetrics?: (report: Report) => Metric[];
}

export interface PlannedReport {
  /** Next week's file: the current name's folder with the series' next name. */
  fileName: string;
  text: string;
}

/**
 * Next week's report for `current`. The name follows the series' scheme (`nextReportFileName`);
 * a name with no week or date in it gives `<next week's Monday>.md` beside it. Line endings follow
 * the current file's.
 */
export function planNextReport(current: { fileName: string; text: string }, options: PlanOptions): PlannedReport {
  const report = parseReport(current.text, { fileName: current.fileName, weekNumbering: options.numbering });
  const numbering = countedNumbering(options.numbering, report.week);
  const fileName =
    nextReportFileName(current.fileName, report, numbering) ??
    fallbackReportFileName(current.fileName, report, numbering, options.today) ??
    current.fileName;
  const text = buildNextReport(report, {
    metrics: (options.extractMetrics ?? extractMetrics)(report),
    values: options.values,
    numbering,
    today: options.today,
    fileName: current.fileName,
  });
  return { fileName, text: current.text.includes('\r\n') ? text.replace(/\n/g, '\r\n') : text };
}
