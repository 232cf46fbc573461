// Whatever the metrics, every metric of both weeks shows up in exactly one row and the counts add up.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareReports } from '../../../server/src/report/compare/compareReports';
import { formatChange, formatDelta, formatValue } from '../../../server/src/report/compare/formatDelta';
import { renderComparisonMarkdown } from '../../../server/src/presentation/renderMarkdown';
import { renderComparisonText } from '../../../server/src/presentation/renderText';
import { metric } from './buildMetric';

const metrics = fc
  .array(
    fc.record({
      label: fc.constantFrom('成功率', '总告警数', '测试进度', 'Ｐ0 incidents', '健康分', '|x|'),
      value: fc.oneof(fc.integer({ min: 0, max: 1000 }), fc.double({ min: -1e6, max: 1e6, noNaN: true })),
      percent: fc.boolean(),
      section: fc.constantFrom('', '【系统运行数据】', '【O3】'),
    }),
    { maxLength: 8 },
  )
  .map((list) =>
    list.map(({ label, value, percent, section }, line) => {
      const built = metric(label, percent ? '1%' : '1个', { section, line });
      return { ...built, value };
    }),
  );

describe('comparison properties', () => {
  it('accounts for every metric once and renders without throwing', () => {
    fc.assert(
      fc.property(metrics, metrics, (current, previous) => {
        const comparison = compareReports(
          { ref: { uri: 'a', name: 'a' }, metrics: current },
          { ref: { uri: 'b', name: 'b' }, metrics: previous },
        );
        const { counts, rows } = comparison;
        expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(rows.length);
        expect(rows.filter((row) => row.status !== 'gone')).toHaveLength(current.length);
        expect(rows.filter((row) => row.previous !== undefined)).toHaveLength(previous.length);
        for (const row of rows) {
          // A delta is shown exactly when both weeks have the value.
          expect(formatDelta(row) !== '').toBe(row.current !== undefined && row.previous !== undefined);
          expect(formatChange(row) !== '').toBe(formatDelta(row) !== '');
          expect(formatValue(row.current, row) !== '').toBe(row.current !== undefined);
        }
        expect(renderComparisonText(comparison, { color: true })).toContain('a vs b');
        expect(renderComparisonMarkdown(comparison, 'zh-cn')).toContain('**a** 对比 **b**');
      }),
    );
  });
});
