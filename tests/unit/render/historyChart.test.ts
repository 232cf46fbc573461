// The history chart and the panel body around it: dates on x (a week without a report keeps its
// room), gaps drawn as gaps, thresholds as lines, values labelled, every report string escaped.
import { describe, expect, it } from 'vitest';
import { metricChoices, renderHistoryBody, renderHistoryChartSvg } from '../../../server/src/presentation/renderHistoryChart';
import { renderComparisonBody } from '../../../server/src/presentation/renderHtml';
import type { HistoryReport, MetricHistoryData, MetricTrack } from '../../../server/src/report/history';
import { realisticComparison } from './comparisonFixtures';

const HOSTILE = `<script>window.__xss=1</script>"'&`;

const reports: HistoryReport[] = [
  { uri: 'file:///r/w48.md', week: '2023-W48', date: '2023-11-27', missingBefore: 0 },
  { uri: 'file:///r/w49.md', week: '2023-W49', date: '2023-12-04', missingBefore: 0 },
  { uri: 'file:///r/w51.md', week: '2023-W51', date: '2023-12-18', missingBefore: 1 },
  { uri: 'file:///r/w52.md', week: '2023-W52', date: '2023-12-25', missingBefore: 0 },
  { uri: 'file:///r/w01.md', week: '2024-W01', date: '2024-01-01', missingBefore: 0 },
];

function track(values: Array<number | undefined>, label = '入金有效成功率'): MetricTrack {
  return {
    label,
    unit: '%',
    kind: 'percent',
    decimals: 3,
    points: values.flatMap((value, report) => (value === undefined ? [] : [{ report, value, label, path: ['【系统运行数据】'], line: 6 }])),
  };
}

const circles = (svg: string, className: string) => [
  ...svg.matchAll(new RegExp(`<circle class="${className}" cx="([\\d.]+)" cy="([\\d.]+)"`, 'g')),
];

