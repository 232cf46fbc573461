import { describe, expect, it } from 'vitest';
import { ruleDescription } from '../../../server/src/report/i18n';
import { ruleCodes } from '../../../server/src/report/rules';

describe('rule descriptions (SARIF rule metadata)', () => {
  it.each(ruleCodes)('describes %s in both languages, short and in full', (code) => {
    const en = ruleDescription('en', code)!;
    const zh = ruleDescription('zh-cn', code)!;
    expect(en.short.length).toBeGreaterThan(0);
    expect(en.full.length).toBeGreaterThan(en.short.length);
    expect(zh.short).toMatch(/\p{Script=Han}/u);
    expect(zh.full).toMatch(/\p{Script=Han}/u);
    // A short description is one line and one sentence: no full stop inside.
    expect(`${en.short} ${zh.short}`).not.toMatch(/[.。]\s*\S/);
  });

  it('has nothing for an unknown code, even one named like an object key', () => {
    expect(ruleDescription('en', 'no-such-rule')).toBeUndefined();
    expect(ruleDescription('en', 'constructor')).toBeUndefined();
  });
});
