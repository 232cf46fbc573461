import { describe, expect, test } from 'vitest';
import { extractLineMetrics } from '../../../server/src/report/metrics/extractLineMetrics';
import { approximateSuffixEnd, isHedgedBefore, isQualifierOnly } from '../../../server/src/report/metrics/approximation';
import { parseCellQuantity } from '../../../server/src/report/metrics/tables';
import { check, m } from './lineCheck';

describe('an approximate number is one value, its unit after the modifier', () => {
  test.each<[string, string[]]>([
    ['本周完成了结算核心库的双写验证，对账差异从每日30余笔降到2笔', [m('对账差异', 2, '笔', 'count')]],
    ['对账差异从每日30余笔', [m('对账差异', 30, '笔', 'count')]],
    ['遗留问题30多个', [m('遗留问题', 30, '个', 'count')]],
    ['差异为两千多笔', [m('差异', 2000, '笔', 'count')]],
    ['日活1000多万', [m('日活', 1000, '万', 'number')]],
    ['排队20余分钟', [m('排队', 20, '分钟', 'duration')]],
    ['遗留问题10余，下周清零', [m('遗留问题', 10, '', 'number')]],
    ['We shipped 100+ orders', [m('orders', 100, '', 'count')]],
    ['Backlog: 100+', [m('Backlog', 100, '', 'number')]],
    ['失败~140笔', [m('失败', 140, '笔', 'count')]],
    ['Latency ~140 ms', [m('Latency', 140, 'ms', 'duration')]],
    ['平均耗时由原来的8分钟降至3分钟', [m('平均耗时', 3, '分钟', 'duration')]],
  ])('%s', (input, expected) => check(input, expected));

  test.each<string>([
    '工作10余年', // a modifier before a date part: still a date
    '提升10多倍', // still a multiplier
    '电器部就有两千多篇的内部手册', // a Chinese numeral with no connector
    '1+1',
    '3 + 2 = 5',
    '~140', // nothing names it
  ])('%s → none', (input) => check(input, []));
});

describe('hedge words are never the label', () => {
  test.each<[string, string[]]>([
    [
      '- 入金有效成功率：99.951%，受某通道证书过期影响，约140笔交易失败。',
      [m('入金有效成功率', 99.951, '%', 'percent'), m('交易失败', 140, '笔', 'count')],
    ],
    ['大约200笔订单超时', [m('订单超时', 200, '笔', 'count')]],
    ['超过300个商户接入', [m('商户接入', 300, '个', 'count')]],
    ['共计约140笔交易失败', [m('交易失败', 140, '笔', 'count')]],
    ['失败交易超过140笔', [m('失败交易', 140, '笔', 'count')]],
    ['交易量超300万笔', [m('交易量', 300, '万笔', 'count')]],
    ['成功率近99%', [m('成功率', 99, '%', 'percent')]],
    ['成功率不到99%', [m('成功率', 99, '%', 'percent')]],
    ['Failed payments: about 140', [m('Failed payments', 140, '', 'count')]],
    ['about 140 orders failed', [m('orders', 140, '', 'count')]],
    ['over 300 merchants onboarded', [m('merchants', 300, '', 'count')]],
    // Words that end in a hedge character are kept whole.
    ['最近告警5个', [m('最近告警', 5, '个', 'count')]],
    ['附近门店2家', [m('附近门店', 2, '家', 'count')]],
    ['逾期率3%', [m('逾期率', 3, '%', 'percent')]],
    ['超时率0.5%', [m('超时率', 0.5, '%', 'percent')]],
    ['最近3天告警5个', [m('告警', 5, '个', 'count')]],
  ])('%s', (input, expected) => check(input, expected));

  test.each<string>([
    '约140', // a hedge and nothing named
    '约3天后上线', // a duration named by nothing but its hedge
    '近30天',
    '累计3.5万元', // "in total" names nothing, and money is not named from after
    '约140，已全部重试',
  ])('%s → none', (input) => check(input, []));
});

