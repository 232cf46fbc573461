import { describe, expect, it } from 'vitest';
import { loadedReport } from '../../../server/src/report/compare/compareInSeries';
import { toComparedReport } from '../../../server/src/report/compare/comparedReport';
import { metricAcrossSeries, metricIndexAt, sameMetricIn, sameSectionIn, sectionAt } from '../../../server/src/report/navigate';
import { readFixture } from '../../helpers/fixtures';

// tests/fixtures/navigation/支付组: W10, W11, W13, W14 (no W12); 线上告警 is renamed 线上告警总数 from W13.
const WEEKS = ['10', '11', '13', '14'];
const reports = WEEKS.map((week) => {
  const name = `2024-W${week}.md`;
  const loaded = loadedReport(`file:///team/${name}`, readFixture(`navigation/支付组/${name}`), name, 'first-day');
  return { loaded, compared: toComparedReport(loaded.uri, loaded.report, loaded.metrics), lines: loaded.report.lines };
});
const [w10, w11, w13] = reports;

/** The index of the metric at `text` (with `plan`, the one under 下周工作及目标). */
function metricOn(report: (typeof reports)[number], text: string, plan = false): number {
  const line = report.lines.findIndex((l, i) => l.includes(text) && (plan ? i > report.lines.indexOf('## 下周工作及目标') : true));
  const character = report.lines[line].indexOf(text) + 1;
  return metricIndexAt(report.loaded.metrics, { line, character });
}

describe('sameMetricIn', () => {
  it('finds last week’s metric by the comparison’s pairing', () => {
    const at = metricOn(w11, '支付成功率');
    const there = sameMetricIn(w11.compared, at, w10.compared)!;
    expect(there.label).toBe('支付成功率');
    expect(there.value).toBe(99.91);
    expect(there.range.start.line).toBe(w10.lines.findIndex((l) => l.includes('支付成功率')));
  });

  it('follows a renamed metric the comparison leaves unpaired (线上告警 → 线上告警总数)', () => {
    const there = sameMetricIn(w13.compared, metricOn(w13, '线上告警总数'), w11.compared)!;
    expect(there).toMatchObject({ label: '线上告警', value: 412 });
  });

  it('keeps plans with plans: next week’s target meets last week’s target, not this week’s result', () => {
    const result = sameMetricIn(w11.compared, metricOn(w11, '测试进度'), w10.compared)!;
    expect(result.value).toBe(20);
    const plan = sameMetricIn(w11.compared, metricOn(w11, '测试进度达到', true), w10.compared)!;
    expect(plan.value).toBe(100);
    expect(plan.range.start.line).toBeGreaterThan(result.range.start.line);
  });

  it('finds nothing for a metric the other week does not have', () => {
    const only = toComparedReport('file:///team/x.md', { ...w10.loaded.report }, []);
    expect(sameMetricIn(w11.compared, metricOn(w11, '支付成功率'), only)).toBeUndefined();
  });

  it('answers -1 off any metric', () => {
    expect(metricIndexAt(w11.loaded.metrics, { line: 0, character: 1 })).toBe(-1);
  });
});

describe('metricAcrossSeries', () => {
  it('lists the metric in every report, oldest first, with week and value', () => {
    const at = metricOn(w13, '线上告警总数');
    const occurrences = metricAcrossSeries(
      w13.compared,
      at,
      reports.map((r) => r.compared),
    );
    expect(occurrences.map((o) => [o.week, o.metric.value])).toEqual([
      ['2024-W10', 388],
      ['2024-W11', 412],
      ['2024-W13', 365],
      ['2024-W14', 340],
    ]);
    expect(occurrences[2].metric).toBe(w13.loaded.metrics[at]);
  });
});

describe('sectionAt and sameSectionIn', () => {
  it('reads the section whose title the cursor is on, with its path, and not the report title', () => {
    const line = w13.lines.indexOf('## 【对账单下载】');
    expect(sectionAt(w13.loaded.report, { line, character: 5 })?.path).toEqual(['【对账单下载】']);
    expect(sectionAt(w13.loaded.report, { line: 0, character: 3 })).toBeUndefined();
    expect(sectionAt(w13.loaded.report, { line: line + 2, character: 3 })).toBeUndefined();
  });

  it('finds the same section by its path, a renamed one by the comparison’s rename test', () => {
    const found = sameSectionIn(['【对账单下载】'], w10.loaded.report)!;
    expect(found.selectionRange.start.line).toBe(w10.lines.indexOf('## 【对账单下载】'));
    expect(sameSectionIn(['系统运行数据'], w10.loaded.report)?.name).toBe('【系统运行数据】');
    expect(sameSectionIn(['【本周系统运行数据】'], w10.loaded.report)?.name).toBe('【系统运行数据】');
    expect(sameSectionIn(['【招聘】'], w10.loaded.report)).toBeUndefined();
  });
});
