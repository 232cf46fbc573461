import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../server/src/report/parseReport';
import { encodeTokens, reportTokens, SEMANTIC_TOKENS_LEGEND } from '../../../server/src/service/semanticTokens';

const typeName = (index: number) => SEMANTIC_TOKENS_LEGEND.tokenTypes[index];

function tokensOf(markdown: string) {
  const report = parseReport(markdown);
  return reportTokens(report).map((t) => ({
    text: report.lines[t.line].slice(t.character, t.character + t.length),
    type: typeName(t.tokenType),
  }));
}

describe('semantic tokens of a report (the injection grammar, run by the server)', () => {
  it('marks sections, metrics, fractions and deltas where they are written', () => {
    const tokens = tokensOf('# 第51周\n\n## 【系统运行数据】\n\n- 0级报警跟进率67%（16/24），较上周▲13pp\n');
    expect(tokens).toContainEqual({ text: '【系统运行数据】', type: 'weeklyReportSection' });
    expect(tokens).toContainEqual({ text: '16/24', type: 'weeklyReportNumber' });
    expect(tokens.some((t) => t.text.startsWith('67') && t.type === 'weeklyReportNumber')).toBe(true);
    expect(tokens.some((t) => t.text.includes('13pp') && t.type === 'weeklyReportDelta')).toBe(true);
  });

  it('leaves code spans alone', () => {
    expect(tokensOf('# 第51周\n\n- 运行 `retry 3 times 99%` 即可\n').filter((t) => /99|3/.test(t.text))).toEqual([]);
  });

  it('encodes tokens relative to the previous one, as LSP wants', () => {
    const { data } = encodeTokens([
      { line: 2, character: 3, length: 4, tokenType: 0 },
      { line: 2, character: 10, length: 2, tokenType: 1 },
      { line: 5, character: 1, length: 3, tokenType: 2 },
    ]);
    expect(data).toEqual([2, 3, 4, 0, 0, 0, 7, 2, 1, 0, 3, 1, 3, 2, 0]);
  });
});
