import { describe, expect, it } from 'vitest';
import { formatNumber, message, toLocale } from '../../../server/src/report/i18n';

describe('toLocale', () => {
  it.each([
    ['zh-cn', 'zh-cn'],
    ['zh-CN', 'zh-cn'],
    ['zh-tw', 'zh-cn'],
    ['zh-Hans', 'zh-cn'],
    ['zh', 'zh-cn'],
    ['en', 'en'],
    ['en-US', 'en'],
    ['ja', 'en'],
    ['zhx', 'en'],
    ['', 'en'],
    [undefined, 'en'],
  ])('%s → %s', (lsp, locale) => {
    expect(toLocale(lsp)).toBe(locale);
  });
});

describe('formatNumber', () => {
  it.each([
    [66.666666, 2, '66.67'],
    [100, 2, '100'],
    [99.5, 0, '100'],
    [0.1 + 0.2, 2, '0.3'],
    [12345.678, 1, '12,345.7'],
    [-5, 2, '-5'],
    [1234, 2, '1234'],
    [Number.NaN, 2, 'NaN'],
  ])('%d at %d decimals → %s', (value, decimals, shown) => {
    expect(formatNumber(value, decimals)).toBe(shown);
  });

  it('writes whole numbers as Intl does, -0 and the grouping bound included', () => {
    for (const decimals of [0, 2]) {
      const intl = new Intl.NumberFormat('en-US', { maximumFractionDigits: decimals, useGrouping: false });
      for (let value = -10000; value <= 10000; value++)
        expect(formatNumber(value, decimals)).toBe(value === 10000 || value === -10000 ? intlGrouped(value) : intl.format(value));
      expect(formatNumber(-0, decimals)).toBe(intl.format(-0));
    }
  });
});

function intlGrouped(value: number): string {
  return new Intl.NumberFormat('en-US', { maximumFractionDigits: 2, useGrouping: true }).format(value);
}

describe('message', () => {
  it('fills the same parameters in both languages', () => {
    const params = { label: '0级报警跟进率', value: '76%', numerator: 16, denominator: 24, expected: '66.67%' };
    expect(message('en', 'percentFractionMismatch', params)).toBe('0级报警跟进率 76% disagrees with its fraction 16/24 = 66.67%');
    expect(message('zh-cn', 'percentFractionMismatch', params)).toBe('0级报警跟进率 76% 与其分数 16/24 = 66.67% 不一致');
  });
});
