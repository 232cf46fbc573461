// A share of a whole (成功率, 进度, coverage) outside 0–100%. Growth figures (增长150%) may be.
import { message } from '../i18n';
import { isRateLabel } from '../metrics/labels';
import { writtenValue } from '../metrics/writtenValue';
import type { Finding, Rule } from './types';

const code = 'rate-out-of-range';

export const rateOutOfRange: Rule = {
  code,
  defaultSeverity: 'warning',
  check({ report, metrics, locale }) {
    const findings: Finding[] = [];
    for (const metric of metrics) {
      if (metric.kind !== 'percent' || !Number.isFinite(metric.value)) continue;
      if ((metric.value >= 0 && metric.value <= 100) || !isRateLabel(metric.label)) continue;
      const params = { label: metric.label, value: writtenValue(report.lines, metric) };
      findings.push({
        code,
        severity: 'warning',
        message: message(locale, metric.value > 100 ? 'rateAboveRange' : 'rateBelowRange', params),
        range: metric.range,
      });
    }
    return findings;
  },
};
