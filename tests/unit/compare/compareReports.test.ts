import { describe, expect, it } from 'vitest';
import { compareReports } from '../../../server/src/report/compare/compareReports';
import { directionFor } from '../../../server/src/report/compare/direction';
import type { ReportRef } from '../../../server/src/report/compare/types';
import { metric } from './buildMetric';

const thisWeek: ReportRef = { uri: 'file:///r/2023-W51.md', name: '第51周', week: '2023-W51' };
const lastWeek: ReportRef = { uri: 'file:///r/2023-W50.md', name: '第50周', week: '2023-W50' };
const RUN = '【系统运行数据】';
const O3 = '【O3 安全稳定】';

describe('compareReports: matching', () => {
  it('matches within the same section before looking across sections', () => {
    const current = [
      metric('成功率', '99.9%', { section: '【入金】', line: 3 }),
      metric('成功率', '98.0%', { section: '【出金】', line: 5 }),
    ];
    const previous = [
      metric('成功率', '97.5%', { section: '【出金】', line: 4 }),
      metric('成功率', '99.5%', { section: '【入金】', line: 2 }),
    ];
    const { rows } = compareReports({ ref: thisWeek, metrics: current }, { ref: lastWeek, metrics: previous });
    expect(rows.map((r) => [r.section, r.current, r.previous, r.previousLine])).toEqual([
      ['【入金】', 99.9, 99.5, 2],
      ['【出金】', 98, 97.5, 4],
    ]);
  });

  it('matches a metric that moved to another section, ignoring width, case and spacing', () => {
    const current = [metric('Ｐａｙｍｅｎｔ success rate', '99.1%', { section: RUN })];
    const previous = [metric('payment success  rate', '99.0%', { section: O3 })];
    const [row] = compareReports({ ref: thisWeek, metrics: current }, { ref: lastWeek, metrics: previous }).rows;
    expect(row).toMatchObject({ section: RUN, current: 99.1, previous: 99, status: 'improved' });
  });

  it('reports unmatched metrics as new and gone, and counts statuses', () => {
    const current = [metric('总告警数', '464个', { section: O3, line: 9 }), metric('健康分', '717', { section: O3 })];
    const previous = [metric('总告警数', '500个', { section: O3 }), metric('慢查服务数', '13个', { section: O3, line: 7 })];
    const comparison = compareReports({ ref: thisWeek, metrics: current }, { ref: lastWeek, metrics: previous });
    expect(comparison.rows.map((r) => [r.label, r.status])).toEqual([
      ['总告警数', 'improved'],
      ['健康分', 'new'],
      ['慢查服务数', 'gone'],
    ]);
    const gone = comparison.rows[2];
    expect(gone).toMatchObject({ previous: 13, previousLine: 7 });
    expect([gone.current, gone.line, gone.delta]).toEqual([undefined, undefined, undefined]);
    expect(comparison.counts).toEqual({ improved: 1, worsened: 0, changed: 0, unchanged: 0, new: 1, gone: 1 });
  });

  it('does not pair a percent with a count of the same name', () => {
    const rows = compareReports(
      { ref: thisWeek, metrics: [metric('进度', '80%')] },
      { ref: lastWeek, metrics: [metric('进度', '3个')] },
    ).rows;
    expect(rows.map((r) => r.status)).toEqual(['new', 'gone']);
  });

  it('without a previous report every metric is new and the note is kept', () => {
    const comparison = compareReports({ ref: thisWeek, metrics: [metric('事故数', '1次')] }, undefined, { note: 'No earlier report.' });
    expect(comparison.previous).toBeUndefined();
    expect(comparison.note).toBe('No earlier report.');
    expect(comparison.rows[0]).toMatchObject({ status: 'new', trend: [{ week: '2023-W51', value: 1 }] });
  });

  it('lists the sections last week had and this week lacks', () => {
    const comparison = compareReports(
      { ref: thisWeek, metrics: [], sections: ['【重点工作】', RUN] },
      { ref: lastWeek, metrics: [], sections: ['【重点工作】', ' 【系统运行数据】', '【生产事件】'] },
    );
    expect(comparison.missingSections).toEqual(['【生产事件】']);
  });
});

