import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAY_HOLD_PLACEHOLDER, PLACEHOLDER, placeholderLeft } from '../../../server/src/report/rules/placeholderLeft';
import { check, coveredText, inReport } from './helpers';

describe('placeholder-left', () => {
  it.each([
    ['- TODO 补充数据', 'TODO'],
    ['- 上线时间 TBD', 'TBD'],
    ['- 入金成功率XX%', 'XX%'],
    ['- 入金成功率ＸＸ％', 'ＸＸ％'],
    ['- 告警共xx个', 'xx'],
    ['- 可用性 XX.X%', 'XX.X%'],
    ['- 健康分：待补充', '待补充'],
    ['- 上线时间待定', '待定'],
    ['- 负责人？？', '？？'],
    ['- owner ??', '??'],
    ['- 自身编译自身（todo，等待上游）', 'todo'],
    ['- 成功率:XX%', 'XX%'],
    ['- 跟进率67%（16/XX）', 'XX'],
  ])('flags %s', (body, placeholder) => {
    const text = inReport(body);
    const findings = check(placeholderLeft, text);
    expect(findings).toHaveLength(1);
    expect(coveredText(text, findings[0])).toBe(placeholder);
  });

  it.each([
    ['- 代码 `TODO` 清理完成'],
    ['- XXL-Job 调度迁移完成'],
    ['- 地址 0x1F 已修复'],
    ['- Xbox 渠道上线'],
    ['- TODOS 列表已清空'],
    ['- 成功率99.9%？'],
    // A name, not a note: an app called Todo Agenda.
    ['- **[Todo Agenda](https://example.org/todo)** was updated to 4.10'],
    // A wildcard inside a name: every project under Factory:RISC-V.
    ['- 扩展包：Factory:RISC-V:XXX系列工程'],
    ['- riscv: Break down -XX:+UseRVB into separate options'],
    // A note spoken of, not left.
    ['- [removed FIXME](https://example.org/pulls/17)'],
    ['- 修复一个TODO事项，移除 createExpression'],
    ['更详细的进度及 todo 列表，请查阅 https://example.org'],
  ])('accepts %s', (body) => {
    expect(check(placeholderLeft, inReport(body))).toEqual([]);
  });

  it('ignores fenced code', () => {
    expect(check(placeholderLeft, inReport(['```', 'TODO: xx', '```'].join('\n')))).toEqual([]);
  });

  it('reports each placeholder of a line', () => {
    expect(check(placeholderLeft, inReport('- 成功率XX%，TODO，待定'))).toHaveLength(3);
  });
});

describe('placeholder-left pre-test', () => {
  it('holds for every text the full expression finds a placeholder in', () => {
    const pieces = [
      't',
      'T',
      'o',
      'O',
      'd',
      'D',
      'x',
      'X',
      '.',
      '%',
      '?',
      '待',
      '补充',
      '填写',
      '定',
      'fixme',
      'FIXME',
      'tb',
      'TB',
      'c',
      'C',
      ' ',
      'a',
      '1',
      '-',
      ':',
      '_',
    ];
    const text = fc.array(fc.constantFrom(...pieces), { maxLength: 12 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, (line) => [...line.matchAll(PLACEHOLDER)].length === 0 || MAY_HOLD_PLACEHOLDER.test(line)),
      { numRuns: 20_000 },
    );
  });
});
