// The history core over reports parsed in-process: metrics followed by the comparison's identity,
// plans left out, gaps (a week without the metric, a week without a report) marked as gaps.
import { describe, expect, it } from 'vitest';
import { loadedReport, type LoadedReport } from '../../../server/src/report/compare/compareInSeries';
import {
  filterHistory,
  gapBefore,
  historyRows,
  labelQuery,
  loadSeriesHistory,
  metricHistory,
  trackAt,
  tracksIn,
} from '../../../server/src/report/history';
import { createReportEntry } from '../../../server/src/report/series/reportEntry';
import { readFixture } from '../../helpers/fixtures';

const ZH = ['2023-W48', '2023-W49', '2023-W51', '2023-W52'];
const uriOf = (name: string) => `file:///team/zh/${name}.md`;
const zhSeries = (): LoadedReport[] =>
  ZH.map((name) => loadedReport(uriOf(name), readFixture(`history/zh/${name}.md`), `${name}.md`, 'first-day'));

function report(name: string, text: string): LoadedReport {
  return loadedReport(`file:///r/${name}.md`, text, `${name}.md`, 'first-day');
}

describe('metricHistory', () => {
  it('follows each result metric through the series, leaving plans out', () => {
    const history = metricHistory(zhSeries());
    expect(history.reports.map((r) => [r.week, r.date])).toEqual([
      ['2023-W48', '2023-11-20'],
      ['2023-W49', '2023-11-27'],
      ['2023-W51', '2023-12-11'],
      ['2023-W52', '2023-12-18'],
    ]);
    expect(history.metrics.map((track) => [track.label, track.points.map((point) => point.value)])).toEqual([
      ['入金有效成功率', [99.951, 99.962, 99.966, 99.94]],
      ['支付系统可用性', [99.999, 99.998, 99.998, 99.999]],
      ['事故数CD级', [0, 1, 0]],
      ['测试进度', [40, 60, 80, 100]],
    ]);
    expect(history.metrics[0].decimals).toBe(3);
    expect(history.metrics[0].points[0].path).toEqual(['【系统运行数据】']);
  });

  it('marks a week without a report and a report without the metric as gaps', () => {
    const history = metricHistory(zhSeries());
    expect(history.reports.map((r) => r.missingBefore)).toEqual([0, 0, 1, 0]);
    const incidents = history.metrics.find((track) => track.label === '事故数CD级')!;
    expect(incidents.points.map((point) => point.report)).toEqual([0, 1, 3]);
    expect(incidents.points.map((_, i) => gapBefore(history, incidents, i))).toEqual([false, false, true]);
    const rate = history.metrics[0];
    // W49 → W51 skips W50: the series itself has a gap there.
    expect(rate.points.map((_, i) => gapBefore(history, rate, i))).toEqual([false, false, true, false]);
  });

  it('matches a renamed label and a moved metric as the comparison does, and tells namesakes apart by section', () => {
    const history = metricHistory([
      report('2024-W01', '# Week 2024-W01\n\n## Build\n\n- Merged PR: 14\n- Success rate: 97%\n\n## Deploy\n\n- Success rate: 90%\n'),
      report('2024-W02', '# Week 2024-W02\n\n## Build\n\n- Merged PRs: 17\n- Success rate: 98%\n\n## Deploy\n\n- Success rate: 91%\n'),
      report('2024-W03', '# Week 2024-W03\n\n## Deploy\n\n- Success rate: 92%\n\n## Engineering\n\n- Merged PRs: 20\n'),
    ]);
    const byLabel = history.metrics.map((track) => [track.label, track.points.map((p) => [p.report, p.value, p.path.join('/')])]);
    expect(byLabel).toEqual([
      [
        'Merged PRs',
        [
          [0, 14, 'Build'],
          [1, 17, 'Build'],
          [2, 20, 'Engineering'],
        ],
      ],
      [
        'Success rate',
        [
          [0, 97, 'Build'],
          [1, 98, 'Build'],
        ],
      ],
      [
        'Success rate',
        [
          [0, 90, 'Deploy'],
          [1, 91, 'Deploy'],
          [2, 92, 'Deploy'],
        ],
      ],
    ]);
  });

  it('gives one row per report and metric, reports oldest first', () => {
    const history = metricHistory(zhSeries());
    const rows = historyRows(history, (uri) => uri.slice(uri.lastIndexOf('/') + 1));
    expect(rows).toHaveLength(15);
    expect(rows[0]).toEqual({
      metric: 0,
      week: '2023-W48',
      date: '2023-11-20',
      file: '2023-W48.md',
      label: '入金有效成功率',
      section: '【系统运行数据】',
      value: 99.951,
      unit: '%',
    });
    expect(rows.map((row) => row.week)).toEqual([...rows.map((row) => row.week)].sort());
  });

  it('finds a metric by its line in a report, by label query, and the metrics a report has', () => {
    const history = metricHistory(zhSeries());
    const last = uriOf('2023-W52');
    expect(trackAt(history, last, 12)?.label).toBe('测试进度');
    expect(trackAt(history, last, 12, '测试进度')?.points).toHaveLength(4);
    expect(trackAt(history, 'file:///elsewhere.md', 12)).toBeUndefined();
    expect(tracksIn(history, uriOf('2023-W51')).map((track) => track.label)).toEqual(['入金有效成功率', '支付系统可用性', '测试进度']);
    const filtered = filterHistory(history, labelQuery('ＣＤ'));
    expect(filtered.metrics.map((track) => track.label)).toEqual(['事故数CD级']);
    expect(filtered.reports).toHaveLength(4);
  });

  it('loads the series through the caller loader, leaving out a report that cannot be read', async () => {
    const loaded = zhSeries();
    const entries = loaded.map((r) => createReportEntry(r.uri, r.report));
    const unreadable = uriOf('2023-W49');
    const history = await loadSeriesHistory(
      entries[3],
      entries,
      (uri) => (uri === unreadable ? undefined : loaded.find((r) => r.uri === uri)),
      {
        numbering: 'first-day',
      },
    );
    expect(history.reports.map((r) => r.week)).toEqual(['2023-W48', '2023-W51', '2023-W52']);
    expect(history.reports[1].missingBefore).toBe(2);
  });
});