describe('compareReports: deltas', () => {
  it.each([
    // [label, this week, last week, delta, deltaKind, relative]
    ['入金有效成功率', '99.866%', '99.966%', -0.1, 'pp', undefined],
    ['采纳率', '22.3%', '20%', 2.3, 'pp', undefined],
    ['总告警数', '464个', '400个', 64, 'absolute', 0.16],
    ['事故数', '3次', '0次', 3, 'absolute', undefined],
    ['耗时', '60mins', '80mins', -20, 'absolute', -0.25],
  ] as const)('%s %s vs %s', (label, now, before, delta, deltaKind, relative) => {
    const [row] = compareReports(
      { ref: thisWeek, metrics: [metric(label, now)] },
      { ref: lastWeek, metrics: [metric(label, before)] },
    ).rows;
    expect(row.delta).toBe(delta);
    expect(row.deltaKind).toBe(deltaKind);
    expect(row.relative).toBe(relative);
  });

  it('keeps the precision written', () => {
    const [row] = compareReports(
      { ref: thisWeek, metrics: [metric('a', '99.5%')] },
      { ref: lastWeek, metrics: [metric('a', '99.966%')] },
    ).rows;
    expect(row.decimals).toBe(3);
    expect(row.delta).toBe(-0.466);
  });
});

describe('compareReports: directions', () => {
  it.each([
    ['入金有效成功率', 'higher-is-better'],
    ['支付系统年度可用性', 'higher-is-better'],
    ['CodeLink周活率覆盖率', 'higher-is-better'],
    ['测试进度', 'higher-is-better'],
    ['Payment success rate', 'higher-is-better'],
    ['总告警数', 'lower-is-better'],
    ['代码bug服务数', 'lower-is-better'],
    ['慢查服务数', 'lower-is-better'],
    ['P99 latency', 'lower-is-better'],
    ['MTTR', 'lower-is-better'],
    ['0级报警跟进率', 'higher-is-better'],
    ['故障恢复成功率', 'higher-is-better'],
    ['成功率告警数', 'lower-is-better'],
    ['健康分', 'neutral'],
    // Reports filed about bugs count activity, not bugs; the bugs they report still count as bugs.
    ['Bug Report', 'neutral'],
    ['bug reports triaged', 'neutral'],
    ['open bugs', 'lower-is-better'],
  ] as const)('%s is %s', (label, direction) => {
    expect(directionFor(label)).toBe(direction);
  });

  it('lets settings override by label substring, the longest key winning', () => {
    const overrides = { 健康分: 'higher-is-better', 分: 'lower-is-better', 告警: 'neutral' } as const;
    expect(directionFor('支付中心健康分', overrides)).toBe('higher-is-better');
    expect(directionFor('满意度评分', overrides)).toBe('lower-is-better');
    expect(directionFor('总告警数', overrides)).toBe('neutral');
  });

  it.each([
    ['入金有效成功率', '99.9%', '99.8%', 'improved'],
    ['入金有效成功率', '99.8%', '99.9%', 'worsened'],
    ['总告警数', '464个', '400个', 'worsened'],
    ['总告警数', '300个', '400个', 'improved'],
    // Moved, direction unknown: never "unchanged".
    ['健康分', '717', '698', 'changed'],
    ['PRs', '62', '61', 'changed'],
    ['健康分', '717', '717', 'unchanged'],
    ['事故数', '1次', '1次', 'unchanged'],
    // A follow-up rate: up is good, whatever it follows up (alerts are bad news, following them up is not).
    ['P1 alerts followed up', '72%', '85%', 'worsened'],
    ['告警跟进率', '90%', '85%', 'improved'],
    ['未解决问题数', '5个', '3个', 'worsened'],
  ] as const)('%s %s vs %s is %s', (label, now, before, status) => {
    const [row] = compareReports(
      { ref: thisWeek, metrics: [metric(label, now)] },
      { ref: lastWeek, metrics: [metric(label, before)] },
    ).rows;
    expect(row.status).toBe(status);
  });

  it('applies direction overrides to the status', () => {
    const [row] = compareReports(
      { ref: thisWeek, metrics: [metric('健康分', '717')] },
      { ref: lastWeek, metrics: [metric('健康分', '700')] },
      { directions: { 健康分: 'higher-is-better' } },
    ).rows;
    expect(row).toMatchObject({ direction: 'higher-is-better', status: 'improved' });
  });
});

