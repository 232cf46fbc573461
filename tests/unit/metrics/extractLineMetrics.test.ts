import { describe, expect, test } from 'vitest';
import { extractLineMetrics } from '../../../server/src/report/metrics/extractLineMetrics';
import { check, m } from './lineCheck';

describe('finds metrics in Chinese prose', () => {
  test.each<[string, string[]]>([
    ['- 入金有效成功率：99.966%，由于上游异常', [m('入金有效成功率', 99.966, '%', 'percent')]],
    [
      '- 出金有效成功率：99.984% ，一次支付成功率：99.256%。',
      [m('出金有效成功率', 99.984, '%', 'percent'), m('一次支付成功率', 99.256, '%', 'percent')],
    ],
    ['- 支付系统年度可用性：99.998%', [m('支付系统年度可用性', 99.998, '%', 'percent')]],
    ['- 事故数AB级0次，CD级1次', [m('事故数AB级', 0, '次', 'count'), m('CD级', 1, '次', 'count')]],
    ['- 系统稳定性度量与提升，支付中心本周健康分为717，排名第三。', [m('健康分', 717, '', 'score'), m('排名', 3, '', 'rank')]],
    [
      '    - 0级报警跟进率67%（16/24），总告警数为464个',
      [m('0级报警跟进率', 67, '%', 'percent', '16/24'), m('总告警数', 464, '个', 'count')],
    ],
    [
      '    - 代码bug服务数11个、慢查服务数13个及漏洞服务数为0个',
      [m('代码bug服务数', 11, '个', 'count'), m('慢查服务数', 13, '个', 'count'), m('漏洞服务数', 0, '个', 'count')],
    ],
    [
      '    1. CodeLink周活率覆盖率保持100%，采纳率为22.3%；',
      [m('CodeLink周活率覆盖率', 100, '%', 'percent'), m('采纳率', 22.3, '%', 'percent')],
    ],
    [
      '目前内测群从12.12-12.20号问题72条，正确回答65条，准确率90.28%；',
      [m('问题', 72, '条', 'count'), m('正确回答', 65, '条', 'count'), m('准确率', 90.28, '%', 'percent')],
    ],
    ['- 风险数据指标，外采数据迁移上线。总体进度50%。', [m('总体进度', 50, '%', 'percent')]],
    ['    5. 商户巡检，测试进度80%，预计下周上线', [m('测试进度', 80, '%', 'percent')]],
    ['- 12/16  15:36  监控发现非法扫描，未对业务产生影响，持续60mins', [m('持续', 60, 'mins', 'duration')]],
    ['对账差异从上周的12笔降到3笔', [m('对账差异', 3, '笔', 'count')]],
    ['灰度比例从10%扩大到30%', [m('灰度比例', 30, '%', 'percent')]],
    ['导致2个通道签名失败', [m('通道签名失败', 2, '个', 'count')]],
    ['影响小程序267笔', [m('小程序', 267, '笔', 'count')]],
    ['事故数为两次', [m('事故数', 2, '次', 'count')]],
    ['位列第二名', [m('位列', 2, '名', 'rank')]],
    ['第3名', [m('排名', 3, '名', 'rank')]],
    ['营收3.5万元，成本¥2,000', [m('营收', 3.5, '万元', 'money'), m('成本', 2000, '¥', 'money')]],
    ['耗时3小时，平均响应8分钟', [m('耗时', 3, '小时', 'duration'), m('平均响应', 8, '分钟', 'duration')]],
    ['日活1.2万', [m('日活', 1.2, '万', 'number')]],
    ['满意度4.8分', [m('满意度', 4.8, '分', 'score')]],
    ['同比增长150%', [m('同比增长', 150, '%', 'percent')]],
    ['跟进16/24（67%）', [m('跟进', 67, '%', 'percent', '16/24')]],
    ['**成功率**：**99.9%**', [m('成功率', 99.9, '%', 'percent')]],
    ['【稳定性】可用性99.99%', [m('可用性', 99.99, '%', 'percent')]],
  ])('%s', (input, expected) => check(input, expected));
});

describe('finds metrics in English prose', () => {
  test.each<[string, string[]]>([
    ['Payment success rate: 99.95%', [m('Payment success rate', 99.95, '%', 'percent')]],
    ['- P0 alerts followed up: 67% (16/24)', [m('P0 alerts followed up', 67, '%', 'percent', '16/24')]],
    ['Total alerts: 464', [m('Total alerts', 464, '', 'count')]],
    ['MTTR 45 min', [m('MTTR', 45, 'min', 'duration')]],
    ['Revenue: $12.5k', [m('Revenue', 12.5, 'k$', 'money')]],
    ['We processed 1,234 orders this week.', [m('orders', 1234, '', 'count')]],
    ['Resolved 5 new tickets', [m('new tickets', 5, '', 'count')]],
    ['Latency p99 120 ms, error rate 0.02%', [m('Latency p99', 120, 'ms', 'duration'), m('error rate', 0.02, '%', 'percent')]],
    ['Payment success rate: 99.95%, up from 99.90% last week', [m('Payment success rate', 99.95, '%', 'percent')]],
    ['Success rate rose from 99.5% to 99.8%', [m('Success rate', 99.8, '%', 'percent')]],
    ['Our support team ranked 2nd', [m('support team ranked', 2, '', 'rank')]],
    ['Uptime 99.99 percent', [m('Uptime', 99.99, 'percent', 'percent')]],
    ['NPS score 42', [m('NPS score', 42, '', 'score')]],
    ['Deployed 3 times', [m('Deployed', 3, 'times', 'count')]],
    ['Q4 2023 revenue $1.2M', [m('revenue', 1.2, 'M$', 'money')]],
    ['Unit test coverage 81.5% (163 of 200)', [m('Unit test coverage', 81.5, '%', 'percent', '163/200')]],
  ])('%s', (input, expected) => check(input, expected));
});

