// Metric histories for the chart's tests: a realistic series (a week without a report, a report
// without the metric, a threshold) and a hostile one (report strings that are XSS payloads).
import type { HistoryReport, MetricHistoryData, MetricTrack } from '../../../server/src/report/history';
import { XSS_PAYLOADS } from './comparisonFixtures';

interface Fixture {
  data: MetricHistoryData;
  /** The report the chart was opened from. */
  uri: string;
}

function history(
  weeks: Array<[week: string, date: string, value: number | undefined, missingBefore?: number]>,
  label: string,
  path: string[],
): Fixture {
  const reports: HistoryReport[] = weeks.map(([week, date, , missingBefore]) => ({
    uri: `file:///team/周报/${week}.md`,
    week,
    date,
    missingBefore: missingBefore ?? 0,
  }));
  const metric: MetricTrack = {
    label,
    unit: '%',
    kind: 'percent',
    decimals: 3,
    points: weeks.flatMap(([, , value], report) => (value === undefined ? [] : [{ report, value, label, path, line: 6 }])),
  };
  return {
    data: { reports, metrics: [metric], thresholds: [[{ metric: '成功率', min: 99.95 }]], rows: [] },
    uri: reports[reports.length - 1].uri,
  };
}

export function realisticHistory(): Fixture {
  return history(
    [
      ['2023-W44', '2023-10-30', 99.951],
      ['2023-W45', '2023-11-06', 99.962],
      ['2023-W46', '2023-11-13', 99.966],
      ['2023-W47', '2023-11-20', undefined],
      ['2023-W48', '2023-11-27', 99.94],
      ['2023-W49', '2023-12-04', 99.958],
      ['2023-W51', '2023-12-18', 99.971, 1],
      ['2023-W52', '2023-12-25', 99.969],
    ],
    '入金有效成功率',
    ['【系统运行数据】'],
  );
}

export function hostileHistory(): Fixture {
  const fixture = history(
    XSS_PAYLOADS.map((payload, i) => [payload, `2024-01-${String(1 + i * 7).padStart(2, '0')}`, i === 2 ? undefined : 90 + i]),
    XSS_PAYLOADS[0],
    [XSS_PAYLOADS[1]],
  );
  return { ...fixture, uri: `file:///r/${XSS_PAYLOADS[5]}.md` };
}
