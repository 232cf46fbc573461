// Last week's report planned a number (下周：测试进度100%, 告警数降到10个以内) and this week's
// matching metric fell short of it: the reader of a weekly report wants to know the plan slipped.
// Items (完成支付通道切换) are only shown in the panel: words cannot tell a slip from a rewording.
import { formatValue } from '../compare/formatDelta';
import { rowRange } from '../compare/locate';
import { message } from '../i18n';
import type { Rule } from './types';

const CODE = 'target-missed';

export const targetMissed: Rule = {
  code: CODE,
  defaultSeverity: 'information',
  check(context) {
    const comparison = context.comparison;
    // A report from months ago planned no "next week" for this one.
    if (!comparison || comparison.previousTooFar) return [];
    return (comparison.plans ?? []).flatMap((plan) => {
      if (plan.kind !== 'metric' || plan.status !== 'missed' || plan.line === undefined || plan.matched === undefined) return [];
      const range = rowRange({ line: plan.line, label: plan.matched }, context.metrics, context.report.lines);
      if (!range) return [];
      const format = { unit: plan.unit ?? '', decimals: plan.decimals };
      const text = message(context.locale, 'targetMissed', {
        label: plan.matched,
        actual: formatValue(plan.actual, format),
        target: formatValue(plan.target, format),
        bound: plan.bound ?? 'at-least',
      });
      // "Last week" is the previous report: say so when that report is further back (a biweekly series).
      const weeks = comparison.previousWeeksBack;
      const further = weeks ? message(context.locale, 'previousWeeksBack', { weeks }) : '';
      return [{ code: CODE, severity: 'information' as const, message: text + further, range }];
    });
  },
};