describe('understands full-width text and signs', () => {
  test.each<[string, string[]]>([
    ['成功率：９９．５％', [m('成功率', 99.5, '%', 'percent')]],
    ['跟进率６７％（１６／２４）', [m('跟进率', 67, '%', 'percent', '16/24')]],
    ['转化率-3%，环比−3%', [m('转化率', -3, '%', 'percent'), m('环比', -3, '%', 'percent')]],
    ['Conversion rate −0.3% week over week', [m('Conversion rate', -0.3, '%', 'percent')]],
    ['毛利 +5%', [m('毛利', 5, '%', 'percent')]],
    // A full-width comma separates clauses, never thousands: 345 has no label of its own.
    ['订单数：１２，３４５', [m('订单数', 12, '', 'count')]],
    ['Orders: 1,234,567', [m('Orders', 1234567, '', 'count')]],
  ])('%s', (input, expected) => check(input, expected));
});

describe('ignores numbers that are not metrics', () => {
  test.each<string>([
    '- 资金安全，C端提醒功能测试中，计划12/26上线',
    '重新评估影响面并测试，1/9上线',
    '- 12/16  15:36  监控发现域名报警',
    '2. 2023年度绩效评估与上报',
    '# 第51周',
    'Released v1.2.3 today',
    '新的形式要求我们更开放，2024有很多可能性，比如AI、比如2B服务的升级',
    '无论是90/00年代的“真品换真心”，还是10年代的“极致服务”',
    '对人的激发肯定比服务业重要100倍',
    '## 【O1 服务业务】',
    '- 物保二期，计划元旦后上线',
    'Created: 2023年12月16日 08:02',
    'Created: 2024-02-23',
    '电器部就有两千多篇的内部手册',
    'the 3rd time this month',
    'Week 51 summary',
    'Dec 16, 2023',
    'Sprint 14 retro',
    '3-5天完成',
    'QPS提升3倍',
    'this year we aim for 10x that',
    '一次支付链路改造',
    '目标是两个方向',
    'see #1234',
    '   6. ARK过检材料答疑',
    '第一个工作日完成全部解封',
    '3个月前开始准备',
    'PR-42 merged',
    'COVID-19 response',
  ])('%s', (input) => check(input, []));
});

describe('ignores numbers inside masked ranges', () => {
  test('a code span', () => {
    const input = '`rate=99%` 成功率 99.9%';
    check(input, [m('成功率', 99.9, '%', 'percent')], [[0, 10]]);
  });
  test('a link destination', () => {
    const input = '[看板](https://x.com/12/26/99%) 可用性 99.9%';
    check(input, [m('可用性', 99.9, '%', 'percent')], [[4, 28]]);
  });
});

describe('reports offsets, raw text and precision', () => {
  test('value, label and fraction offsets point into the line', () => {
    const input = '- 0级报警跟进率６７％（16/24）';
    const [metric] = extractLineMetrics(input);
    expect(input.slice(metric.labelStart, metric.labelEnd)).toBe('0级报警跟进率');
    expect(input.slice(metric.valueStart, metric.valueEnd)).toBe('６７％');
    expect(input.slice(metric.fraction!.start, metric.fraction!.end)).toBe('16/24');
    expect(metric.raw).toBe('６７');
    expect(metric.decimals).toBe(0);
  });
  test('decimals as written, sign and separators in raw', () => {
    const [a, b] = extractLineMetrics('入金成功率99.960%，变化−1,234.5笔');
    expect([a.decimals, a.raw, a.value]).toEqual([3, '99.960', 99.96]);
    expect([b.decimals, b.raw, b.value]).toEqual([1, '−1,234.5', -1234.5]);
  });
  test('currency and rank prefixes belong to the value', () => {
    const input = 'Revenue $12.5k, 排名第三';
    const [money, rank] = extractLineMetrics(input);
    expect(input.slice(money.valueStart, money.valueEnd)).toBe('$12.5k');
    expect(input.slice(rank.valueStart, rank.valueEnd)).toBe('第三');
    expect(rank.raw).toBe('三');
  });
  test('a label read after the number lies after it', () => {
    const input = 'We processed 1,234 orders';
    const [metric] = extractLineMetrics(input);
    expect(input.slice(metric.labelStart, metric.labelEnd)).toBe('orders');
    expect(input.slice(metric.valueStart, metric.valueEnd)).toBe('1,234');
  });
  test('sentences are counted so ratios pair within one', () => {
    const metrics = extractLineMetrics('问题72条。正确回答65条，准确率90.28%');
    expect(metrics.map((x) => x.sentence)).toEqual([0, 1, 1]);
  });
});
