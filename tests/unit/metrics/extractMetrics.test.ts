import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { normalisedProse } from '../../../server/src/report/rules/lineCache';
import type { Report, Section, TableCell } from '../../../server/src/report/model';
import type { Metric } from '../../../server/src/report/metrics/types';
import { extractMetrics } from '../../../server/src/report/metrics/extractMetrics';
import { parseReport } from '../../../server/src/report/parseReport';

const fixture = (name: string) => readFileSync(join(__dirname, '../../fixtures', name), 'utf8');

/** `line label|value|unit|kind[|a/b]`: one string per metric, in document order. */
function summarise(metric: Metric): string {
  const fraction = metric.fraction ? `|${metric.fraction.numerator}/${metric.fraction.denominator}` : '';
  return `${metric.range.start.line} ${metric.label}|${metric.value}|${metric.unit}|${metric.kind}${fraction}`;
}

function section(name: string, line: number): Section {
  const range = { start: { line, character: 0 }, end: { line: line + 5, character: 0 } };
  return { name, kind: 'heading', level: 2, range, selectionRange: range, children: [] };
}

function cell(text: string, line: number, from: number): TableCell {
  return {
    text: text.replace(/^\|?\s*|\s*\|?\s*$/g, ''),
    range: { start: { line, character: from }, end: { line, character: from + text.length } },
  };
}

/** A report built by hand, as the parser would build it, for the lines given. */
function reportOf(lines: string[], build: (r: Report) => void): Report {
  const report: Report = {
    frontMatter: {},
    frontMatterEndLine: -1,
    sections: [],
    listItems: [],
    proseLines: [],
    tables: [],
    lineCount: lines.length,
    looksLikeReport: true,
    lines,
  };
  build(report);
  return report;
}

describe('extractMetrics over a hand-built report', () => {
  const lines = [
    '## 【系统运行数据】',
    '- 入金有效成功率：99.966%，`v=12%` 跟进率67%（16/24）',
    '| 指标 | 本周 | 上周 |',
    '| --- | --- | --- |',
    '| 告警总数 | 312 | **398** |',
    '| 满意度 | 4.8分 | - |',
    '无章节的可用性99.9%',
  ];
  const data = section('【系统运行数据】', 0);
  const report = reportOf(lines, (r) => {
    r.proseLines.push({ line: 1, text: lines[1], masked: [[18, 25]], normalised: normalisedProse(lines[1], [[18, 25]]), section: data });
    r.proseLines.push({ line: 6, text: lines[6], masked: [], normalised: normalisedProse(lines[6], []) });
    r.tables.push({
      header: [cell('| 指标 ', 2, 0), cell('| 本周 ', 2, 6), cell('| 上周 |', 2, 12)],
      rows: [
        { cells: [cell('| 告警总数 ', 4, 0), cell('| 312 ', 4, 8), cell('| **398** |', 4, 14)] },
        { cells: [cell('| 满意度 ', 5, 0), cell('| 4.8分 ', 5, 7), cell('| - |', 5, 14)] },
      ],
      range: { start: { line: 2, character: 0 }, end: { line: 5, character: 18 } },
      section: data,
    });
  });
  const metrics = extractMetrics(report);

  test('prose and table metrics in document order, with sections', () => {
    expect(metrics.map((m) => `${summarise(m)} @${m.section}`)).toEqual([
      '1 入金有效成功率|99.966|%|percent @【系统运行数据】',
      '1 跟进率|67|%|percent|16/24 @【系统运行数据】',
      '4 告警总数 本周|312||count @【系统运行数据】',
      '4 告警总数 上周|398||count @【系统运行数据】',
      '5 满意度 本周|4.8|分|score @【系统运行数据】',
      '6 无章节的可用性|99.9|%|percent @',
    ]);
  });

  test('ranges are LSP positions into the source lines', () => {
    const at = (m: Metric, r = m.valueRange) => lines[r.start.line].slice(r.start.character, r.end.character);
    expect(metrics.map((m) => at(m))).toEqual(['99.966%', '67%', '312', '398', '4.8分', '99.9%']);
    expect(at(metrics[0], metrics[0].range)).toBe('入金有效成功率：99.966%');
    expect(at(metrics[1], metrics[1].fraction!.range)).toBe('16/24');
    expect(metrics[0].decimals).toBe(3);
  });
});

