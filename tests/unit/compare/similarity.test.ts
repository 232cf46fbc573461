import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sectionKey } from '../../../server/src/report/compare/matchMetrics';
import {
  characterPairs,
  characterPairsAmong,
  pairsCovered,
  similarName,
  similarSectionName,
  wantedPairs,
} from '../../../server/src/report/compare/similarity';

const similar = (a: string, b: string) => similarName(sectionKey(a), sectionKey(b));

describe('similarName: a rename is no disappearance', () => {
  it.each([
    ['系统运行数据', '本周系统运行数据'],
    ['稳定性问题跟进', '稳定性问题复盘跟进'],
    ['IDE', 'IDE for RISC-V'],
    ['大量招募实习生', '招募长期实习生'],
    ['Removed Apps', 'removed apps'],
  ])('%s ~ %s', (a, b) => {
    expect(similar(a, b)).toBe(true);
  });

  it.each([
    ['入金', '出金'],
    ['V8', 'OpenJDK'],
    ['Debian RISC-V', 'Fedora RISC-V'],
    ['【生产事件】', '【重点工作】'],
    ['PR', 'OBS'],
  ])('%s ≁ %s', (a, b) => {
    expect(similar(a, b)).toBe(false);
  });

  it('compares section names without the counts they carry', () => {
    expect(similarSectionName(sectionKey('新增PR：+23个'), sectionKey('新增PR：+19个'))).toBe(true);
    expect(similar('新增PR：+23个', '新增PR：+19个')).toBe(false);
  });
});

describe('characterPairsAmong: a text counted only for the pairs looked for', () => {
  // Few distinct characters, astral ones among them, so texts share pairs and repeat them.
  const text = fc
    .array(fc.constantFrom('支', '付', '通', '道', '切', '换', 'a', 'b', ' ', '𠮷', '😀'), { maxLength: 24 })
    .map((chars) => chars.join(''));

  it('covers each wanted text exactly as the full pairs do', () => {
    fc.assert(
      fc.property(fc.array(text, { minLength: 1, maxLength: 4 }), text, (planned, found) => {
        const wanted = planned.map(characterPairs);
        const among = characterPairsAmong(found, wantedPairs(wanted));
        for (const pairs of wanted) expect(pairsCovered(pairs, among)).toBe(pairsCovered(pairs, characterPairs(found)));
      }),
    );
  });

  it('keeps the counts of the pairs wanted and nothing else', () => {
    const among = characterPairsAmong('支付通道切换，支付通道', wantedPairs([characterPairs('支付通道'), characterPairs('𠮷😀')]));
    expect([...among]).toEqual([
      ['支付', 2],
      ['付通', 2],
      ['通道', 2],
    ]);
  });
});
