import { describe, expect, it } from 'vitest';
import { rateOutOfRange } from '../../../server/src/report/rules/rateOutOfRange';
import { check, coveredText, inReport, percentOn } from './helpers';

describe('rate-out-of-range', () => {
  it.each([
    ['- 覆盖率 -5%', 'below 0%'],
    ['- 完成率120%', 'above 100%'],
    ['- 测试进度 100.5%', 'above 100%'],
    ['- 单测覆盖率１２０％', 'above 100%'],
    ['- Payment success rate: 101%', 'above 100%'],
    ['- Test coverage: 130%', 'above 100%'],
  ])('flags %s', (body, says) => {
    const text = inReport(body);
    const findings = check(rateOutOfRange, text);
    expect(findings).toHaveLength(1);
    expect(findings[0].message).toContain(says);
    expect(findings[0].fix).toBeUndefined();
    expect(coveredText(text, findings[0])).toMatch(/[%％]$/);
  });

  it.each([
    ['- 收入增长150%'],
    ['- 交易量同比提升200%'],
    ['- 环比下降-3%'],
    ['- Revenue up 150%'],
    ['- Alerts down -20% week over week'],
    ['- 成功率100%'],
    ['- 成功率0%'],
    ['- 支付系统年度可用性：99.998%'],
    ['- 研发效率 130%'], // efficiency is not a share of a whole
    ['- 健康分为717'],
  ])('accepts %s', (body) => {
    expect(check(rateOutOfRange, inReport(body))).toEqual([]);
  });

  it('flags a negative rate just below zero', () => {
    const text = inReport('- 覆盖率 -0.1%');
    const findings = check(rateOutOfRange, text, { metrics: (report) => [percentOn(report, '-0.1%', -0.1)] });
    expect(findings).toHaveLength(1);
  });

  it('speaks Chinese', () => {
    const [finding] = check(rateOutOfRange, inReport('- 完成率120%'), { locale: 'zh-cn' });
    expect(finding.message).toBe('完成率 120% 超过 100%：比率不应大于 100%');
  });
});