describe('compareReports: trend', () => {
  const history = [
    { week: '2023-W48', metrics: [metric('总告警数', '520个', { section: O3 })] },
    { week: '2023-W49', metrics: [metric('慢查服务数', '15个', { section: O3 })] },
    { week: '2023-W50', metrics: [metric('总告警数', '500个', { section: O3 }), metric('慢查服务数', '13个', { section: O3 })] },
  ];

  it('gives each metric its values over the history, ending with this week', () => {
    const comparison = compareReports(
      { ref: thisWeek, metrics: [metric('总告警数', '464个', { section: O3 })] },
      { ref: lastWeek, metrics: history[2].metrics },
      { history },
    );
    const [alerts, slowQueries] = comparison.rows;
    expect(alerts.trend).toEqual([
      { week: '2023-W48', value: 520 },
      { week: '2023-W50', value: 500 },
      { week: '2023-W51', value: 464 },
    ]);
    expect(slowQueries).toMatchObject({
      status: 'gone',
      trend: [
        { week: '2023-W49', value: 15 },
        { week: '2023-W50', value: 13 },
      ],
    });
  });

  it('falls back to last week and this week without a history', () => {
    const [row] = compareReports(
      { ref: thisWeek, metrics: [metric('总告警数', '464个')] },
      { ref: lastWeek, metrics: [metric('总告警数', '500个')] },
    ).rows;
    expect(row.trend.map((p) => p.value)).toEqual([500, 464]);
  });
});

describe('compareReports: directions of sibling metrics', () => {
  it('gives a label without a direction the direction of the metric before it on the line, same unit', async () => {
    const { parseReport } = await import('../../../server/src/report/parseReport');
    const { extractMetrics } = await import('../../../server/src/report/metrics/extractMetrics');
    const { toComparedReport } = await import('../../../server/src/report/compare');
    const side = (uri: string, text: string) => {
      const report = parseReport(text);
      return toComparedReport(uri, report, extractMetrics(report));
    };
    const c = compareReports(
      side('file:///w2.md', '# 第2周\n\n## 数据\n\n- 事故数AB级0次，CD级1次，值班同学3人\n'),
      side('file:///w1.md', '# 第1周\n\n## 数据\n\n- 事故数AB级0次，CD级2次，值班同学3人\n'),
    );
    const cd = c.rows.find((r) => r.label === 'CD级')!;
    expect(cd).toMatchObject({ direction: 'lower-is-better', status: 'improved' });
    expect(c.rows.find((r) => r.label.includes('值班'))?.direction).toBe('neutral');
  });
});

