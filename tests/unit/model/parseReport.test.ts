import { describe, expect, it } from 'vitest';
import { flatten, parseReport } from '../../../server/src/report/parseReport';
import type { Section } from '../../../server/src/report/model';
import { readFixture } from '../../helpers/fixtures';

type Tree = [string, Tree[]?];
function tree(sections: Section[]): Tree[] {
  return sections.map((s) => (s.children.length ? [s.name, tree(s.children)] : [s.name]));
}

describe('parseReport: sections', () => {
  it('nests headings and 【】 list items by their real structure', () => {
    const report = parseReport(readFixture('reports/team-a/2024-W10.md'), { fileName: '2024-W10.md' });
    expect(tree(report.sections)).toEqual([
      [
        '第10周',
        [
          ['【重点工作】', [['【清结算系统迁移】'], ['【值班制度调整】']]],
          ['【系统运行数据】'],
          ['【O1 商户体验】'],
          ['【O2 稳定性】', [['【生产事件】']]],
          ['【其他】'],
        ],
      ],
      ['下周工作及目标'],
    ]);
  });

  it('gives ranges that cover the section and selection ranges on the title text', () => {
    const text = readFixture('reports/team-a/2024-W10.md');
    const report = parseReport(text);
    const lines = text.split('\n');
    const data = flatten(report.sections).find((s) => s.name === '【系统运行数据】')!;
    const sel = data.selectionRange;
    expect(lines[sel.start.line].slice(sel.start.character, sel.end.character)).toBe('【系统运行数据】');
    expect(lines[data.range.end.line]).toContain('事故数AB级0次');
    const item = flatten(report.sections).find((s) => s.name === '【清结算系统迁移】')!;
    expect(item.kind).toBe('bracket-item');
    expect(lines[item.range.end.line]).toContain('2. 灰度比例');
    expect(item.range.start.line).toBeLessThanOrEqual(sel.start.line + 100);
  });

  it('reads English **bold** list items and lone 【】 lines (Notion export) as sections', () => {
    const en = parseReport(readFixture('reports/weekly-en.md'));
    // `- **Ledger migration**: reconciliation switched…` is a bold lead-in to a sentence, not a title.
    expect(tree(en.sections)).toEqual([['Week 11 — Payments Platform', [['Key work'], ['Operations metrics'], ['Next week']]]]);
    const notion = parseReport(readFixture('reports/notion-export.md'));
    expect(tree(notion.sections)).toEqual([
      ['周报 2024-03-22', [['【本周重点】', [['【风控规则平台】'], ['【数据看板】']]], ['【运行数据】']]],
    ]);
  });

  it('nests six heading levels and three list levels', () => {
    const report = parseReport(readFixture('reports/deep-nested.md'));
    const names = flatten(report.sections).map((s) => `${s.level}:${s.name}`);
    expect(names).toEqual([
      '1:Week 12',
      '2:Level 2',
      '3:Level 3',
      '4:Level 4',
      '8:【Item A】',
      '9:【Item A.1】',
      '10:【Item A.1.a】',
      '5:Level 5',
      '6:Level 6',
    ]);
    const level4 = flatten(report.sections).find((s) => s.name === 'Level 4')!;
    expect(level4.children.map((s) => s.name)).toEqual(['【Item A】', 'Level 5']);
  });

  it('keeps empty sections as single-line ranges', () => {
    const report = parseReport(readFixture('reports/empty-sections.md'));
    const [title] = report.sections;
    expect(title.children.map((s) => [s.name, s.range.start.line, s.range.end.line])).toEqual([
      ['【重点工作】', 2, 2],
      ['【系统运行数据】', 4, 4],
      ['【其他】', 6, 6],
    ]);
  });

  it('handles CRLF line endings with the same positions as LF', () => {
    const crlf = readFixture('reports/crlf.crlf.md');
    expect(crlf).toContain('\r\n');
    const a = parseReport(crlf);
    const b = parseReport(crlf.replace(/\r\n/g, '\n'));
    expect(tree(a.sections)).toEqual(tree(b.sections));
    expect(flatten(a.sections).map((s) => s.selectionRange)).toEqual(flatten(b.sections).map((s) => s.selectionRange));
    expect(a.lines.every((l) => !l.includes('\r'))).toBe(true);
  });

  it('counts characters in UTF-16 code units, as LSP does', () => {
    const report = parseReport('# 第1周\n\n## 😀【数据】\n\n- 【😀项】 x\n');
    const item = flatten(report.sections).find((s) => s.name === '【😀项】')!;
    expect(item.selectionRange).toEqual({ start: { line: 4, character: 2 }, end: { line: 4, character: 7 } });
    const heading = flatten(report.sections).find((s) => s.name === '😀【数据】')!;
    expect(heading.selectionRange.end.character - heading.selectionRange.start.character).toBe(6);
  });

  it('ignores headings and brackets inside fenced code', () => {
    const report = parseReport('# Week 3\n\n```md\n# not a heading\n- 【not a section】\n```\n\n## Real\n');
    expect(flatten(report.sections).map((s) => s.name)).toEqual(['Week 3', 'Real']);
    expect(report.proseLines.map((p) => p.line)).not.toContain(3);
  });
});

