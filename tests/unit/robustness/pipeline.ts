// The whole pure pipeline a keystroke runs — parse, extract, compare with last week, rules — plus
// the invariants its output must keep, whatever the text.
import { parseReport } from '../../../server/src/report/parseReport';
import { extractMetrics } from '../../../server/src/report/metrics/extractMetrics';
import { runRules } from '../../../server/src/report/rules/index';
import { defaultSettings } from '../../../server/src/report/settings';
import { compareReports, toComparedReport, toHistoryWeek } from '../../../server/src/report/compare';
import type { Range } from '../../../server/src/report/model';
import type { Settings } from '../../../server/src/protocol';
import type { WeekNumbering } from '../../../server/src/report/week';

export interface PipelineInput {
  current: string;
  previous: string;
  fileName?: string;
  numbering?: WeekNumbering;
  settings?: Settings;
}

function inside(range: Range, lineCount: number): boolean {
  const { start, end } = range;
  return (
    start.line >= 0 &&
    end.line < Math.max(lineCount, 1) &&
    start.character >= 0 &&
    end.character >= 0 &&
    (start.line < end.line || (start.line === end.line && start.character <= end.character))
  );
}

/** Runs everything and checks what every consumer (diagnostics, hovers, the panel) relies on. */
export function checkPipeline({ current, previous, fileName, numbering = 'first-day', settings = defaultSettings }: PipelineInput): void {
  const report = parseReport(current, { fileName, weekNumbering: numbering });
  const metrics = extractMetrics(report);
  const last = parseReport(previous, { weekNumbering: numbering });
  const lastMetrics = extractMetrics(last);
  const comparison = compareReports(
    toComparedReport('file:///ws/current.md', report, metrics),
    toComparedReport('file:///ws/previous.md', last, lastMetrics),
    { history: [toHistoryWeek('file:///ws/previous.md', last, lastMetrics)], directions: settings.directions },
  );
  const findings = runRules({ report, metrics, settings, locale: 'zh-cn', comparison });

  holds(report.lines.length === report.lineCount, 'one entry in lines per line');
  for (const metric of metrics) {
    holds(Number.isFinite(metric.value), `finite value: ${metric.raw}`);
    holds(inside(metric.range, report.lineCount), `metric range inside the text: ${JSON.stringify(metric.range)}`);
  }
  const counted = Object.values(comparison.counts).reduce((sum, count) => sum + count, 0);
  holds(counted === comparison.rows.length, 'counts add up to the rows');
  holds(
    comparison.rows.every((row) => row.status !== 'unchanged' || row.delta === 0),
    'no row that moved is unchanged',
  );
  const plainTextFindings = findings.filter((f) => f.code === 'block-read-as-plain-text').length;
  const plainTextBlocks = (report.plainTextBlocks ?? []).length;
  // Suppression comments may silence some of them, never add any.
  const suppressible = current.includes('weekly-report-disable');
  holds(
    suppressible ? plainTextFindings <= plainTextBlocks : plainTextFindings === plainTextBlocks,
    'one information per block read as plain text',
  );
  for (const finding of findings) {
    holds(inside(finding.range, report.lineCount), `${finding.code} range inside the text: ${JSON.stringify(finding.range)}`);
    holds(finding.message.length > 0, `${finding.code} has a message`);
  }
}

/** A plain check: vitest's expect costs more than the pipeline itself over 100k documents. */
function holds(condition: boolean, what: string): void {
  if (!condition) throw new Error(`Invariant broken: ${what}`);
}
