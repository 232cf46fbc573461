// `76%（16/24）`: a percentage written next to its own fraction must be that fraction.
import { message } from '../i18n';
import { agreesAtPrecision, percentOf, replaceValueFix, showPercent } from './ratio';
import { writtenValue } from '../metrics/writtenValue';
import { spanning } from '../base/range';
import type { Finding, Rule } from './types';

const code = 'percent-fraction-mismatch';

export const percentFractionMismatch: Rule = {
  code,
  defaultSeverity: 'warning',
  check({ report, metrics, locale }) {
    const findings: Finding[] = [];
    for (const metric of metrics) {
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
  },
};
