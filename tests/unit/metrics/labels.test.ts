import { describe, expect, test } from 'vitest';
import { isGrowthLabel, isRateLabel, kindFromLabel, normaliseLabel } from '../../../server/src/report/metrics/labels';
import { parseChineseNumeral } from '../../../server/src/report/metrics/chineseNumerals';

describe('isRateLabel', () => {
  test.each<[string, boolean]>([
    ['入金有效成功率', true],
    ['测试进度', true],
    ['单测覆盖率', true],
    ['CodeLink周活率覆盖率', true],
    ['支付系统年度可用性', true],
    ['Payment success rate', true],
    ['Unit test coverage', true],
    ['progress', true],
    ['conversion ratio', true],
    ['同比增长率', false],
    ['转化率提升', false],
    ['revenue growth rate', false],
    ['alerts up', false],
    ['研发效率', false],
    ['exchange rate', false],
    ['总告警数', false],
    ['P0 alerts followed up', false],
  ])('%s → %s', (label, expected) => expect(isRateLabel(label)).toBe(expected));
});

describe('isGrowthLabel', () => {
  test.each<[string, boolean]>([
    ['增长', true],
    ['环比', true],
    ['revenue up', true],
    ['P0 alerts followed up', false],
    ['uptime', false],
    ['成功率', false],
  ])('%s → %s', (label, expected) => expect(isGrowthLabel(label)).toBe(expected));
});

describe('normaliseLabel', () => {
  test.each<[string, string]>([
    ['入金有效成功率', '入金有效成功率'],
    ['Payment Success Rate', 'paymentsuccessrate'],
    ['ＣＤ级（事故）', 'cd级事故'],
    ['P0 alerts, followed-up:', 'p0alertsfollowedup'],
    ['【重点】 成功率', '重点成功率'],
  ])('%s → %s', (label, expected) => expect(normaliseLabel(label)).toBe(expected));
});

describe('kindFromLabel', () => {
  test.each<[string, boolean, string]>([
    ['排名', true, 'rank'],
    ['健康分', true, 'score'],
    ['NPS score', false, 'score'],
    ['总告警数', true, 'count'],
    ['Total alerts', true, 'count'],
    ['P0 incidents', true, 'count'],
    ['数据同步', true, 'number'],
    ['Total alerts', false, 'number'],
  ])('%s (integer: %s) → %s', (label, isInteger, expected) => expect(kindFromLabel(label, isInteger)).toBe(expected));
});

describe('parseChineseNumeral', () => {
  test.each<[string, number | undefined]>([
    ['三', 3],
    ['十', 10],
    ['十二', 12],
    ['二十', 20],
    ['两千', 2000],
    ['一百零五', 105],
    ['三万五千', 35000],
    ['三五', undefined],
    ['', undefined],
  ])('%s → %s', (numeral, expected) => expect(parseChineseNumeral(numeral)).toBe(expected));
});
