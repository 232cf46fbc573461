// "How did the report write this value" has one answer, used by rule messages, the hover and the
// outline alike: the text under the value range, else the parsed number with its unit.
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../server/src/report/parseReport';
import { writtenValue } from '../../../server/src/report/metrics/writtenValue';
import { extractMetrics } from '../../../server/src/report/metrics/extractMetrics';

describe('writtenValue', () => {
  it('is the value exactly as written, full-width digits and unit included', () => {
    const report = parseReport('# 第3周\n\n## 【系统运行数据】\n\n- 核心成功率：９９．５％\n- Payment success rate: 99.966%\n');
    const values = extractMetrics(report).map((m) => writtenValue(report.lines, m));
    expect(values).toEqual(['９９．５％', '99.966%']);
  });

  it('falls back to the parsed number and unit when the lines no longer hold the value', () => {
    const report = parseReport('# Week 3\n\n## Operations metrics\n\n- Availability: 99.99%\n');
    const [metric] = extractMetrics(report);
    expect(metric).toBeDefined();
    expect(writtenValue([], metric!)).toBe('99.99%');
    expect(
      writtenValue(report.lines, { ...metric!, valueRange: { start: metric!.valueRange.start, end: { line: 9, character: 0 } } }),
    ).toBe('99.99%');
  });
});
