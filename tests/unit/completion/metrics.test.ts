import { describe, expect, it } from 'vitest';
import { InsertTextFormat } from 'vscode-languageserver';
import { completeAt, edit, lines, ranked, type Setup } from './cursor';

const previous: Setup['previous'] = {
  text: lines(
    '# 第50周',
    '',
    '## 【系统运行数据】',
    '',
    '- 入金有效成功率：99.966%，银商侧签名异常',
    '- 出金有效成功率：99.984%',
    '- 0级报警跟进率67%（16/24）',
    '- MTTR 45mins',
    '',
    '## 【O1 服务业务】',
    '',
    '- 物保二期，提测中',
  ),
  metrics: [
    ['入金有效成功率', '99.966%'],
    ['出金有效成功率', '99.984%'],
    ['0级报警跟进率', '67%', '16/24'],
    ['MTTR', '45mins'],
  ],
};

const range = (line: number, start: number, end: number) => ({ start: { line, character: start }, end: { line, character: end } });

describe('metric lines in a figures section', () => {
  it('offers last week’s metrics as snippets with last week’s value and unit', () => {
    const items = completeAt(lines('# 第51周', '', '## 【系统运行数据】', '', '- $$CURSOR$$'), { previous });
    expect(ranked(items)).toEqual(['入金有效成功率', '出金有效成功率', '0级报警跟进率', 'MTTR']);
    const first = items[0];
    expect(first.insertTextFormat).toBe(InsertTextFormat.Snippet);
    expect(edit(first)).toEqual({ range: range(4, 2, 2), newText: '入金有效成功率：${1:99.966}%' });
    expect(first.detail).toBe('上周：99.966%');
    expect(first.filterText).toBe('入金有效成功率：');
    expect(edit(items[2]).newText).toBe('0级报警跟进率${1:67}%（${2:16}/${3:24}）');
    expect(edit(items[3]).newText).toBe('MTTR ${1:45}mins');
  });

  it('adds last week’s list marker on a bare line, and replaces the typed label', () => {
    const items = completeAt(lines('# 第51周', '', '## 【系统运行数据】', '', '出金$$CURSOR$$'), { previous, locale: 'en' });
    const item = items.find((i) => i.label === '出金有效成功率');
    expect(edit(item)).toEqual({ range: range(4, 0, 2), newText: '- 出金有效成功率：${1:99.984}' + '%' });
    expect(item?.detail).toBe('last week: 99.984%');
  });

  it('ranks metrics this report already has last', () => {
    const current = lines('# 第51周', '', '## 【系统运行数据】', '', '- 入金有效成功率：99.970%', '- $$CURSOR$$');
    const items = completeAt(current, { previous, metrics: [['入金有效成功率', '99.970%']] });
    expect(ranked(items)).toEqual(['出金有效成功率', '0级报警跟进率', 'MTTR', '入金有效成功率']);
  });

  it('finds the figures section from a line below its last item and by a differently written name', () => {
    const current = lines('# 第51周', '', '## 系统运行数据', '', '- 入金有效成功率：99.970%', '', '$$CURSOR$$');
    expect(completeAt(current, { previous }).map((i) => i.label)).toContain('MTTR');
  });

  it('offers nothing in a section without metrics last week, without last week, or after a label', () => {
    expect(completeAt(lines('# 第51周', '', '## 【O1 服务业务】', '', '- $$CURSOR$$'), { previous })).toEqual([]);
    expect(completeAt(lines('# 第51周', '', '## 【系统运行数据】', '', '- $$CURSOR$$'))).toEqual([]);
    expect(completeAt(lines('# 第51周', '', '## 【系统运行数据】', '', '- 入金有效成功率：$$CURSOR$$'), { previous })).toEqual([]);
  });
});

describe('metric lines: figures only', () => {
  it('leaves out numbers in the explanation after a line’s figures', () => {
    const withExplanation = {
      text: lines('# 第50周', '', '## 【系统运行数据】', '', '- 入金有效成功率：99.966%，银商侧异常，影响交易267笔'),
      metrics: [
        ['入金有效成功率', '99.966%'],
        ['影响交易', '267笔'],
      ] as Array<[string, string]>,
    };
    const items = completeAt(lines('# 第51周', '', '## 【系统运行数据】', '', '- $$CURSOR$$'), { previous: withExplanation });
    expect(items.map((i) => i.label)).toEqual(['入金有效成功率']);
  });
});
