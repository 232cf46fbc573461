// Progress that went backwards (测试进度 80% → 60%) is usually a typo or a re-planned project:
// either way the reader needs to be told.
import { isProgressLabel } from '../compare/direction';
import { formatChange, formatValue } from '../compare/formatDelta';
import { rowRange } from '../compare/locate';
import type { Finding, Locale, Rule } from './types';

const CODE = 'progress-regressed';

const messages: Record<Locale, (label: string, current: string, previous: string, change: string) => string> = {
  en: (label, current, previous, change) => `${label} ${current}, lower than last week's ${previous} (${change})`,
  'zh-cn': (label, current, previous, change) => `${label} ${current}，低于上周的 ${previous}（${change}）`,
};

export const progressRegressed: Rule = {
  code: CODE,
  defaultSeverity: 'warning',
  check(context) {
    const findings: Finding[] = [];
    for (const row of context.comparison?.rows ?? []) {
      if (row.delta === undefined || row.delta >= 0 || !isProgressLabel(row.label)) continue;
      const range = rowRange(row, context.metrics, context.report.lines);
      if (!range) continue;
      const message = (messages[context.locale] ?? messages.en)(
        row.label,
        formatValue(row.current, row),
        formatValue(row.previous, row),
        formatChange(row),
      );
      findings.push({ code: CODE, severity: 'warning', message, range });
    }
    return findings;
  },
};
