import { describe, expect, it } from 'vitest';
import { previousLinkInvalid } from '../../../server/src/report/rules/previousLinkInvalid';
import { contextFor, inReport } from './helpers';

describe('previous-link-invalid', () => {
  const text = `---\nweek: 2023-W51\nPrevious: ../../etc/passwd\n---\n${inReport('- 成功率 99.9%')}`;

  it('says why on the front matter line, in both languages', () => {
    const [en] = previousLinkInvalid.check({ ...contextFor(text), previousLinkRefusal: 'outside' });
    expect(en.range).toEqual({ start: { line: 2, character: 0 }, end: { line: 2, character: 'Previous: ../../etc/passwd'.length } });
    expect(en.message).toBe(
      "previous: “../../etc/passwd” is not used: it is outside the workspace (or the report's folder); last week's report is looked up as usual",
    );
    const [zh] = previousLinkInvalid.check({ ...contextFor(text, { locale: 'zh-cn' }), previousLinkRefusal: 'binary' });
    expect(zh.message).toContain('未使用 previous:“../../etc/passwd”');
  });

  it('finds nothing when the link was followed or there is none', () => {
    expect(previousLinkInvalid.check(contextFor(text))).toEqual([]);
    expect(previousLinkInvalid.check({ ...contextFor(inReport('- 成功率 99.9%')), previousLinkRefusal: 'missing' })).toEqual([]);
  });

  it('cuts a pasted link of any length in the message', () => {
    const long = `---\nprevious: ${'a/'.repeat(50_000)}x.md\n---\n${inReport('')}`;
    const [finding] = previousLinkInvalid.check({ ...contextFor(long), previousLinkRefusal: 'missing' });
    expect(finding.message.length).toBeLessThan(300);
  });
});
