import { describe, expect, it } from 'vitest';
import { sectionKey } from '../../../server/src/report/compare/matchMetrics';
import { similarName, similarSectionName } from '../../../server/src/report/compare/similarity';

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
