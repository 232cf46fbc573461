// Team thresholds from `weeklyReport.thresholds`: `{"metric": "成功率", "min": 99.9}`.
import { message } from '../i18n';
import type { ThresholdSetting } from '../base/settings';
import { labelMatcher } from './labelMatch';
import { writtenValue } from '../metrics/writtenValue';
import type { Finding, Rule, Severity } from './types';
import type { Locale } from '../base/locale';

const code = 'metric-threshold';
const defaultSeverity: Severity = 'warning';

export const metricThreshold: Rule = {
  code,
  defaultSeverity,
  ownSeverity: true,
  check({ report, metrics, settings, locale }) {
    const findings: Finding[] = [];
    const configured = settings.rules?.[code];
    const ruleSeverity = configured && configured !== 'off' ? configured : defaultSeverity;
    for (const threshold of Array.isArray(settings.thresholds) ? settings.thresholds : []) {
      if (!threshold || typeof threshold.metric !== 'string' || threshold.severity === 'off') continue;
      const matches = labelMatcher(threshold.metric);
      const severity = threshold.severity ?? ruleSeverity;
      for (const metric of metrics) {
        if (!Number.isFinite(metric.value) || !matches(metric.label)) continue;
        const text = violation(threshold, metric.value, metric.label, writtenValue(report.lines, metric), locale);
        if (text) findings.push({ code, severity, message: text, range: metric.range });
      }
    }
    return findings;
  },
};

function violation(threshold: ThresholdSetting, value: number, label: string, written: string, locale: Locale): string | undefined {
  const { metric: pattern, min, max } = threshold;
  if (typeof min === 'number' && value < min) {
    return message(locale, 'thresholdBelowMin', { label, value: written, pattern, min });
  }
  if (typeof max === 'number' && value > max) {
    return message(locale, 'thresholdAboveMax', { label, value: written, pattern, max });
  }
  return undefined;
}
