import { describe, expect, it } from 'vitest';
import { InsertTextFormat } from 'vscode-languageserver';
import { completeAt, edit, lines } from './cursor';

describe('the whole report in an empty file', () => {
  it('offers the built-in skeleton with this file’s week, its date range and the time when it is this week', () => {
    const items = completeAt('$$CURSOR$$', { fileName: '2023-W52.md', today: '2023-12-27', locale: 'zh-cn' });
    expect(items.map((i) => i.label)).toEqual(['周报骨架（第52周）']);
    const [item] = items;
    expect(item.insertTextFormat).toBe(InsertTextFormat.Snippet);
    expect(item.detail).toBe('2023-12-25 ~ 2023-12-31');
    const text = edit(item).newText;
    expect(text.split('\n').slice(0, 4)).toEqual([
      '# 第52周',
      '',
      'Created: 2023年12月27日 ${CURRENT_HOUR}:${CURRENT_MINUTE}',
      '周期：2023-12-25 ~ 2023-12-31',
    ]);
    expect(text).toContain('## 【下周工作及目标】');
  });

  it('dates a report for another week on that week’s Friday, reads a week without a year near today, speaks the file name’s language', () => {
    const [item] = completeAt('  $$CURSOR$$\n', { fileName: '第1周.md', today: '2023-12-29', locale: 'en' });
    expect(edit(item)).toMatchObject({ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 2 } } });
    expect(item.detail).toBe('2024-01-01 – 2024-01-07');
    expect(edit(item).newText.split('\n').slice(0, 3)).toEqual(['# 第1周', '', 'Created: 2024年1月5日']);
  });

  it('counts from today when the file name holds no week, in the editor’s language', () => {
    const [item] = completeAt('$$CURSOR$$', { fileName: 'notes.md', today: '2024-03-13', locale: 'en' });
    expect(item.label).toBe('Weekly report skeleton (week 11)');
    expect(edit(item).newText.split('\n').slice(0, 4)).toEqual([
      '# Week 11',
      '',
      'Created: 2024-03-13 ${CURRENT_HOUR}:${CURRENT_MINUTE}',
      'Period: 2024-03-11 – 2024-03-17',
    ]);
  });

  it('fills the team template instead, escaping its text for the snippet', () => {
    const template = lines('# {{year}}年第{{week}}周', '', '周期：{{weekStart}} ~ {{weekEnd}}', '', '## 本周重点', '', '- 成本 $100');
    const [item] = completeAt('$$CURSOR$$', { fileName: '2024-W02.md', template, today: '2024-01-05' });
    expect(item.label).toBe('按团队模板新建周报（第2周）');
    expect(edit(item).newText).toBe(
      lines('# 2024年第2周', '', '周期：2024-01-08 ~ 2024-01-14', '', '## 本周重点', '', '- 成本 \\$100', '$0'),
    );
  });

  it('moves a week the template names to this file’s week', () => {
    const template = lines('# 第1周', '', 'Created: 2024年1月5日', '', '## 本周重点');
    const [item] = completeAt('$$CURSOR$$', { fileName: '2024-W10.md', template });
    expect(edit(item).newText.split('\n').slice(0, 3)).toEqual(['# 第10周', '', 'Created: 2024年3月8日']);
  });

  it('takes last week’s title style and offers last week’s report carried forward', () => {
    const previous = {
      text: lines(
        '# 第50周 支付组',
        '',
        'Created: 2023年12月15日',
        '',
        '## 【重点工作】',
        '',
        '- 【迁移】完成',
        '',
        '## 【系统运行数据】',
        '',
        '- 入金有效成功率：99.966%',
        '',
        '# 下周工作及目标',
        '',
        '1. 灰度',
      ),
      metrics: [['入金有效成功率', '99.966%']] as Array<[string, string]>,
    };
    const items = completeAt('$$CURSOR$$', { fileName: '2023-W52.md', previous, today: '2023-12-27' });
    expect(items.map((i) => i.label)).toEqual(['周报骨架（第52周）', '按上周周报新建（第52周）']);
    expect(edit(items[0]).newText.startsWith('# 第52周 支付组\n')).toBe(true);
    expect(edit(items[1]).newText).toBe(
      lines(
        '# 第52周 支付组',
        '',
        'Created: 2023年12月29日',
        '',
        '## 【重点工作】',
        '',
        '- 【灰度】',
        '',
        '## 【系统运行数据】',
        '',
        '- 入金有效成功率：XX%',
        '',
        '# 下周工作及目标',
        '$0',
      ),
    );
  });

  it('offers the skeleton only in a blank file', () => {
    expect(completeAt('# 第52周\n$$CURSOR$$', { fileName: '2023-W52.md' })).toEqual([]);
  });
});
