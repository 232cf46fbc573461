// Last week's plan against this week's result, through the real pipeline: parse → metrics →
// compared report → planResults (and compareReports, which attaches them as `plans`).
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../server/src/report/parseReport';
import { extractMetrics } from '../../../server/src/report/metrics/extractMetrics';
import { toComparedReport } from '../../../server/src/report/compare/comparedReport';
import { compareReports } from '../../../server/src/report/compare/compareReports';
import { isTargetSection, isToldDone, planResults, targetLabel } from '../../../server/src/report/compare/planResults';
import type { PlanResult } from '../../../server/src/report/compare/types';

function compared(text: string, name: string) {
  const report = parseReport(text);
  return toComparedReport(`file:///team/${name}`, report, extractMetrics(report));
}

/** Last week's report: done work, then a plan section holding `plan` lines. */
function lastWeek(plan: string[], heading = '## 下周工作及目标'): string {
  return ['# 第20周', '', '## 本周工作', '', '- 日常维护', '', heading, '', ...plan, ''].join('\n');
}

function thisWeek(done: string[]): string {
  return ['# 第21周', '', '## 本周工作', '', ...done, '', '## 下周工作及目标', '', '- 继续跟进', ''].join('\n');
}

function plans(plan: string[], done: string[], heading?: string): PlanResult[] {
  return planResults(compared(lastWeek(plan, heading), 'w20.md'), compared(thisWeek(done), 'w21.md'));
}

const summary = (results: PlanResult[]) => results.map((r) => [r.text, r.status]);

describe('planned numbers', () => {
  it('a progress below its target is missed, at or above it met', () => {
    const [missed] = plans(['- 对账改造，测试进度100%'], ['- 对账改造，测试进度80%']);
    expect(missed).toMatchObject({
      kind: 'metric',
      text: '测试进度',
      status: 'missed',
      target: 100,
      actual: 80,
      bound: 'at-least',
      line: 4,
    });
    expect(missed.previousLine).toBe(8);
    expect(plans(['- 对账改造，测试进度100%'], ['- 对账改造，测试进度100%'])[0].status).toBe('met');
  });

  it('a success rate is reached from below, an error count or latency from above', () => {
    const results = plans(
      ['- 支付成功率达到99.95%', '- 错误数5个', '- 接口耗时200ms'],
      ['- 支付成功率99.97%', '- 错误数7个', '- 接口耗时180ms'],
    );
    expect(results.map((r) => [r.text, r.bound, r.status])).toEqual([
      ['支付成功率', 'at-least', 'met'],
      ['错误数', 'at-most', 'missed'],
      ['接口耗时', 'at-most', 'met'],
    ]);
  });

  it('words beside the number bound it: 以内 from above, 至少 and 以上 from below', () => {
    const results = plans(
      ['- 告警数降到10个以内', '- 新增用户至少500人', '- 日活达到3000人以上'],
      ['- 告警数12个', '- 新增用户520人', '- 日活2800人'],
    );
    expect(results.map((r) => [r.text, r.bound, r.status, r.actual])).toEqual([
      ['告警数', 'at-most', 'missed', 12],
      ['新增用户', 'at-least', 'met', 520],
      ['日活', 'at-least', 'missed', 2800],
    ]);
  });

  it('a planned number this week does not report is not mentioned: its item is shown as written', () => {
    expect(plans(['- 覆盖率达到90%'], ['- 修复登录问题'])).toEqual([
      expect.objectContaining({ kind: 'item', text: '覆盖率达到90%', status: 'not-mentioned' }),
    ]);
    // Outside a list item, the number itself is the target.
    expect(plans(['覆盖率达到90%。'], ['- 修复登录问题'])).toEqual([
      expect.objectContaining({ kind: 'metric', text: '覆盖率', status: 'not-mentioned', target: 90 }),
    ]);
  });

  it('meets only this week’s results: the number repeated in this week’s plan is no result', () => {
    const text = ['# 第21周', '', '## 本周工作', '', '- 修复问题', '', '## 下周工作及目标', '', '- 测试进度100%', ''].join('\n');
    const results = planResults(compared(lastWeek(['- 测试进度100%']), 'w20.md'), compared(text, 'w21.md'));
    expect(summary(results)).toEqual([['测试进度100%', 'not-mentioned']]);
  });

  it('reads English plans', () => {
    const en = (plan: string, done: string) =>
      planResults(
        compared(['# Week 20', '', '## Done', '', '- Maintenance', '', '## Next week', '', plan, ''].join('\n'), 'w20.md'),
        compared(['# Week 21', '', '## Done', '', done, ''].join('\n'), 'w21.md'),
      );
    expect(en('- Test progress 100%', '- Test progress 80%')[0]).toMatchObject({ text: 'Test progress', status: 'missed' });
    expect(en('- Error rate below 1%', '- Error rate 0.5%')[0]).toMatchObject({ text: 'Error rate', bound: 'at-most', status: 'met' });
    // The verb aiming the number is no part of its name: Raise test coverage to 95% is Test coverage's target.
    expect(en('- Raise test coverage to 95%', '- Test coverage: 91%')[0]).toMatchObject({ status: 'missed', target: 95, actual: 91 });
    expect(en('- Get open bugs under 10', '- Open bugs: 9')[0]).toMatchObject({ bound: 'at-most', status: 'met' });
  });

  it('takes the direction settings give a label', () => {
    const previous = compared(lastWeek(['- 排队时长30分钟']), 'w20.md');
    const current = compared(thisWeek(['- 排队时长40分钟']), 'w21.md');
    expect(planResults(previous, current)[0].bound).toBe('at-least');
    expect(planResults(previous, current, { 排队时长: 'lower-is-better' })[0]).toMatchObject({ bound: 'at-most', status: 'missed' });
  });
});

