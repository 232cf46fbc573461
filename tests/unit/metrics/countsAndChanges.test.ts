// Counts named by their noun, enumerations, values that moved (`from X to Y`) and changes stated
// beside a value (issue 9).
import { describe, expect, it } from 'vitest';
import { extractLineMetrics } from '../../../server/src/report/metrics/extractLineMetrics';
import { check, m } from './lineCheck';

describe('an enumeration gives one metric per number, labelled by its noun', () => {
  it.each([
    [
      '41 package reviews have been added, 12 have been updated and 7 have been removed',
      [
        m('package reviews added', 41, '', 'count'),
        m('package reviews updated', 12, '', 'count'),
        m('package reviews removed', 7, '', 'count'),
      ],
    ],
    [
      '2 Regressions, 3 Improvements, 6 Mixed; 4 of them in rollups',
      [m('Regressions', 2, '', 'count'), m('Improvements', 3, '', 'count'), m('Mixed', 6, '', 'count'), m('in rollups', 4, '', 'count')],
    ],
    ['事故数AB级0次，CD级1次', [m('事故数AB级', 0, '次', 'count'), m('CD级', 1, '次', 'count')]],
    ['5 bugs fixed. 3 were reopened', [m('bugs', 5, '', 'count')]],
  ])('%s', (input, expected) => check(input, expected));
});

describe('counts written with a noun after them', () => {
  it.each([
    ['In the last week, we landed 133 PRs in the repositories.', [m('PRs', 133, '', 'count')]],
    ['we landed 84PRs in the repositories', [m('PRs', 84, '', 'count')]],
    ['##### 12 apps were removed', [m('apps removed', 12, '', 'count')]],
    ['148 more apps were updated', [m('apps updated', 148, '', 'count')]],
    ['1 app was newly added', [m('app added', 1, '', 'count')]],
    ['A trace of loading 356 web fonts', [m('web fonts', 356, '', 'count')]],
    ['with over 170 000 lines of hand-written code', [m('lines', 170000, '', 'count')]],
    ['本月合计 95 PR 。', [m('PR', 95, '', 'count')]],
    ['### 新增PR：+21个', [m('新增PR', 21, '个', 'count')]],
    ['  - [core] 245 / 255 (96.07%)', [m('core', 96.07, '%', 'percent', '245/255')]],
    // A singular noun after a number other than one is a name: `Node 22 upgrade`.
    ['OpenSSL 3 runtime update', []],
  ])('%s', (input, expected) => check(input, expected));
});

describe('from X to Y gives Y, with X as the earlier value and no direction words in the label', () => {
  it.each([
    ['p95 latency down from 510 ms to 470 ms', 'p95 latency', 470, 'ms', 510],
    ['成功率从99.5%提升到99.8%', '成功率', 99.8, '%', 99.5],
    ['对账差异从每日30余笔降到2笔', '对账差异', 2, '笔', 30],
    ['Error rate fell from 2.1% to 1.4%', 'Error rate', 1.4, '%', 2.1],
  ])('%s', (input, label, value, unit, earlier) => {
    const [metric, ...rest] = extractLineMetrics(input);
    expect(rest).toEqual([]);
    expect({ label: metric.label, value: metric.value, unit: metric.unit, earlier: metric.earlier }).toEqual({
      label,
      value,
      unit,
      earlier,
    });
  });

  it('a value stated once has no earlier value', () => {
    expect(extractLineMetrics('p95 latency 455 ms')[0].earlier).toBeUndefined();
  });
});

describe("a change stated beside a value is that value's change, not a metric", () => {
  it.each([
    ['截止今日，订阅人数一共33人（增加1人）。', '订阅人数', 33, '人', { value: 1, unit: '人' }],
    ['网站访问人数291人（增加114人）', '网站访问人数', 291, '人', { value: 114, unit: '人' }],
    [
      'We are now receiving **1630 USD/month** (+20.9% over April) in recurring donations.',
      'recurring donations',
      1630,
      'USD/month',
      { value: 20.9, unit: '%' },
    ],
    ['- 90.8% (+1.6pp) in the **CSS2 floats** tests', undefined, 90.8, '%', { value: 1.6, unit: 'pp' }],
    ['活跃用户 120 人（减少 3 人）', '活跃用户', 120, '人', { value: -3, unit: '人' }],
    ['访问人数986人，新增152人，访问页面7622次，新增2755次。', '访问人数', 986, '人', { value: 152, unit: '人' }],
  ])('%s', (input, label, value, unit, change) => {
    const metrics = extractLineMetrics(input);
    const metric = metrics.find((x) => x.value === value);
    expect(metric).toBeDefined();
    if (label !== undefined) expect(metric?.label).toBe(label);
    expect(metric?.unit).toBe(unit);
    expect(metric?.change).toEqual(change);
    expect(metrics.some((x) => x.value === change.value || x.value === Math.abs(change.value))).toBe(false);
  });
});
