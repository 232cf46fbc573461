// `问题72条，正确回答65条，准确率90.28%`: a rate stated right after the two counts it was computed
// from. Which counts pair with a rate is the metrics layer's call (findDerivedRatios): it pairs only
// when evident, since `工单120个，上线5个，成功率99%` holds counts unrelated to the rate.
import type { Report } from '../model';
import type { Metric } from '../metrics/types';
import { findDerivedRatios } from '../metrics/derivedRatios';
import type { LineMetric } from '../metrics/extractLineMetrics';
import { isSentenceBoundary, toHalfWidth } from '../metrics/text';
import { message } from '../i18n';
import { agreesAtPrecision, percentOf, replaceValueFix, showPercent } from './ratio';
import { writtenValue } from '../metrics/writtenValue';
import type { Finding, Rule } from './types';

const code = 'derived-ratio-mismatch';

export const derivedRatioMismatch: Rule = {
  code,
  defaultSeverity: 'warning',
  check({ report, metrics, locale }) {
    const findings: Finding[] = [];
    for (const lineMetrics of metricsByLine(report, metrics)) {
      for (const { ratio, numerator, denominator } of findDerivedRatios(lineMetrics)) {
        const rate = ratio.metric;
        const exact = percentOf(numerator.value, denominator.value);
        const complement = percentOf(denominator.value - numerator.value, denominator.value);
        if (exact === undefined || complement === undefined) continue;
        // A rate of what failed (错误率) is the complement of the count that matched its label.
        if (agreesAtPrecision(rate.value, rate.decimals, exact) || agreesAtPrecision(rate.value, rate.decimals, complement)) continue;
        findings.push({
          code,
          severity: 'warning',
          message: message(locale, 'derivedRatioMismatch', {
            label: rate.label,
            value: writtenValue(report.lines, rate),
            part: numerator.value,
            whole: denominator.value,
            expected: showPercent(exact, rate.decimals),
          }),
          range: rate.range,
          fix: replaceValueFix(report, rate, exact, locale),
        });
      }
    }
    return findings;
  },
};

/** What findDerivedRatios reads of a metric (it asks only whether a fraction exists), plus the metric. */
type Placed = Pick<LineMetric, 'label' | 'value' | 'unit' | 'kind' | 'fraction' | 'sentence'> & { metric: Metric };

/** Each line's one-line metrics in order, with the index of the sentence holding each. */
function metricsByLine(report: Report, metrics: Metric[]): Placed[][] {
  const byLine = new Map<number, Metric[]>();
  for (const metric of metrics) {
    if (metric.range.start.line !== metric.range.end.line) continue;
    const list = byLine.get(metric.range.start.line);
    if (list) list.push(metric);
    else byLine.set(metric.range.start.line, [metric]);
  }
  const lines: Placed[][] = [];
  for (const [line, list] of byLine) {
    if (list.length < 3) continue;
    const text = toHalfWidth(report.lines[line] ?? '');
    list.sort((a, b) => a.valueRange.start.character - b.valueRange.start.character);
    const sentences = sentenceCounter(text);
    lines.push(list.map((metric) => placed(metric, sentences(metric.valueRange.start.character))));
  }
  return lines;
}

function placed(metric: Metric, sentence: number): Placed {
  const { label, value, unit, kind, fraction } = metric;
  const lineFraction = fraction && {
    numerator: fraction.numerator,
    denominator: fraction.denominator,
    start: fraction.range.start.character,
    end: fraction.range.end.character,
  };
  return { label, value, unit, kind, fraction: lineFraction, sentence, metric };
}

/**
 * The index of the sentence holding a position, for positions asked in ascending order: one scan
 * of the line for all of its metrics (a line of 20,000 metrics must not be rescanned per metric).
 */
function sentenceCounter(text: string): (at: number) => number {
  let index = 0;
  let scanned = 0;
  return (at) => {
    for (const end = Math.min(at, text.length); scanned < end; scanned++) if (isSentenceBoundary(text, scanned)) index++;
    return index;
  };
}
