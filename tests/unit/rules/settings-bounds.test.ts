// What settings may cost (issue 10): patterns, counts and messages are bounded.
import { describe, expect, it } from 'vitest';
import { readSettings, SETTING_LIMITS } from '../../../server/src/report/settings';
import { collapseStars, matchPathGlob, matchWildcard } from '../../../server/src/report/glob';

describe('bounded settings', () => {
  it('drops a files glob longer than the limit and caps their number, one message each', () => {
    const long = `**/${'a'.repeat(SETTING_LIMITS.patternChars)}*.md`;
    const { settings, problems } = readSettings({ files: ['**/周报/*.md', long] });
    expect(settings.files).toEqual(['**/周报/*.md']);
    expect(problems).toEqual([`Setting weeklyReport.files is longer than ${SETTING_LIMITS.patternChars} characters; ignored`]);
    const many = readSettings({ files: Array.from({ length: 20_000 }, (_, i) => `**/${i}.md`) });
    expect(many.settings.files).toHaveLength(SETTING_LIMITS.files);
    expect(many.problems).toHaveLength(1);
  });

  it('collapses star runs in patterns', () => {
    const { settings, problems } = readSettings({
      files: [`a/${'*'.repeat(100_000)}/b.md`],
      thresholds: [{ metric: `${'*'.repeat(900_000)}成功率`, min: 1 }],
    });
    expect(problems).toEqual([]);
    expect(settings.files).toEqual(['a/**/b.md']);
    expect(settings.thresholds).toEqual([{ metric: '*成功率', min: 1 }]);
  });

  it('drops a threshold whose metric pattern is too long', () => {
    const { settings, problems } = readSettings({
      thresholds: [
        { metric: '成'.repeat(900_000), min: 1 },
        { metric: '成功率', min: 99 },
      ],
    });
    expect(settings.thresholds).toEqual([{ metric: '成功率', min: 99 }]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain('weeklyReport.thresholds[0].metric is longer than');
  });

  it('says all broken thresholds in one message, naming the first few', () => {
    const broken = Array.from({ length: 10 }, () => ({ metric: '成功率' }));
    const { problems } = readSettings({ thresholds: broken });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(
      /^10 thresholds are ignored: Threshold weeklyReport\.thresholds\[0\] needs "min" or "max"; ignored; .*; …$/,
    );
    expect(readSettings({ thresholds: broken }, 'zh-cn').problems[0]).toMatch(/^已忽略 10 个阈值：/);
  });

  it('cuts a huge bad value in its message', () => {
    const { problems } = readSettings({ weekNumbering: 'x'.repeat(10_000_000) });
    expect(problems).toHaveLength(1);
    expect(problems[0].length).toBeLessThan(300);
  });
});

describe('glob costs', () => {
  it('a run of stars is one star', () => {
    expect(collapseStars('a***b**c*')).toBe('a*b*c*');
    expect(matchWildcard(`${'*'.repeat(5000)}成功率`, '支付成功率')).toBe(true);
    expect(matchPathGlob('***/*****/周报/**/*.md', 'a/b/周报/2023-W51.md')).toBe(true);
  });

  it('a pattern past the hard limit matches nothing', () => {
    expect(matchWildcard('*'.repeat(2000) + 'x', 'x')).toBe(true);
    expect(matchWildcard(`${'a?'.repeat(600)}`, 'a'.repeat(1200))).toBe(false);
  });
});