describe('parseReport: week and title', () => {
  it.each([
    ['# 第51周\n\nCreated: 2023年12月16日 08:02\n', undefined, { year: 2023, week: 51, date: '2023-12-16', source: 'title' }],
    ['# 2023-W51\n', undefined, { year: 2023, week: 51, source: 'title' }],
    ['# Week 51\n\nDate: 2023-12-15\n', undefined, { year: 2023, week: 51, date: '2023-12-15', source: 'title' }],
    ['# W51 周报\n', '2023-W51.md', { year: 2023, week: 51, source: 'title' }],
    ['---\nweek: 2024-W02\n---\n# Notes\n', undefined, { year: 2024, week: 2, source: 'front-matter' }],
    ['---\ndate: 2024-01-12\n---\n# Notes\n', undefined, { year: 2024, week: 2, date: '2024-01-12', source: 'front-matter' }],
    ['# 周报\n', '2023-12-15.md', { year: 2023, week: 51, date: '2023-12-15', source: 'file-name' }],
    ['# 周报\n', 'week-51.md', { week: 51, source: 'file-name' }],
    ['# 周报\n', '/a/b/第51周.md', { week: 51, source: 'file-name' }],
    ['# 第五十一周\n', undefined, { week: 51, source: 'title' }],
    ['# 第52周\n\nCreated: 2024年1月2日 09:00\n', undefined, { year: 2023, week: 52, date: '2024-01-02', source: 'title' }],
    ['# 第１０周\n', undefined, { week: 10, source: 'title' }],
  ])('%s (%s)', (text, fileName, expected) => {
    const week = parseReport(text, { fileName }).week;
    expect(week).toMatchObject(expected);
    if (!('year' in expected)) expect(week?.year).toBeUndefined();
  });

  it('finds the title, the Created line and content detection', () => {
    const report = parseReport(readFixture('reports/team-a/2024-W10.md'));
    expect(report.title).toBe('第10周');
    expect(report.createdLine).toBe(2);
    expect(report.looksLikeReport).toBe(true);
    expect(parseReport(readFixture('reports/not-a-report.md')).looksLikeReport).toBe(false);
    expect(parseReport('---\ntype: weekly-report\n---\n# Notes\n').looksLikeReport).toBe(true);
  });

  it('reads front matter and keeps it out of prose', () => {
    const report = parseReport(readFixture('reports/weekly-en.md'));
    expect(report.frontMatter).toMatchObject({ type: 'weekly-report', week: '2024-W11', date: '2024-03-15' });
    expect(report.frontMatterEndLine).toBe(4);
    expect(report.proseLines.every((p) => p.line > 4)).toBe(true);
  });
});

describe('parseReport: prose lines, list items, tables', () => {
  it('assigns prose lines to their innermost section and masks inline code', () => {
    const report = parseReport('# Week 1\n\n## Data\n\n- rate `99%` 98%\n- [link 5%](http://x/50%)\n');
    const [item, link] = report.proseLines.filter((p) => p.line >= 4);
    expect(item.section?.name).toBe('Data');
    expect(item.masked).toEqual([[7, 12]]);
    expect(link.text.slice(link.masked[0][0], link.masked[0][1])).toBe('](http://x/50%)');
  });

  it('lists items with their depth and first-line text', () => {
    const report = parseReport('# W1\n\n- a\n    - b\n        1. c\n');
    expect(report.listItems.map((i) => [i.text, i.depth])).toEqual([
      ['a', 0],
      ['b', 1],
      ['c', 2],
    ]);
  });

  it('reads GFM tables with cell positions', () => {
    const report = parseReport('# Week 1\n\n## Data\n\n| 指标 | 本周 |\n| --- | --- |\n| 成功率 | 99.9% |\n');
    expect(report.tables).toHaveLength(1);
    const [table] = report.tables;
    expect(table.header.map((c) => c.text)).toEqual(['指标', '本周']);
    expect(table.rows[0].cells.map((c) => c.text)).toEqual(['成功率', '99.9%']);
    expect(table.section?.name).toBe('Data');
    expect(report.proseLines.some((p) => p.line >= 4)).toBe(false);
  });

  it('never throws on malformed input', () => {
    for (const text of [
      '',
      '\0\0\0',
      '```\nunclosed',
      '<!-- open\n# x',
      '#'.repeat(1000),
      '【'.repeat(500),
      '---\nweek: [\n',
      '\uD800 lone',
    ]) {
      expect(() => parseReport(text)).not.toThrow();
    }
  });
});
