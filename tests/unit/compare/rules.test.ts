import { describe, expect, it } from 'vitest';
import { metricMissing } from '../../../server/src/report/rules/metricMissing';
import { progressRegressed } from '../../../server/src/report/rules/progressRegressed';
import { createWeekOverWeekChangeRule, weekOverWeekChange } from '../../../server/src/report/rules/weekOverWeekChange';
import { metric } from './buildMetric';
import { ruleContext } from './ruleContext';

/** Messages of a rule's findings for one metric compared with last week's. */
function check(rule: typeof weekOverWeekChange, label: string, now: string, before: string, locale: 'en' | 'zh-cn' = 'en') {
  return rule.check(ruleContext({ current: [metric(label, now, { line: 2 })], previous: [metric(label, before)], locale }));
}

describe('week-over-week-change', () => {
  it.each([
    // [label, this week, last week, expected message or null]
    ['入金有效成功率', '99.866%', '99.966%', '入金有效成功率 99.866%, last week 99.966% (−0.100 pp)'],
    ['入金有效成功率', '99.9%', '99.95%', null], // 0.05 pp: noise for a ≥99% rate
    ['入金有效成功率', '99.99%', '99.95%', null], // better
    ['覆盖率', '70%', '75%', '覆盖率 70%, last week 75% (−5 pp)'],
    ['覆盖率', '71%', '75%', null], // 4 pp on a rate below 99%
    ['总告警数', '600个', '400个', '总告警数 600个, last week 400个 (+200 (+50%))'],
    ['总告警数', '500个', '400个', null], // +25%
    ['总告警数', '200个', '400个', null], // better
    ['事故数', '1次', '0次', '事故数 1次, last week 0次 (+1)'], // from zero
    ['健康分', '300', '700', null], // neutral
    ['测试进度', '60%', '80%', null], // left to progress-regressed
  ] as const)('%s %s vs %s', (label, now, before, expected) => {
    const findings = check(weekOverWeekChange, label, now, before);
    expect(findings.map((f) => f.message)).toEqual(expected ? [expected] : []);
    for (const finding of findings) {
      expect(finding).toMatchObject({ code: 'week-over-week-change', severity: 'information' });
      expect(finding.range.start.line).toBe(2);
    }
  });

  it('speaks Chinese', () => {
    expect(check(weekOverWeekChange, '入金有效成功率', '99.866%', '99.966%', 'zh-cn')[0].message).toBe(
      '入金有效成功率 99.866%，上周 99.966%（−0.100 pp）',
    );
  });

  it('takes other bounds', () => {
    const strict = createWeekOverWeekChangeRule({ highRateFrom: 99, highRatePoints: 0.01, ratePoints: 1, relative: 0.1 });
    expect(check(strict, '入金有效成功率', '99.94%', '99.95%')).toHaveLength(1);
    expect(check(strict, '总告警数', '450个', '400个')).toHaveLength(1);
  });

  it('finds nothing without a comparison', () => {
    expect(weekOverWeekChange.check(ruleContext({ current: [metric('总告警数', '600个')] }))).toEqual([]);
  });
});

describe('progress-regressed', () => {
  it.each([
    ['测试进度', '60%', '80%', '测试进度 60%, lower than last week\'s 80% (−20 pp)'],
    ['总体进度', '50%', '50%', null],
    ['总体进度', '70%', '50%', null],
    ['Migration progress', '40%', '45%', 'Migration progress 40%, lower than last week\'s 45% (−5 pp)'],
    ['覆盖率', '60%', '80%', null], // not a progress figure
  ] as const)('%s %s vs %s', (label, now, before, expected) => {
    const findings = check(progressRegressed, label, now, before);
    expect(findings.map((f) => f.message)).toEqual(expected ? [expected] : []);
    for (const finding of findings) expect(finding).toMatchObject({ code: 'progress-regressed', severity: 'warning' });
  });

  it('speaks Chinese', () => {
    expect(check(progressRegressed, '测试进度', '60%', '80%', 'zh-cn')[0].message).toBe('测试进度 60%，低于上周的 80%（−20 pp）');
  });
});

describe('metric-missing', () => {
  const RUN = '【系统运行数据】';
  const EVENTS = '【生产事件】';

  it.each([
    {
      name: 'a metric last week had',
      current: [metric('入金有效成功率', '99.866%', { section: RUN })],
      previous: [metric('入金有效成功率', '99.966%', { section: RUN }), metric('出金有效成功率', '99.984%', { section: RUN })],
      sections: undefined,
      expected: ["出金有效成功率 (99.984% last week) is missing from this week's report"],
    },
    {
      name: 'a whole section, once for all its metrics',
      current: [metric('入金有效成功率', '99.866%', { section: RUN })],
      previous: [
        metric('入金有效成功率', '99.966%', { section: RUN }),
        metric('持续时间', '60mins', { section: EVENTS }),
        metric('影响笔数', '267笔', { section: EVENTS }),
      ],
      sections: { current: [RUN], previous: [RUN, EVENTS] },
      expected: ["Section 【生产事件】 from last week's report is missing this week"],
    },
    {
      name: 'not a number told in passing',
      current: [],
      previous: [metric('交易', '212笔', { section: RUN })],
      sections: undefined,
      expected: [],
    },
    {
      name: 'a neutral number the history shows is a regular',
      current: [],
      previous: [metric('健康分', '717', { section: RUN })],
      sections: undefined,
      history: [
        { week: '2023-W48', metrics: [metric('健康分', '690', { section: RUN })] },
        { week: '2023-W49', metrics: [metric('健康分', '700', { section: RUN })] },
      ],
      expected: ["健康分 (717 last week) is missing from this week's report"],
    },
    {
      name: 'nothing when all is there',
      current: [metric('入金有效成功率', '99.866%', { section: RUN })],
      previous: [metric('入金有效成功率', '99.966%', { section: RUN })],
      sections: { current: [RUN], previous: [RUN] },
      expected: [],
    },
  ])('$name', ({ current, previous, sections, expected, ...rest }) => {
    const history = 'history' in rest && rest.history ? [...rest.history, { week: '2023-W50', metrics: previous }] : undefined;
    const findings = metricMissing.check(ruleContext({ current, previous, sections, options: { history } }));
    expect(findings.map((f) => f.message)).toEqual(expected);
    for (const finding of findings) {
      expect(finding).toMatchObject({ code: 'metric-missing', severity: 'information' });
      expect(finding.range).toEqual({ start: { line: 0, character: 2 }, end: { line: 0, character: 6 } });
    }
  });

  it('points at line 0 when the report has no title, and speaks Chinese', () => {
    const findings = metricMissing.check(
      ruleContext({
        lines: ['Created: 2023年12月16日', '- 总告警数为464个'],
        current: [],
        previous: [metric('总告警数', '464个')],
        locale: 'zh-cn',
      }),
    );
    expect(findings).toEqual([
      {
        code: 'metric-missing',
        severity: 'information',
        message: '上周的「总告警数」（464个）本周没有',
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 'Created: 2023年12月16日'.length } },
      },
    ]);
  });
});
