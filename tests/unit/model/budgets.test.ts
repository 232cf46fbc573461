// Parsing budgets (parse/chunks.ts): past them a piece is read as plain text, cheaply and without
// deep recursion anywhere, and the report says so.
import { describe, expect, it } from 'vitest';
import { findOverBudget, MAX_LINE_CHARS, MAX_NESTING_DEPTH, MAX_TABLE_COLUMNS } from '../../../server/src/report/parse/chunks';
import { parseReport } from '../../../server/src/report/parseReport';
import { extractMetrics } from '../../../server/src/report/metrics/extractMetrics';
import { runRules } from '../../../server/src/report/rules';
import { defaultSettings } from '../../../server/src/report/settings';

describe('findOverBudget', () => {
  it.each([
    ['quotes', (n: number) => `${'>'.repeat(n)} x`],
    ['list markers on one line', (n: number) => `${'- '.repeat(n)}x`],
    ['ordered markers', (n: number) => `${'1. '.repeat(n)}x`],
    ['indentation', (n: number) => `${'  '.repeat(n)}- x`],
  ])('nesting by %s: within at the limit, over past it', (_, line) => {
    expect(findOverBudget(line(MAX_NESTING_DEPTH - 1))).toBeUndefined();
    expect(findOverBudget(`a\n${line(MAX_NESTING_DEPTH + 1)}`)).toEqual({ budget: 'depth', limit: MAX_NESTING_DEPTH });
  });

  it('a long line and a wide table', () => {
    expect(findOverBudget('x'.repeat(MAX_LINE_CHARS))).toBeUndefined();
    expect(findOverBudget(`# t\n${'x'.repeat(MAX_LINE_CHARS + 1)}`)).toEqual({ budget: 'line-length', limit: MAX_LINE_CHARS });
    expect(findOverBudget(`|${'a|'.repeat(MAX_TABLE_COLUMNS)}`)).toBeUndefined();
    expect(findOverBudget(`|${'a|'.repeat(MAX_TABLE_COLUMNS + 1)}`)).toEqual({ budget: 'columns', limit: MAX_TABLE_COLUMNS });
  });

  it('leaves real report shapes alone', () => {
    const report =
      '# 第51周\n\n## 【数据】\n\n- 【项目】\n    - 成功率 99%\n        - 细节\n\n| 指标 | 值 |\n| --- | --- |\n| 成功率 | 99% |\n\n> 引用\n> > 嵌套\n';
    expect(findOverBudget(report)).toBeUndefined();
  });
});

describe('a report with a block over budget', () => {
  const text = `# 第51周\n\nCreated: 2023年12月16日 08:02\n\n## 【深】\n\n${'>'.repeat(10_000)} 成功率 99%\n\n## 【数据】\n\n- 成功率 98%\n`;

  it('keeps its heading and the other blocks, reads the block as prose, and says so once', () => {
    const report = parseReport(text);
    expect(report.sections.flatMap((s) => [s.name, ...s.children.map((c) => c.name)])).toEqual(['第51周', '【深】', '【数据】']);
    expect(report.plainTextBlocks).toEqual([{ line: 4, endLine: 7, budget: 'line-length', limit: MAX_LINE_CHARS }]);
    const findings = runRules({ report, metrics: extractMetrics(report), settings: defaultSettings, locale: 'en' });
    expect(findings.filter((f) => f.code === 'block-read-as-plain-text')).toHaveLength(1);
  });

  it('parses 3,000 nested quotes and a 10,000-deep list line without overflowing the stack', () => {
    const quotes = Array.from({ length: 3000 }, (_, i) => `${'>'.repeat(i + 1)} 项`).join('\n');
    expect(() => parseReport(`# 第51周\n\n${quotes}\n\n${'- '.repeat(10_000)}x\n`)).not.toThrow();
  });
});
