// The comparison rules differ only in which rows they pick and how they word it: the walk over
// the rows, the location in the current report and the value formatting are shared here.
import { formatChange, formatValue } from '../compare/formatDelta';
import { rowRange } from '../compare/locate';
import type { ComparisonRow } from '../compare/types';
import type { Finding, RuleContext, Severity } from './types';
import { message } from '../i18n';

/** The catalogue's sentences for a comparison row. */
export type RowMessageKey = 'progressRegressed' | 'weekOverWeekChange';

/** "Last week" in a message is the previous report: say so when that report is further back. */
function weeksBackNote(context: RuleContext): string {
  const weeks = context.comparison?.previousWeeksBack;
  if (!weeks) return '';
  return message(context.locale, 'previousWeeksBack', { weeks });
}

export function comparisonRowFindings(
  context: RuleContext,
  code: string,
  severity: Severity,
  picks: (row: ComparisonRow) => boolean,
  messageKey: RowMessageKey,
): Finding[] {
  const findings: Finding[] = [];
  // A report from months ago is no "last week": its changes are not this week's news.
  if (context.comparison?.previousTooFar) return findings;
  for (const row of context.comparison?.rows ?? []) {
    if (!picks(row)) continue;
    const range = rowRange(row, context.metrics, context.report.lines);
    if (!range) continue;
    const text = message(context.locale, messageKey, {
      label: row.label,
      current: formatValue(row.current, row),
      previous: formatValue(row.previous, row),
      change: formatChange(row),
    });
    findings.push({ code, severity, message: text + weeksBackNote(context), range });
  }
  return findings;
}