describe('planned items', () => {
  it('met when this week tells it done, mentioned when only talked about, else not mentioned', () => {
    const results = plans(
      ['- 完成支付通道切换', '- 整理季度复盘材料', '- 组织安全培训'],
      ['- 支付通道切换已完成，全量放开', '- 季度复盘材料整理中', '- 修复登录问题'],
    );
    expect(summary(results)).toEqual([
      ['完成支付通道切换', 'met'],
      ['整理季度复盘材料', 'mentioned'],
      ['组织安全培训', 'not-mentioned'],
    ]);
    expect(results[0]).toMatchObject({ kind: 'item', matched: '支付通道切换已完成，全量放开', line: 4 });
  });

  it('is not done where the text says not yet or later', () => {
    expect(plans(['- 完成支付通道切换'], ['- 支付通道切换未完成，预计下周'])[0].status).toBe('mentioned');
    expect(plans(['- 上线对账平台'], ['- 对账平台计划于12月上线'])[0].status).toBe('mentioned');
  });

  it('in English', () => {
    const results = planResults(
      compared(['# Week 20', '', '## Next week', '', '- Ship v2 to 10% of users', '- Write the migration guide', ''].join('\n'), 'a.md'),
      compared(
        ['# Week 21', '', '## Done', '', '- Shipped v2 to 10% of users', '- The migration guide will be written next week', ''].join('\n'),
        'b.md',
      ),
    );
    expect(summary(results)).toEqual([
      ['Ship v2 to 10% of users', 'met'],
      ['Write the migration guide', 'mentioned'],
    ]);
  });

  it('link addresses do not make two items alike', () => {
    const results = plans(
      ['- [更新构建文档](https://gitee.com/example/project/pulls/101)'],
      ['- [新增测试用例](https://gitee.com/example/project/pulls/102)'],
    );
    expect(results[0].status).toBe('not-mentioned');
  });

  it('a programme named 计划 is no plan of next week', () => {
    expect(plans(['- 完成镜像构建'], ['- 镜像构建已完成'], '## 软件源&每日镜像计划')).toEqual([]);
    expect(isTargetSection('每日镜像计划')).toBe(false);
    for (const name of ['下周工作及目标', '下周计划', '工作计划', '计划', 'Next week', 'Plans', '【下阶段计划】'])
      expect(isTargetSection(name), name).toBe(true);
  });
});

describe('helpers', () => {
  it('targetLabel drops the verb aiming a number', () => {
    expect(targetLabel('告警数降')).toBe('告警数');
    expect(targetLabel('成功率提升至')).toBe('成功率');
    expect(targetLabel('Ship v2 to')).toBe('Ship v2');
    expect(targetLabel('将测试覆盖率提升到')).toBe('测试覆盖率');
    expect(targetLabel('Raise test coverage to')).toBe('test coverage');
    expect(targetLabel('Get open bugs under')).toBe('open bugs');
    expect(targetLabel('测试进度')).toBe('测试进度');
  });

  it.each([
    ['支付通道切换已完成', true],
    ['主链路12/21上线完成', true],
    ['完成度50%', false],
    ['计划元旦后上线', false],
    ['尚未完成', false],
    ['Shipped to all users', true],
    ['Billing service migrated to Postgres', true],
    ['数据已迁移到新集群', true],
    ['Release notes drafted, to be published Monday', false],
    ['Will be released next week', false],
    ['not merged yet', false],
  ] as const)('isToldDone(%s) is %s', (text, done) => {
    expect(isToldDone(text)).toBe(done);
  });
});

describe('compareReports', () => {
  it('attaches the plans to the comparison, and none without a previous report', () => {
    const previous = compared(lastWeek(['- 测试进度100%']), 'w20.md');
    const current = compared(thisWeek(['- 测试进度80%']), 'w21.md');
    expect(compareReports(current, previous).plans).toEqual([expect.objectContaining({ text: '测试进度', status: 'missed' })]);
    expect(compareReports(current).plans).toBeUndefined();
    // The plan stays out of the rows: a target is no result of last week.
    expect(compareReports(current, previous).rows.filter((row) => row.label === '测试进度')).toHaveLength(1);
  });
});
