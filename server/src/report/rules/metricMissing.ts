// What last week's report tracked and this one dropped: a metric quietly left out is often the
// one that got worse. Only tracked metrics count: a rate, a figure with a direction (告警数), or
// a regular (in three reports or more); a number told in passing (影响交易212笔) is not missed.
import { formatValue } from '../compare/formatDelta';
import { reportHeadRange } from '../compare/locate';
import { sectionKey } from '../compare/matchMetrics';
import type { ComparisonRow } from '../compare/types';
import type { Finding, Locale, Rule } from './types';

const CODE = 'metric-missing';
const REGULAR_FROM = 3;

const messages: Record<Locale, { metric: (label: string, value: string) => string; section: (name: string) => string }> = {
  en: {
    metric: (label, value) => `${label} (${value} last week) is missing from this week's report`,
    section: (name) => `Section ${name} from last week's report is missing this week`,
  },
  'zh-cn': {
    metric: (label, value) => `上周的「${label}」（${value}）本周没有`,
    section: (name) => `上周的章节「${name}」本周没有`,
  },
};

export const metricMissing: Rule = {
  code: CODE,
  defaultSeverity: 'information',
  check(context) {
    const comparison = context.comparison;
    if (!comparison?.previous || comparison.previousTooFar) return [];
    const text = messages[context.locale] ?? messages.en;
    const range = reportHeadRange(context.report);
    const missingSections = comparison.missingSections ?? [];
    // A whole missing section is one finding, not one per metric it held.
    const inMissingSection = new Set(missingSections.map(sectionKey));
    const findings: Finding[] = missingSections.map((name) => ({
      code: CODE,
      severity: 'information',
      message: text.section(name),
      range,
    }));
    for (const row of comparison.rows) {
      if (row.status !== 'gone' || !isTracked(row) || inMissingSection.has(sectionKey(row.section))) continue;
      findings.push({ code: CODE, severity: 'information', message: text.metric(row.label, formatValue(row.previous, row)), range });
    }
    return findings;
  },
};

function isTracked(row: ComparisonRow): boolean {
  return row.kind === 'percent' || row.direction !== 'neutral' || row.trend.length >= REGULAR_FROM;
}
