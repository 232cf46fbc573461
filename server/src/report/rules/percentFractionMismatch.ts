// `76%（16/24）`: a percentage written next to its own fraction must be that fraction.
import { message } from '../i18n';
import { agreesAtPrecision, percentOf, replaceValueFix, showPercent } from './ratio';
import { writtenValue } from '../metrics/writtenValue';
import { spanning } from '../base/range';
import type { Finding, Rule, RuleContext } from './types';
import { ITEMS_PER_STEP, stepwise } from '../base/steps';

const code = 'percent-fraction-mismatch';

export const percentFractionMismatch: Rule = {
  code,
  defaultSeverity: 'warning',
  ...stepwise(function* ({ report, metrics, locale }: RuleContext) {
    const findings: Finding[] = [];
    for (const [k, metric] of metrics.entries()) {
      if (k % ITEMS_PER_STEP === ITEMS_PER_STEP - 1) yield;
      const fraction = metric.fraction;
      if (metric.kind !== 'percent' || !fraction) continue;
      const exact = percentOf(fraction.numerator, fraction.denominator);
      if (exact === undefined || agreesAtPrecision(metric.value, metric.decimals, exact)) continue;
      findings.push({
        code,
        severity: 'warning',
        message: message(locale, 'percentFractionMismatch', {
          label: metric.label,
          value: writtenValue(report.lines, metric),
          numerator: fraction.numerator,
          denominator: fraction.denominator,
          expected: showPercent(exact, metric.decimals),
        }),
        range: spanning(metric.range, fraction.range),
        fix: replaceValueFix(report, metric, exact, locale),
      });
    }
    return findings;
  }),
};
