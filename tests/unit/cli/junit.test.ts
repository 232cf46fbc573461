import { describe, expect, it } from 'vitest';
import { xml } from '../../../server/src/cli/junit';

describe('xml', () => {
  it('escapes the five special characters', () => {
    expect(xml(`a & b < c > d "e" 'f'`)).toBe('a &amp; b &lt; c &gt; d &quot;e&quot; &apos;f&apos;');
  });

  it('replaces what XML 1.0 cannot hold, keeps tabs, newlines and characters beyond the BMP', () => {
    expect(xml('x\u0000y\u0001z\u001f\ufffe')).toBe('x\ufffdy\ufffdz\ufffd\ufffd');
    expect(xml('lone \ud800 surrogate')).toBe('lone \ufffd surrogate');
    expect(xml('tab\tline\r\n𠀀')).toBe('tab\tline\r\n𠀀');
  });
});
