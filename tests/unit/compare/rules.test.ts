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
    ['测试进度', '60%', '80%', "测试进度 60%, lower than last week's 80% (−20 pp)"],
    ['总体进度', '50%', '50%', null],
    ['总体进度', '70%', '50%', null],
    ['Migration progress', '40%', '45%', "Migration progress 40%, lower than last week's 45% (−5 pp)"],
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
  const LINES = ['# 第51周', '', `## ${RUN}`, '', '- 入金有效成功率：99.866%', '', '## 【重点工作】', '', '- 年度绩效沟通'];
  /** The week before last week's report: with last week's, two reports of the series. */
  const week49 = (metrics: ReturnType<typeof metric>[], sections?: string[]) => ({ week: '2023-W49', metrics, sections });
  const messages = (findings: { message: string }[]) => findings.map((f) => f.message);
  const runHeading = { start: { line: 2, character: 3 }, end: { line: 2, character: 3 + RUN.length } };

  it('tells a metric the series tracks (seen in two reports) on the section it belonged to', () => {
    const findings = metricMissing.check(
      ruleContext({
        lines: LINES,
        current: [metric('入金有效成功率', '99.866%', { section: RUN, line: 4 })],
        previous: [metric('入金有效成功率', '99.966%', { section: RUN }), metric('出金有效成功率', '99.984%', { section: RUN })],
        options: { history: [week49([metric('出金有效成功率', '99.990%', { section: RUN })])] },
      }),
    );
    expect(findings).toEqual([
      {
        code: 'metric-missing',
        severity: 'information',
        message: "出金有效成功率 (99.984% last week) is missing from this week's report",
        range: runHeading,
      },
    ]);
  });

  it.each([
    { name: "seen in last week's report only", previous: [metric('出金有效成功率', '99.984%', { section: RUN })], history: [] },
    {
      name: 'a neutral count seen twice (told in passing)',
      previous: [metric('交易', '212笔', { section: RUN })],
      history: [week49([metric('交易', '38笔', { section: RUN })])],
    },
    {
      name: 'renamed (a similar label of the same kind is new this week)',
      current: [metric('入金有效成功率(T+1)', '99.866%', { section: RUN, line: 4 })],
      previous: [metric('入金有效成功率', '99.966%', { section: RUN })],
      history: [week49([metric('入金有效成功率', '99.95%', { section: RUN })])],
    },
    {
      name: 'still named in the text, its value left to fill',
      lines: ['# 第52周', '', `## ${RUN}`, '', '- 出金有效成功率：XX%'],
      previous: [metric('出金有效成功率', '99.984%', { section: RUN })],
      history: [week49([metric('出金有效成功率', '99.990%', { section: RUN })])],
    },
    {
      name: 'whose number is glued to its label this week (`84PRs`)',
      lines: ['---', 'title: This Week 69', '---', '', 'This week we landed 84PRs in the repositories.'],
      previous: [metric('PRs', '55')],
      history: [week49([metric('PRs', '61')]), { week: '2023-W48', metrics: [metric('PRs', '70')] }],
    },
    {
      name: 'a section seen in two reports only',
      sections: { current: [RUN], previous: [RUN, EVENTS] },
      previous: [metric('持续时间', '60mins', { section: EVENTS, kind: 'duration' })],
      history: [week49([], [RUN, EVENTS])],
    },
    {
      name: "a section renamed with this week's count in its name",
      sections: { current: [RUN, '新增PR：+19个'], previous: [RUN, '新增PR：+23个'] },
      previous: [],
      history: [{ week: '2023-W48', metrics: [], sections: [RUN, '新增PR：+31个'] }, week49([], [RUN, '新增PR：+27个'])],
    },
    {
      name: 'written another way this week (97.10% → 0.971: a new row of that label)',
      current: [metric('成功百分比', '0.971', { section: RUN, kind: 'number', line: 4 })],
      previous: [metric('成功百分比', '97.10%', { section: RUN })],
      history: [week49([metric('成功百分比', '96.00%', { section: RUN })])],
    },
  ])('is silent for a metric $name', ({ previous, history, ...rest }) => {
    const findings = metricMissing.check(
      ruleContext({
        lines: 'lines' in rest ? rest.lines : LINES,
        current: 'current' in rest && rest.current ? rest.current : [],
        previous,
        sections: 'sections' in rest ? rest.sections : undefined,
        options: { history },
      }),
    );
    expect(messages(findings)).toEqual([]);
  });

  it('tells a neutral figure the history shows is a regular (three reports)', () => {
    const findings = metricMissing.check(
      ruleContext({
        lines: LINES,
        current: [],
        previous: [metric('健康分', '717', { section: RUN })],
        options: {
          history: [
            { week: '2023-W48', metrics: [metric('健康分', '690', { section: RUN })] },
            week49([metric('健康分', '700', { section: RUN })]),
          ],
        },
      }),
    );
    expect(messages(findings)).toEqual(["健康分 (717 last week) is missing from this week's report"]);
  });

  it('tells a metric a threshold names even when last week was its first report', () => {
    const context = ruleContext({ lines: LINES, current: [], previous: [metric('出金有效成功率', '99.984%', { section: RUN })] });
    context.settings = { ...context.settings, thresholds: [{ metric: '成功率', min: 99.9 }] };
    expect(messages(metricMissing.check(context))).toEqual(["出金有效成功率 (99.984% last week) is missing from this week's report"]);
  });

  it('tells a tracked section once for all its metrics, on the section before it', () => {
    const findings = metricMissing.check(
      ruleContext({
        lines: LINES,
        current: [metric('入金有效成功率', '99.866%', { section: RUN, line: 4 })],
        previous: [
          metric('入金有效成功率', '99.966%', { section: RUN }),
          metric('持续时间', '60mins', { section: EVENTS, kind: 'duration' }),
          metric('影响笔数', '267笔', { section: EVENTS }),
        ],
        sections: { current: [RUN], previous: [RUN, EVENTS] },
        // A section is tracked from three reports: a news item's heading may come back once.
        options: {
          history: [
            { week: '2023-W48', metrics: [], sections: [RUN, EVENTS] },
            week49([metric('影响笔数', '12笔', { section: EVENTS })], [RUN, EVENTS]),
          ],
        },
      }),
    );
    expect(findings.map((f) => [f.message, f.range.start.line])).toEqual([
      [`Section ${EVENTS} from last week's report is missing this week`, 2],
    ]);
  });

  it('never tells one line twice: what is missing from one place is one finding', () => {
    const previous = [metric('出金有效成功率', '99.984%', { section: RUN }), metric('事故数AB级', '0次', { section: RUN, kind: 'count' })];
    const findings = metricMissing.check(
      ruleContext({ lines: LINES, current: [], previous, locale: 'zh-cn', options: { history: [week49(previous)] } }),
    );
    expect(findings).toHaveLength(1);
    expect(findings[0].message).toBe('以往周报一直有、本周没有：「出金有效成功率」（上周 99.984%）、「事故数AB级」（上周 0次）');
    expect(findings[0].range).toEqual(runHeading);
  });

  it('points at the title when no section of the metric survives, and speaks Chinese', () => {
    const previous = [metric('总告警数', '464个', { section: '【O3 安全稳定】' })];
    const findings = metricMissing.check(
      ruleContext({ lines: ['# 第51周', '', '- 其他'], current: [], previous, locale: 'zh-cn', options: { history: [week49(previous)] } }),
    );
    expect(findings).toEqual([
      {
        code: 'metric-missing',
        severity: 'information',
        message: '上周的「总告警数」（464个）本周没有',
        range: { start: { line: 0, character: 2 }, end: { line: 0, character: 6 } },
      },
    ]);
  });

  it('points at the first line of prose, past the front matter, when the report has no title', () => {
    const previous = [metric('PRs', '55')];
    const findings = metricMissing.check(
      ruleContext({
        lines: ['---', 'title: This Week 69', '---', '', 'Welcome to this week.', '', '### Notable Additions'],
        current: [],
        previous,
        options: { history: [week49(previous), { week: '2023-W48', metrics: previous }] },
      }),
    );
    expect(findings.map((f) => [f.message, f.range.start.line])).toEqual([["PRs (55 last week) is missing from this week's report", 4]]);
  });
});
