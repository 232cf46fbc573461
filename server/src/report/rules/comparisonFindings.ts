// The comparison rules differ only in which rows they pick and how they word it: the walk over
// the rows, the location in the current report and the value formatting are shared here.
import { formatChange, formatValue } from '../compare/formatDelta';
import { rowRange } from '../compare/locate';
import type { ComparisonRow } from '../compare/types';
import type { Finding, RuleContext, Severity } from './types';
import type { Locale } from '../base/locale';

export type RowMessage = (label: string, current: string, previous: string, change: string) => string;

/** "Last week" in a message is the previous report: say so when that report is further back. */
function weeksBackNote(context: RuleContext): string {
  const weeks = context.comparison?.previousWeeksBack;
  if (!weeks) return '';
  return context.locale === 'zh-cn' ? `（上一份报告在 ${weeks} 周前）` : ` (the previous report is ${weeks} weeks earlier)`;
}

export function comparisonRowFindings(
  context: RuleContext,
  code: string,
  severity: Severity,
  picks: (row: ComparisonRow) => boolean,
  messages: Record<Locale, RowMessage>,
): Finding[] {
  const findings: Finding[] = [];
  // A report from months ago is no "last week": its changes are not this week's news.
  if (context.comparison?.previousTooFar) return findings;
  for (const row of context.comparison?.rows ?? []) {
    if (!picks(row)) continue;
    const range = rowRange(row, context.metrics, context.report.lines);
    if (!range) continue;
    const message = (messages[context.locale] ?? messages.en)(
      row.label,
      formatValue(row.current, row),
      formatValue(row.previous, row),
      formatChange(row),
    );
    findings.push({ code, severity, message: message + weeksBackNote(context), range });
  }
  return findings;
}
