// Tables named by every key column, and text inside HTML blocks read as prose (issue 9).
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../server/src/report/parseReport';
import { extractMetrics } from '../../../server/src/report/metrics/extractMetrics';

const metricsOf = (markdown: string) =>
  extractMetrics(parseReport(markdown, { fileName: 'report.md' })).map((m) => `${m.label}=${m.value}${m.unit}`);

describe('tables', () => {
  it("a row is named by all its key columns, and a key column's numbers are names", () => {
    const table = [
      '| 工程 | 仓库 | 状态 | 成功率 | 总数 |',
      '| --- | --- | --- | --- | --- |',
      '| Proj:A | 22.09 | building | 90.5% | 4234 |',
      '| Proj:A | main_self | | 80% | 4230 |',
      '| Proj:B | main_self | | 50% | 4 |',
    ].join('\n');
    expect(metricsOf(`# 双周报\n\n${table}\n`)).toEqual([
      'Proj:A 22.09 成功率=90.5%',
      'Proj:A 22.09 总数=4234',
      'Proj:A main_self 成功率=80%',
      'Proj:A main_self 总数=4230',
      'Proj:B main_self 成功率=50%',
      'Proj:B main_self 总数=4',
    ]);
  });

  it('a column of compact dates keys a history table', () => {
    const table = ['| date | passed | failed |', '| --- | --- | --- |', '| 20240102 | 120 | 3 |', '| 20240109 | 125 | 1 |'].join('\n');
    expect(metricsOf(`# Weekly\n\n${table}\n`)).toEqual([
      '20240102 passed=120',
      '20240102 failed=3',
      '20240109 passed=125',
      '20240109 failed=1',
    ]);
  });
});

describe('HTML blocks', () => {
  it('the text between the tags of a top-level block is prose; attributes and comments are not', () => {
    const html = [
      '<details markdown=1>',
      '<summary><h5>148 more apps were updated</h5> (expand for the full list)</summary>',
      '<div style="margin-left: calc(100% * 2229 / 10000)"></div>',
      '<!-- 99 hidden',
      'still 98 hidden -->',
    ].join('\n');
    expect(metricsOf(`# This Week\n\n${html}\n`)).toEqual(['apps updated=148']);
  });

  it('code and style blocks stay out', () => {
    expect(metricsOf('# Weekly\n\n<pre>\nerrors 12 times\n</pre>\n')).toEqual([]);
  });
});

describe('a link names the number right after it', () => {
  it('[Project](url) ：built/total', () => {
    expect(metricsOf('# 双周报\n\n- [Factory:RISC-V](https://example.org/p) ：3614/4222   +40/+20\n')).toEqual(['Factory:RISC-V=3614']);
  });
});
