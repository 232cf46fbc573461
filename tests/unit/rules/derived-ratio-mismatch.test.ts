import { describe, expect, it } from 'vitest';
import { derivedRatioMismatch } from '../../../server/src/report/rules/derivedRatioMismatch';
import { check, coveredText, inReport } from './helpers';

describe('derived-ratio-mismatch', () => {
  it.each([
    ['- 内测群问题72条，正确回答65条，准确率91.28%', '90.28%', '90.28%'],
    ['- 内测群问题72条，正确回答65条，准确率80%', '90%', '90.28%'],
    ['- 告警24个，已跟进16个，跟进率76%', '67%', '66.67%'],
    ['- 内测群问题７２条，正确回答６５条，准确率９１．２８％', '９０．２８％', '90.28%'],
  ])('flags %s', (body, fixed, expected) => {
    const text = inReport(body);
    const findings = check(derivedRatioMismatch, text);
    expect(findings).toHaveLength(1);
    expect(findings[0].message).toContain(expected);
    expect(findings[0].fix?.newText).toBe(fixed);
    expect(coveredText(text, { ...findings[0], range: findings[0].fix!.range })).toMatch(/[%％]$/);
  });

  it.each([
    ['- 内测群从12.12-12.20号问题72条，正确回答65条，准确率90.28%'],
    ['- 内测群问题72条，正确回答65条，准确率90.3%'],
    ['- 内测群问题72条，正确回答65条，准确率90%'],
    ['- 告警24个，已跟进16个，跟进率67%'],
    ['- 工单120个，上线需求5个，成功率99%'], // counts unrelated to the rate
    ['- 问题72条。正确回答65条。另外准确率80%'], // not one sentence
    ['- 问题72条，正确回答65次，准确率80%'], // different units
    ['- 问题0条，正确回答0条，准确率0%'],
  ])('accepts %s', (body) => {
    expect(check(derivedRatioMismatch, inReport(body))).toEqual([]);
  });

  it('speaks Chinese', () => {
    const [finding] = check(derivedRatioMismatch, inReport('- 问题72条，正确回答65条，准确率91.28%'), { locale: 'zh-cn' });
    expect(finding.message).toBe('准确率 91.28% 与同句中的数量不一致：65/72 = 90.28%');
  });
});
