import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { extractLineMetrics } from '../../../server/src/report/metrics/extractLineMetrics';
import { extractMetrics } from '../../../server/src/report/metrics/extractMetrics';
import { findDerivedRatios } from '../../../server/src/report/metrics/derivedRatios';
import { parseCellQuantity } from '../../../server/src/report/metrics/tables';
import { parseReport } from '../../../server/src/report/parseReport';

/** Pieces reports are made of, so random lines hit the scanner's branches, not just plain letters. */
const pieces = [
  '0',
  '1',
  '7',
  '9',
  '12',
  '99.9',
  '1,234',
  '１',
  '９',
  '．',
  '％',
  '%',
  '/',
  '.',
  '-',
  '−',
  '+',
  ':',
  '：',
  ',',
  '，',
  '、',
  '。',
  ';',
  '（',
  '）',
  '(',
  ')',
  ' ',
  '第',
  '三',
  '两',
  '十',
  '为',
  '是',
  '共',
  '率',
  '个',
  '次',
  '万',
  '元',
  '$',
  '¥',
  'k',
  'B',
  'x',
  'rd',
  'min',
  'ms',
  '年',
  '月',
  '号',
  '级',
  '倍',
  '名',
  '排名',
  '成功率',
  'P',
  'v',
  'Week ',
  'of ',
  'to ',
  '从',
  '降到',
  '【',
  '】',
  '**',
  '`',
  '#',
  '|',
  '\u0000',
  '😀',
  '\ud800',
  'é',
];
const line = fc.oneof(
  fc.array(fc.constantFrom(...pieces), { maxLength: 40 }).map((parts) => parts.join('')),
  fc.string({ unit: 'binary', maxLength: 80 }),
);
const masks = fc.array(fc.tuple(fc.integer({ min: -5, max: 100 }), fc.integer({ min: -5, max: 100 })), { maxLength: 3 });

describe('extraction never throws and stays inside the line', () => {
  test('extractLineMetrics', () => {
    fc.assert(
      fc.property(line, masks, (text, masked) => {
        const metrics = extractLineMetrics(text, masked as Array<[number, number]>);
        for (const m of metrics) {
          for (const [start, end] of [
            [m.labelStart, m.labelEnd],
            [m.valueStart, m.valueEnd],
            [m.fraction?.start ?? 0, m.fraction?.end ?? 0],
          ]) {
            expect(0 <= start && start <= end && end <= text.length).toBe(true);
          }
          expect(m.valueEnd).toBeGreaterThan(m.valueStart);
          expect(Number.isFinite(m.value)).toBe(true);
          expect(text.includes(m.raw)).toBe(true);
        }
        findDerivedRatios(metrics);
      }),
      { numRuns: 3000 },
    );
  });

  test('parseCellQuantity', () => {
    fc.assert(
      fc.property(line, (text) => {
        const quantity = parseCellQuantity(text);
        if (quantity)
          expect(0 <= quantity.valueStart && quantity.valueStart < quantity.valueEnd && quantity.valueEnd <= text.length).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  test('extractMetrics over parsed random documents', () => {
    const documentLine = fc.oneof(
      line,
      fc.constantFrom('| a | b |', '| --- | --- |', '| 成功率 | 99.9% |', '## 【数据】', '- 1. ', '```', ''),
    );
    fc.assert(
      fc.property(fc.array(documentLine, { maxLength: 12 }), (lines) => {
        const report = parseReport(lines.join('\n'));
        for (const m of extractMetrics(report)) {
          const source = report.lines[m.valueRange.start.line] ?? '';
          expect(m.valueRange.end.character).toBeLessThanOrEqual(source.length);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('time is linear in the line length', () => {
  test.each([
    ['names', 'P0 '],
    ['slashes', '1/'],
    ['metrics', '成功率99%，'],
    ['labels without numbers', '很长的一段话没有数字'],
    ['dotted numbers', '1.2.'],
    ['ordinals', '第'],
  ])('%s', (_name, unit) => {
    const time = (repeat: number) => {
      const text = unit.repeat(repeat);
      const started = performance.now();
      extractLineMetrics(text);
      return performance.now() - started;
    };
    time(2000); // warm up
    // A quadratic scan of 200k characters would take tens of seconds; linear takes milliseconds.
    expect(time(200_000 / unit.length)).toBeLessThan(1500);
  });
});
