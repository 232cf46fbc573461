import { describe, expect, it } from 'vitest';
import { matchPathGlob, matchWildcard } from '../../../server/src/report/glob';

describe('globs without regular expressions', () => {
  it.each([
    ['**/周报/**/*.md', '周报/2023/2023-W51.md', true],
    ['**/周报/**/*.md', 'docs/周报/a.md', true],
    ['**/周报/**/*.md', 'docs/notes/a.md', false],
    ['**/*-W[0-9][0-9].md', 'x/2023-W51.md', true],
    ['**/*-W[0-9][0-9].md', 'x/2023-W5.md', false],
    ['**/第*周.md', '第51周.md', true],
    ['**/*.{md,markdown}', 'a/b.markdown', true],
    ['reports/*.md', 'reports/a/b.md', false],
  ])('%s vs %s → %s', (glob, path, expected) => {
    expect(matchPathGlob(glob, path)).toBe(expected);
  });

  it('matches labels with * and ? and stays fast on hostile patterns', () => {
    expect(matchWildcard('*成功率', '入金有效成功率')).toBe(true);
    expect(matchWildcard('事故数??级', '事故数AB级')).toBe(true);
    const started = performance.now();
    expect(matchWildcard('*a*a*a*a*a*a*a*a*a*a*a*b', 'a'.repeat(2000))).toBe(false);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});