describe('renderHistoryChartSvg', () => {
  it('places reports by date: a missing week keeps its room on the x axis', () => {
    const svg = renderHistoryChartSvg({ reports, metric: track([99.951, 99.962, 99.966, 99.94, 99.97]) }, 'en');
    const xs = circles(svg, 'history-point').map((match) => Number(match[1]));
    expect(xs).toHaveLength(5);
    const steps = xs.slice(1).map((x, i) => x - xs[i]);
    expect(steps[1]).toBeCloseTo(steps[0] * 2, 1);
    expect(steps[2]).toBeCloseTo(steps[0], 1);
    // The gap of W50 is drawn as a gap line, the rest as one line before it and one after.
    expect(svg.match(/<line class="history-gap"/g)).toHaveLength(1);
    expect(svg.match(/<polyline class="history-line"/g)).toHaveLength(2);
  });

  it('breaks the line where a report lacks the metric and marks that report on the axis', () => {
    const svg = renderHistoryChartSvg(
      { reports: reports.map((r) => ({ ...r, missingBefore: 0 })), metric: track([1, 2, undefined, 4, 5]) },
      'zh-cn',
    );
    expect(svg.match(/<line class="history-gap"/g)).toHaveLength(1);
    expect(circles(svg, 'history-no-value')).toHaveLength(1);
    expect(svg).toContain('<title>2023-W51: 未填写</title>');
  });

  it('labels every value and draws thresholds as lines inside the chart', () => {
    const svg = renderHistoryChartSvg(
      { reports, metric: track([99.951, 99.962, 99.966, 99.94, 99.97]), thresholds: [{ metric: '成功率', min: 99.95 }] },
      'en',
    );
    const labels = [...svg.matchAll(/<text class="history-value"[^>]*>([^<]*)</g)].map((match) => match[1]);
    expect(labels).toEqual(['99.951%', '99.962%', '99.966%', '99.940%', '99.970%']);
    const threshold = /<line class="history-threshold" x1="[\d.]+" y1="([\d.]+)"/.exec(svg);
    expect(threshold).not.toBeNull();
    const ys = circles(svg, 'history-point').map((match) => Number(match[2]));
    const y = Number(threshold![1]);
    // 99.94 lies below the 99.95 line (larger y), 99.951 above it.
    expect(ys[3]).toBeGreaterThan(y);
    expect(ys[0]).toBeLessThan(y);
    expect(svg).toContain('min 99.950% (成功率)');
  });

  it('escapes every string from the report and the settings', () => {
    const hostileReports = reports.map((report) => ({ ...report, week: HOSTILE }));
    const svg = renderHistoryChartSvg(
      { reports: hostileReports, metric: track([1, undefined, 3, 4, 5], HOSTILE), thresholds: [{ metric: HOSTILE, max: 4 }] },
      'en',
    );
    expect(svg).not.toContain('<script');
    expect(svg).not.toMatch(/"'&(?!amp;|lt;|gt;|quot;|#39;)/);
    expect(svg).toContain('&lt;script&gt;');
    const body = renderHistoryBody(
      { reports: hostileReports, metrics: [track([1, 2, 3, 4, 5], HOSTILE)], thresholds: [[]], rows: [] },
      `file:///r/"><script>.md`,
      'en',
      { actions: true },
    );
    expect(body).not.toContain('<script');
    expect(body).toContain('data-uri="file:///r/&quot;&gt;&lt;script&gt;.md"');
  });

  it('draws nothing for a metric without a value', () => {
    expect(renderHistoryChartSvg({ reports, metric: track([]) }, 'en')).toBe('');
  });
});

describe('renderHistoryBody', () => {
  const data: MetricHistoryData = { reports, metrics: [track([99.951, 99.962, undefined, 99.94, 99.97])], thresholds: [[]], rows: [] };

  it('shows the metric, a button back to the comparison, the chart and every report with its value', () => {
    const body = renderHistoryBody(data, reports[4].uri, 'en', { actions: true });
    expect(body).toContain('<span class="report-name metric-name">入金有效成功率</span>');
    expect(body).toContain('data-action="showComparison"');
    expect(body).toContain('<svg class="history-chart"');
    const rows = [
      ...body.matchAll(/<tr class="history-row[^"]*"><th scope="row">(.*?)<\/th><td>(.*?)<\/td><td class="value">(.*?)<\/td>/g),
    ].map((match) => [match[1].replace(/<[^>]+>/g, ''), match[3].replace(/<[^>]+>/g, '')]);
    expect(rows).toEqual([
      ['2023-W48', '99.951%'],
      ['2023-W49', '99.962%'],
      ['2023-W51 1 week without a report before it', 'not reported'],
      ['2023-W52', '99.940%'],
      ['2024-W01', '99.970%'],
    ]);
  });

  it('says so when there is no metric to chart, in both languages', () => {
    const empty = { ...data, metrics: [], thresholds: [] };
    expect(renderHistoryBody(empty, 'file:///r/w.md', 'en')).toContain('This metric has no history in the series.');
    expect(renderHistoryBody(empty, 'file:///r/w.md', 'zh-cn')).toContain('本系列中没有该指标的历史数据。');
  });
});

describe('the comparison table links each row to its history', () => {
  it('makes the trend a button carrying the label only where a script handles it', () => {
    const comparison = realisticComparison();
    const withActions = renderComparisonBody(comparison, 'en', { actions: true });
    const rowsWithLine = comparison.rows.filter((row) => row.line !== undefined).length;
    expect(withActions.match(/data-action="showHistory"/g)).toHaveLength(rowsWithLine);
    expect(renderComparisonBody(comparison, 'en')).not.toContain('showHistory');
  });

  it('offers the report metrics to pick, with their value in that report', () => {
    const choices = metricChoices(
      {
        reports,
        metrics: [track([1, 2, 3, 4, 99.97]), track([5, undefined, undefined, undefined, undefined], 'Gone')],
        thresholds: [[], []],
        rows: [],
      },
      reports[4].uri,
    );
    expect(choices).toEqual([
      {
        label: '入金有效成功率',
        description: '99.970%',
        detail: '【系统运行数据】',
        params: { uri: reports[4].uri, line: 6, label: '入金有效成功率' },
      },
    ]);
  });
});
