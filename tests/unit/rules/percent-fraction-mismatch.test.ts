import { describe, expect, it } from 'vitest';
import { percentFractionMismatch } from '../../../server/src/report/rules/percentFractionMismatch';
import { check, coveredText, inReport, percentOn } from './helpers';

describe('percent-fraction-mismatch', () => {
  it.each([
    ['- 0级报警跟进率76%（16/24），总告警数为464个', '76%', '67%', '66.67%'],
    ['- 0级报警跟进率７６％（１６／２４）', '７６％', '６７％', '66.67%'],
    ['- 覆盖率 66.0% (16/24)', '66.0%', '66.7%', '66.67%'],
    ['- 跟进率 33.33%（2/3）', '33.33%', '66.67%', '66.67%'],
    ['- P0 alerts followed up: 76% (16/24)', '76%', '67%', '66.67%'],
    ['- 采纳率 12.5%（3/8）', '12.5%', '37.5%', '37.5%'],
  ])('flags %s and fixes %s → %s', (body, written, fixed, expected) => {
    const text = inReport(body);
    const [finding, ...rest] = check(percentFractionMismatch, text);
    expect(rest).toEqual([]);
    expect(finding.code).toBe('percent-fraction-mismatch');
    expect(finding.message).toContain(expected);
    expect(finding.fix?.newText).toBe(fixed);
    expect(coveredText(text, { ...finding, range: finding.fix!.range })).toBe(written);
  });

  it.each([
    ['- 0级报警跟进率67%（16/24）'], // rounded
    ['- 0级报警跟进率66%（16/24）'], // truncated
    ['- 0级报警跟进率66.67%（16/24）'],
    ['- 0级报警跟进率66.7%（16/24）'],
    ['- 跟进率100%（24/24）'],
    ['- 跟进率１００％（２４／２４）'],
    ['- 跟进率0%（0/0）'],
    ['- 跟进率0%（0/24）'],
    ['- P0 alerts followed up: 67% (16/24)'],
    ['- 成功率99.966%'], // no fraction at all
  ])('accepts %s', (body) => {
    expect(check(percentFractionMismatch, inReport(body))).toEqual([]);
  });

  it('covers the percentage and its fraction', () => {
    const text = inReport('- 0级报警跟进率76%（16/24）');
    const [finding] = check(percentFractionMismatch, text);
    expect(coveredText(text, finding)).toContain('76%（16/24');
  });

  it('speaks Chinese', () => {
    const [finding] = check(percentFractionMismatch, inReport('- 0级报警跟进率76%（16/24）'), { locale: 'zh-cn' });
    expect(finding.message).toBe('0级报警跟进率 76% 与其分数 16/24 = 66.67% 不一致');
    expect(finding.fix?.title).toBe('替换为 67%');
  });

  it.each([
    ['0/0', 0, [0, 0]],
    ['negative numerator', 10, [-1, 10]],
    ['negative denominator', 10, [1, -10]],
    ['NaN fraction', 10, [Number.NaN, 10]],
  ] as const)('stays silent on a %s', (_name, value, fraction) => {
    const text = inReport('- 跟进率 10%');
    const findings = check(percentFractionMismatch, text, {
      metrics: (report) => [percentOn(report, '10%', value, [fraction[0], fraction[1]])],
    });
    expect(findings).toEqual([]);
  });

  it('checks ratios above 100% the same way', () => {
    const text = inReport('- 完成量 150%');
    const metrics = (report: Parameters<typeof percentOn>[0]) => [percentOn(report, '150%', 150, [30, 25])];
    expect(check(percentFractionMismatch, text, { metrics })[0].fix?.newText).toBe('120%');
  });
});
