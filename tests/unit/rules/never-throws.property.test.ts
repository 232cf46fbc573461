// No text, metric list or settings value may make a rule throw: diagnostics run on every keystroke.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../server/src/report/parseReport';
import { extractMetrics } from '../../../server/src/report/metrics/extractMetrics';
import type { Metric } from '../../../server/src/report/metrics/types';
import type { Settings } from '../../../server/src/protocol';
import { allRules, runRules } from '../../../server/src/report/rules/index';
import { readSettings } from '../../../server/src/report/settings';

const FRAGMENTS = [
  '# 第51周',
  '# 第99周',
  '# 2023-W53',
  'Created: 2023年12月16日 08:02',
  'Created: 9999年12月31日',
  'Created: 1000年1月1日',
  '## 【数据】',
  '### ',
  '【生产事件】',
  '- 【重点工作】',
  '    - ',
  '1. ',
  '跟进率76%（16/24）',
  '0%（0/0）',
  '覆盖率-5%',
  '１００％（２４／２４）',
  '增长150%',
  '问题72条，正确回答65条，准确率90.28%',
  '12.12-12.20号',
  '12/21上线完成',
  '12/16 15:36',
  '2022-02-30',
  '13/45',
  '<!-- weekly-report-disable -->',
  '<!-- weekly-report-enable placeholder-left -->',
  '<!-- weekly-report-disable-next-line -->',
  '```',
  '`TODO`',
  '| 指标 | 值 |',
  '| --- | --- |',
  '| 成功率 | 101% |',
  'TODO',
  'XX%',
  '？？',
  '---',
  'week: 51',
  '，',
  '。',
  '%',
  '/',
  '.',
  '-',
  ' ',
  '\t',
  '\r',
  '\u0000',
  '\ud800',
];

const text = fc
  .array(fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ maxLength: 12 }), fc.string({ unit: 'binary', maxLength: 6 })), {
    maxLength: 40,
  })
  .map((parts) => parts.join(''))
  .chain((body) => fc.constantFrom(body, body.replace(/ {2}/g, '\n'), `# 第51周\n\nCreated: 2023年12月16日\n\n${body}`));

const settingsArb = fc.oneof(
  fc.anything().map((raw) => readSettings(raw).settings),
  fc
    .record({
      thresholds: fc.array(fc.record({ metric: fc.string(), min: fc.double(), max: fc.double() }, { requiredKeys: ['metric'] })),
      weekNumbering: fc.constantFrom('iso', 'first-day'),
      rules: fc.dictionary(fc.constantFrom(...allRules.map((r) => r.code)), fc.constantFrom('error', 'off', 'hint')),
    })
    .map((partial) => ({ ...readSettings({}).settings, ...partial }) as Settings),
);

const numberArb = fc.oneof(fc.double(), fc.integer(), fc.constantFrom(0, -0, 100, Number.NaN, Infinity));
const position = fc.record({ line: fc.integer({ min: -2, max: 60 }), character: fc.integer({ min: -2, max: 200 }) });
const range = fc.record({ start: position, end: position });
const metricArb: fc.Arbitrary<Metric> = fc.record(
  {
    label: fc.oneof(fc.string(), fc.constantFrom('成功率', '准确率', '问题', '正确回答', 'growth rate')),
    value: numberArb,
    unit: fc.constantFrom('%', '', '条', '％'),
    kind: fc.constantFrom('percent', 'count', 'score', 'rank', 'duration', 'money', 'number'),
    fraction: fc.record({ numerator: numberArb, denominator: numberArb, range }),
    section: fc.string(),
    range,
    valueRange: range,
    decimals: fc.oneof(fc.integer({ min: -3, max: 30 }), fc.constant(Number.NaN)),
    raw: fc.string(),
  },
  { requiredKeys: ['label', 'value', 'unit', 'kind', 'section', 'range', 'valueRange', 'decimals', 'raw'] },
);

describe('rules never throw', () => {
  it('on any text, through the real pipeline', () => {
    fc.assert(
      fc.property(text, settingsArb, fc.constantFrom('en', 'zh-cn') as fc.Arbitrary<'en' | 'zh-cn'>, (source, settings, locale) => {
        const report = parseReport(source);
        const context = { report, metrics: extractMetrics(report), settings, locale };
        for (const rule of allRules) expect(Array.isArray(rule.check(context))).toBe(true);
        expect(Array.isArray(runRules(context))).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  it('on metrics with any numbers and positions', () => {
    fc.assert(
      fc.property(text, fc.array(metricArb, { maxLength: 8 }), settingsArb, (source, metrics, settings) => {
        const context = { report: parseReport(source), metrics, settings, locale: 'en' as const };
        for (const rule of allRules) expect(Array.isArray(rule.check(context))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