describe('extractMetrics over fixture reports', () => {
  test('metrics-zh.md', () => {
    const report = parseReport(fixture('metrics-zh.md'));
    const metrics = extractMetrics(report);
    expect(metrics.map(summarise)).toEqual([
      '10 演练覆盖率|100|%|percent',
      '11 春节期间值班|24|人次|count',
      '11 夜间告警平均响应时长|8|分钟|duration',
      '14 对账差异|3|笔|count',
      '14 差错率|0.015|%|percent',
      '14 交易待核对|1200|笔|count',
      '20 收单有效成功率|99.972|%|percent',
      '20 失败订单|58|笔|count',
      '21 退款成功率|99.991|%|percent',
      '21 代付成功率|99.87|%|percent',
      '25 核心链路月度可用性|99.995|%|percent',
      '26 故障数P1级|0|次|count',
      '26 P2级|2|次|count',
      '31 灰度比例|30|%|percent',
      '31 转化率提升|0.8|%|percent',
      '32 测试进度|60|%|percent',
      '32 入网校验规则|9|个|count',
      '36 需求交付周期|4.5|天|duration',
      '36 排名|2||rank',
      '37 单测覆盖率|72.5|%|percent|145/200',
      '37 流水线成功率|96|%|percent',
      '38 高危漏洞数|0|个|count',
      '38 中危漏洞数|5|个|count',
      '38 技术债条目|37|条|count',
      '40 机器人解决率|85|%|percent',
      '40 转人工率|15|%|percent',
      '41 样本问题|200|条|count',
      '41 正确回答|186|条|count',
      '41 准确率|93|%|percent',
      '45 持续|25|mins|duration',
      '49 告警总数 本周|312||count',
      '49 告警总数 上周|398||count',
      '50 平均响应时长 本周|8|分钟|duration',
      '50 平均响应时长 上周|11|分钟|duration',
      '51 值班满意度 本周|4.8|分|score',
    ]);
    const byLabel = new Map(metrics.map((m) => [m.label, m]));
    expect(byLabel.get('收单有效成功率')?.section).toBe('【系统运行数据】');
    expect(byLabel.get('单测覆盖率')?.section).toBe('【O2 效能提升】');
    expect(byLabel.get('告警总数 本周')?.section).toBe(report.tables[0].section?.name ?? '');
  });

  test('metrics-en.md', () => {
    const metrics = extractMetrics(parseReport(fixture('metrics-en.md')));
    expect(metrics.map(summarise)).toEqual([
      '7 Payment success rate|99.95|%|percent',
      '8 P0 alerts followed up|67|%|percent|16/24',
      '8 Total alerts|464||count',
      '9 MTTR|45|min|duration',
      '9 longest incident lasted|2|hours|duration',
      '13 orders|1234||count',
      '13 refunded|12.5|k$|money',
      '14 Revenue|1.2|M$|money',
      '14 Conversion rate|-0.3|%|percent',
      '15 support team ranked|2||rank',
      '19 Unit test coverage|81.5|%|percent|163/200',
      '20 Deploys|37||count',
      '20 rollback rate|2.7|%|percent',
      '21 Open P1 bugs|5||count',
    ]);
    expect(metrics.every((m) => m.section !== '')).toBe(true);
  });

  test('every value range holds the raw number as written', () => {
    for (const name of ['metrics-zh.md', 'metrics-en.md']) {
      const report = parseReport(fixture(name));
      for (const metric of extractMetrics(report)) {
        const { start, end } = metric.valueRange;
        expect(report.lines[start.line].slice(start.character, end.character)).toContain(metric.raw);
        expect(metric.range.start.character).toBeLessThanOrEqual(start.character);
        expect(metric.range.end.character).toBeGreaterThanOrEqual(end.character);
      }
    }
  });
});
