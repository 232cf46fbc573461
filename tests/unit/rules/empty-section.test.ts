import { describe, expect, it } from 'vitest';
import { emptySection } from '../../../server/src/report/rules/emptySection';
import { check } from './helpers';

const names = (text: string) => check(emptySection, text).map((f) => f.message);

describe('empty-section', () => {
  it.each([
    [['# 第51周', '## 【重点工作】', '## 【其他】', '- 年度述职'], ['Section “【重点工作】” is empty']],
    [['# 第51周', '## 【其他】', '- 年度述职', '## 收获与反思', ''], ['Section “收获与反思” is empty']],
    [['# 第51周', '## 【O3】', '### 【生产事件】', '## 【其他】', '- x'], ['Section “【生产事件】” is empty']],
    [['# 第51周', '## 【O3】', '', '【生产事件】', '', '## 【其他】', '- x'], ['Section “【生产事件】” is empty']],
  ])('flags %j', (lines, expected) => {
    expect(names(lines.join('\n'))).toEqual(expected);
  });

  it.each([
    [['# 第51周', '## 【O3】', '### 【生产事件】', '- 12/16 监控告警']], // parent holds a child heading
    [['# 第51周', 'Created: 2023年12月16日 08:02']],
    [['# 第51周', '## 【重点工作】', '- 【稳定性问题复盘跟进】', '- 【年度述职】']], // bare list titles are prose
    [['# 第51周', '## 【其他】', '', '```', 'log', '```']],
    // The title heads the whole report, whatever its level, even with only a rule under it.
    [['---', 'title: This Week 47', '---', '', '### This Week in F-Droid', '', '---', '', '### TWIF curated on Thursday', '', 'News.']],
  ])('accepts %j', (lines) => {
    expect(names(lines.join('\n'))).toEqual([]);
  });

  it('marks the heading text', () => {
    const [finding] = check(emptySection, ['# 第51周', '## 【重点工作】', '## 【其他】', '- x'].join('\n'));
    expect(finding.range).toEqual({ start: { line: 1, character: 3 }, end: { line: 1, character: 9 } });
    expect(finding.severity).toBe('information');
  });
});
