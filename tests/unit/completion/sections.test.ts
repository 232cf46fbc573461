import { describe, expect, it } from 'vitest';
import { InsertTextFormat } from 'vscode-languageserver';
import { completeAt, edit, lines, ranked } from './cursor';

const lastWeek = lines(
  '# 第50周',
  '',
  '## 【重点工作】',
  '',
  '- 【清算迁移】进展顺利',
  '',
  '## 【系统运行数据】',
  '',
  '## 【O2 稳定性】',
  '',
  '## 【其他】',
  '',
  '# 下周工作及目标',
);

const range = (line: number, start: number, end: number) => ({ start: { line, character: start }, end: { line, character: end } });

describe('section names after `## `', () => {
  it('lists last week’s sections in last week’s order, then the built-in others; present ones last', () => {
    const items = completeAt(lines('# 第51周', '', '## 【重点工作】', '', '## $$CURSOR$$'), { previous: { text: lastWeek } });
    expect(ranked(items)).toEqual([
      '【系统运行数据】',
      '【O2 稳定性】',
      '【其他】',
      '下周工作及目标',
      '【O1 目标】',
      '【生产事件】',
      '【收获与反思】',
      '【重点工作】',
    ]);
    expect(items.find((i) => i.label === '【重点工作】')?.detail).toBe('上周周报中的章节（本周报已有）');
    expect(items.some((i) => i.label === '【清算迁移】')).toBe(false); // an entry, not a part
  });

  it('replaces the typed prefix; a typed 【 makes the name bracketed', () => {
    const items = completeAt(lines('# 第51周', '', '## 【系$$CURSOR$$'), { previous: { text: lastWeek } });
    expect(edit(items.find((i) => i.label === '【系统运行数据】'))).toEqual({ range: range(2, 3, 5), newText: '【系统运行数据】' });
    const plan = items.find((i) => i.label === '下周工作及目标')!;
    expect(edit(plan).newText).toBe('【下周工作及目标】');
    expect(plan.filterText).toBe('【下周工作及目标】');
  });

  it('keeps each name as written when no 【 was typed', () => {
    const items = completeAt(lines('# 第51周', '', '## 下$$CURSOR$$'), { previous: { text: lastWeek } });
    const plan = items.find((i) => i.label === '下周工作及目标')!;
    expect(edit(plan)).toEqual({ range: range(2, 3, 4), newText: '下周工作及目标' });
    expect(plan.filterText).toBe('下周工作及目标');
    expect(edit(items.find((i) => i.label === '【其他】')).newText).toBe('【其他】');
  });

  it('completes `- 【` and a lone `【`, taking in an auto-closed 】', () => {
    const item = completeAt(lines('# 第51周', '', '- 【其$$CURSOR$$】'), { previous: { text: lastWeek } }).find(
      (i) => i.label === '【其他】',
    );
    expect(edit(item)).toEqual({ range: range(2, 2, 5), newText: '【其他】' });
    const lone = completeAt(lines('# 第51周', '', '【$$CURSOR$$'), { previous: { text: lastWeek } }).find(
      (i) => i.label === '下周工作及目标',
    );
    expect(edit(lone)).toEqual({ range: range(2, 0, 1), newText: '【下周工作及目标】' });
  });

  it('turns `##` into a whole heading', () => {
    const item = completeAt(lines('# 第51周', '', '##$$CURSOR$$'), { previous: { text: lastWeek } }).find((i) => i.label === '【其他】');
    expect(edit(item)).toEqual({ range: range(2, 0, 2), newText: '## 【其他】' });
    expect(item?.filterText).toBe('## 其他');
  });

  it('offers the built-in English list for an English report, the objective as a snippet', () => {
    const items = completeAt(lines('# Week 51', '', '## $$CURSOR$$'), { locale: 'zh-cn' });
    expect(ranked(items)).toEqual(['Key work', 'Operations metrics', 'O1: Objective', 'Incidents', 'Other', 'Reflections', 'Next week']);
    const objective = items.find((i) => i.label === 'O1: Objective')!;
    expect(objective.insertTextFormat).toBe(InsertTextFormat.Snippet);
    expect(edit(objective).newText).toBe('O${1:1}: ${2:Objective}');
    expect(edit(items.find((i) => i.label === 'Key work')).newText).toBe('Key work');
  });

  it('offers the built-in Chinese list for a Chinese report, bracketed', () => {
    const items = completeAt(lines('# 第51周', '', '## $$CURSOR$$'), { locale: 'en' });
    expect(items[0].detail).toBe('Weekly report section');
    expect(edit(items.find((i) => i.label === '【O1 目标】')).newText).toBe('【O${1:1} ${2:目标}】');
  });

  it('uses the team template instead of the built-in list', () => {
    const template = lines('# 第{{week}}周', '', '## 本周重点', '', '## 风险与求助', '', '## 下周计划');
    const items = completeAt(lines('# 第51周', '', '## 本周重点', '', '## $$CURSOR$$'), { template, previous: { text: lastWeek } });
    expect(ranked(items)).toEqual([
      '【重点工作】',
      '【系统运行数据】',
      '【O2 稳定性】',
      '【其他】',
      '下周工作及目标',
      '风险与求助',
      '下周计划',
      '本周重点',
    ]);
    expect(items.find((i) => i.label === '风险与求助')?.detail).toBe('团队模板中的章节');
  });

  it('offers nothing once the title is written or inside a sentence', () => {
    expect(completeAt(lines('# 第51周', '', '## 【其他】$$CURSOR$$'))).toEqual([]);
    expect(completeAt(lines('# 第51周', '', '这周完成了 $$CURSOR$$'))).toEqual([]);
  });
});