describe("compareReports: a metric's identity across weeks", () => {
  it('pairs labels that differ only by plural, case or width', () => {
    const rows = compareReports(
      { ref: thisWeek, metrics: [metric('PRs', '62'), metric('Regressions', '3'), metric('ＣＰＵ Usage', '40%')] },
      { ref: lastWeek, metrics: [metric('PR', '61'), metric('regression', '2'), metric('cpu usage', '42%')] },
    ).rows;
    expect(rows.map((r) => [r.label, r.previous, r.status])).toEqual([
      ['PRs', 61, 'changed'],
      ['Regressions', 2, 'changed'],
      ['ＣＰＵ Usage', 42, 'changed'],
    ]);
  });

  it('pairs by section path first: two 快捷支付 numbers meet their own sub-section and are told apart', () => {
    const current = [
      metric('快捷支付', '99.1%', { section: '【入金】', line: 3 }),
      metric('快捷支付', '98.2%', { section: '【出金】', line: 6 }),
    ];
    const previous = [
      metric('快捷支付', '97.0%', { section: '【出金】', line: 5 }),
      metric('快捷支付', '99.5%', { section: '【入金】', line: 2 }),
    ];
    const contexts = (metrics: typeof current) => metrics.map((m) => ({ path: ['【系统运行数据】', m.section], scope: 'result' as const }));
    const { rows } = compareReports(
      { ref: thisWeek, metrics: current, contexts: contexts(current) },
      { ref: lastWeek, metrics: previous, contexts: contexts(previous) },
    );
    expect(rows.map((r) => [r.label, r.qualifier, r.current, r.previous])).toEqual([
      ['快捷支付', '【入金】', 99.1, 99.5],
      ['快捷支付', '【出金】', 98.2, 97],
    ]);
  });

  it('numbers two namesakes of one section by their place', () => {
    const { rows } = compareReports({
      ref: thisWeek,
      metrics: [metric('快捷支付', '12笔', { line: 1 }), metric('快捷支付', '30笔', { line: 2 })],
    });
    expect(rows.map((r) => r.qualifier)).toEqual(['#1', '#2']);
  });

  it("pairs an event's numbers only with the same event", () => {
    const incident = (event: string) => ({ path: ['【生产事件】'], scope: 'result' as const, event });
    const rows = compareReports(
      { ref: thisWeek, metrics: [metric('持续', '25min', { kind: 'duration' })], contexts: [incident('网关超时')] },
      { ref: lastWeek, metrics: [metric('持续', '60mins', { kind: 'duration' })], contexts: [incident('银联通道抖动')] },
    ).rows;
    expect(rows.map((r) => r.status)).toEqual(['new', 'gone']);
  });

  it("leaves plans (下周工作) out: targets are not this week's results", () => {
    const plan = { path: ['下周工作及目标'], scope: 'plan' as const };
    const result = { path: ['【重点工作】'], scope: 'result' as const };
    const comparison = compareReports(
      { ref: thisWeek, metrics: [metric('绩效沟通', '5人'), metric('完成数', '3个')], contexts: [plan, result] },
      { ref: lastWeek, metrics: [metric('完成数', '2个')], contexts: [result] },
    );
    expect(comparison.rows.map((r) => r.label)).toEqual(['完成数']);
  });

  it('reads a percentage under a status or progress section as how far a task got', () => {
    const status = (label: string, value: string) => ({
      metric: metric(label, value),
      context: { path: ['Status'], scope: 'result' as const },
    });
    const now = [status('working on crd client', '90%'), status('refine kubekey', '85%')];
    const before = [status('working on crd client', '70%'), status('refine kubekey', '90%')];
    const { rows } = compareReports(
      { ref: thisWeek, metrics: now.map((m) => m.metric), contexts: now.map((m) => m.context) },
      { ref: lastWeek, metrics: before.map((m) => m.metric), contexts: before.map((m) => m.context) },
    );
    expect(rows.map((r) => [r.label, r.status])).toEqual([
      ['working on crd client', 'improved'],
      ['refine kubekey', 'worsened'],
    ]);
  });

  it('pairs namesakes by the rest of their line: a table row inserted above does not shift the pairs', () => {
    const row = (repo: string, value: string, line: number) => ({
      metric: metric('Kernel 成功百分比', value, { line }),
      context: { path: ['总体进度'], scope: 'result' as const, line: `kernel${repo}` },
    });
    const now = [row('2209', '76.47%', 1), row('2203st', '100.00%', 2), row('2203', '90.00%', 3)];
    const before = [row('2203st', '100.00%', 1), row('2203', '95.00%', 2)];
    const { rows } = compareReports(
      { ref: thisWeek, metrics: now.map((r) => r.metric), contexts: now.map((r) => r.context) },
      { ref: lastWeek, metrics: before.map((r) => r.metric), contexts: before.map((r) => r.context) },
    );
    expect(rows.map((r) => [r.current, r.previous ?? null])).toEqual([
      [76.47, null],
      [100, 100],
      [90, 95],
    ]);
  });
});