describe('a count after a task verb is named by what it counts', () => {
  test.each<[string, string[]]>([
    ['完成交易域12个核心指标梳理', [m('核心指标梳理', 12, '个', 'count')]],
    ['- 指标口径统一，完成交易域12个核心指标梳理，测试进度40%', [m('核心指标梳理', 12, '个', 'count'), m('测试进度', 40, '%', 'percent')]],
    ['新增5个接口', [m('接口', 5, '个', 'count')]],
    ['本周上线了3个功能', [m('功能', 3, '个', 'count')]],
    ['本周共审批3个紧急变更，均先演练回滚预案', [m('紧急变更', 3, '个', 'count')]],
    ['修复12个bug', [m('bug', 12, '个', 'count')]],
    // Nothing after the count: the task stays the label.
    ['发现问题12个，修复10个', [m('发现问题', 12, '个', 'count'), m('修复', 10, '个', 'count')]],
    ['处理工单30余件', [m('处理工单', 30, '件', 'count')]],
    // A measure, not a task: the label before stays.
    ['发布次数3次', [m('发布次数', 3, '次', 'count')]],
    ['完成数12个核心', [m('完成数', 12, '个', 'count')]],
    ['完成率80%', [m('完成率', 80, '%', 'percent')]],
    ['影响小程序267笔', [m('小程序', 267, '笔', 'count')]],
  ])('%s', (input, expected) => check(input, expected));
});

describe('labels on report lines', () => {
  test.each<[string, string[]]>([
    ['- 跨境收款，香港通道灰度完成，流量10%，计划元旦后全量', [m('流量', 10, '%', 'percent')]],
    ['- 清结算平台重构，整体进度70%', [m('整体进度', 70, '%', 'percent')]],
    ['系统稳定性度量与提升，支付中心本周健康分为717，排名第三。', [m('健康分', 717, '', 'score'), m('排名', 3, '', 'rank')]],
    ['交易量比上周3%', [m('交易量', 3, '%', 'percent')]],
    // 环比/同比 keep their baseline: the label stays a growth label.
    ['成功率环比上周+0.3%', [m('成功率环比上周', 0.3, '%', 'percent')]],
    ['营收同比去年5%', [m('营收同比去年', 5, '%', 'percent')]],
  ])('%s', (input, expected) => check(input, expected));
});

describe('marks approximate values', () => {
  test.each<[string, boolean]>([
    ['对账差异30余笔', true],
    ['遗留问题30多个', true],
    ['差异为两千多笔', true],
    ['We shipped 100+ orders', true],
    ['约140笔交易失败', true],
    ['失败~140笔', true],
    ['Failed payments: about 140', true],
    ['交易失败140笔', false],
    ['最近告警5个', false],
    ['逾期率3%', false],
    ['对账差异从每日30余笔降到2笔', false], // the later value is exact
  ])('%s → %s', (input, approximate) => {
    const metrics = extractLineMetrics(input);
    expect(metrics).toHaveLength(1);
    expect(metrics[0].approximate ?? false).toBe(approximate);
  });

  test('the modifier is part of the value range, not of the raw digits', () => {
    const input = '对账差异30余笔';
    const [metric] = extractLineMetrics(input);
    expect(input.slice(metric.valueStart, metric.valueEnd)).toBe('30余笔');
    expect(metric.raw).toBe('30');
  });

  test.each<[string, boolean, string]>([
    ['30余笔', true, '笔'],
    ['**100+**', true, ''],
    ['~140', true, ''],
    ['~~140~~', false, ''],
    ['140', false, ''],
  ])('table cell %s → approximate %s', (cell, approximate, unit) => {
    const quantity = parseCellQuantity(cell);
    expect(quantity?.unit).toBe(unit);
    expect(quantity?.approximate ?? false).toBe(approximate);
  });
});

describe('approximation helpers', () => {
  test.each<[string, number, number]>([
    ['30余笔', 2, 3],
    ['30多个', 2, 3],
    ['30多', 2, 3],
    ['100+ orders', 3, 4],
    ['100+', 3, 4],
    ['3多云', 1, 1],
    ['1+1', 1, 1],
    ['C++', 1, 1],
    ['30余额', 2, 2],
    ['30笔', 2, 2],
  ])('approximateSuffixEnd(%s, %i) → %i', (t, end, expected) => expect(approximateSuffixEnd(t, end)).toBe(expected));

  test.each<[string, boolean]>([
    ['约', true],
    ['共计约', true],
    ['大约有', true],
    ['超过', true],
    ['最近', true],
    ['累计', true],
    ['交易失败', false],
    ['约定', false],
    ['最近告警', false],
    ['', false],
  ])('isQualifierOnly(%s) → %s', (label, expected) => expect(isQualifierOnly(label)).toBe(expected));

  test.each<[string, boolean]>([
    ['约140', true],
    ['about 140', true],
    ['~140', true],
    ['失败将近140', true],
    ['最近140', false],
    ['交易140', false],
  ])('isHedgedBefore(%s) → %s', (t, expected) => expect(isHedgedBefore(t, 0, t.search(/\d/))).toBe(expected));
});
