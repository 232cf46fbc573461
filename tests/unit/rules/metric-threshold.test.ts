import { describe, expect, it } from 'vitest';
import { metricThreshold } from '../../../server/src/report/rules/metricThreshold';
import { labelMatcher } from '../../../server/src/report/rules/labelMatch';
import { runRules } from '../../../server/src/report/rules/index';
import { check, contextFor, inReport } from './helpers';

const TEAM = [
  { metric: '成功率', min: 99.9 },
  { metric: '事故数AB级', max: 0 },
];

const SYSTEM = ['- 入金有效成功率：99.966%', '- 出金有效成功率：99.984% ，一次支付成功率：99.256%', '- 事故数AB级1次，CD级1次'].join('\n');

describe('metric-threshold', () => {
  it('flags every metric below a min or above a max, naming the threshold', () => {
    const findings = check(metricThreshold, inReport(SYSTEM), { settings: { thresholds: TEAM } });
    expect(findings.map((f) => f.message)).toEqual([
      '一次支付成功率 99.256% is below the threshold for “成功率” (min 99.9)',
      '事故数AB级 1次 is above the threshold for “事故数AB级” (max 0)',
    ]);
  });

  it('finds nothing without thresholds', () => {
    expect(check(metricThreshold, inReport(SYSTEM))).toEqual([]);
  });

  it.each([
    ['成功率', '入金有效成功率', true],
    ['支付成功', '一次支付成功率', true],
    ['Success Rate', 'Payment success rate', true],
    ['*成功率', '入金有效成功率', true],
    ['入金?效成功率', '入金有效成功率', true],
    ['成功率*', '入金有效成功率', false], // a glob matches the whole label
    ['入金', '出金有效成功率', false],
    ['ＡＢ级', '事故数AB级', true],
    ['', '事故数AB级', false],
  ])('pattern %s matching %s: %s', (pattern, label, matches) => {
    expect(labelMatcher(pattern)(label)).toBe(matches);
  });

  it('matches a pathological glob in linear-ish time', () => {
    const label = 'a'.repeat(2000);
    const started = performance.now();
    expect(labelMatcher(`${'*a'.repeat(50)}*b`)(label)).toBe(false);
    expect(performance.now() - started).toBeLessThan(500);
  });

  it('gives each threshold its own severity, over the rule setting', () => {
    const settings = {
      thresholds: [
        { metric: '成功率', min: 99.9, severity: 'error' },
        { metric: '事故数AB级', max: 0 },
      ],
      rules: { 'metric-threshold': 'hint' },
    };
    const findings = runRules(contextFor(inReport(SYSTEM), { settings }), [metricThreshold]);
    expect(findings.map((f) => f.severity)).toEqual(['error', 'hint']);
  });

  it('skips a threshold turned off, and every threshold when the rule is off', () => {
    const off = { thresholds: [{ metric: '成功率', min: 99.9, severity: 'off' }] };
    expect(check(metricThreshold, inReport(SYSTEM), { settings: off })).toEqual([]);
    const ruleOff = { thresholds: TEAM, rules: { 'metric-threshold': 'off' } };
    expect(runRules(contextFor(inReport(SYSTEM), { settings: ruleOff }))).not.toContainEqual(
      expect.objectContaining({ code: 'metric-threshold' }),
    );
  });

  it('speaks Chinese', () => {
    const [finding] = check(metricThreshold, inReport(SYSTEM), { settings: { thresholds: TEAM }, locale: 'zh-cn' });
    expect(finding.message).toBe('一次支付成功率 99.256% 低于阈值“成功率”（最小 99.9）');
  });
});
