import { describe, expect, it } from 'vitest';
import { readFrontMatter } from '../../../server/src/report/parse/frontMatter';
import { parseReport } from '../../../server/src/report/parseReport';

const lines = (text: string) => text.split('\n');

describe('readFrontMatter', () => {
  it('reads real YAML: lists, quoted and multi-line values', () => {
    const fm = readFrontMatter(
      lines(
        [
          '---',
          'layout: post',
          'title: "Upgrade: your client, maybe"',
          'tags: [blog, weekly]',
          'summary: >',
          '  Two lines',
          '  folded.',
          'date: 2024-05-30',
          '---',
          '# Body',
        ].join('\n'),
      ),
    );
    expect(fm.endLine).toBe(8);
    expect(fm.values).toMatchObject({
      title: 'Upgrade: your client, maybe',
      tags: 'blog, weekly',
      summary: 'Two lines folded.',
      date: '2024-05-30',
    });
  });

  it('falls back to flat key: value lines while the block is half typed', () => {
    const fm = readFrontMatter(lines(['---', 'week: 2024-W11', 'title: [unclosed', '---'].join('\n')));
    expect(fm.values.week).toBe('2024-W11');
  });

  it('reads a Pelican header of Title:/Date: lines up to the first blank line', () => {
    const fm = readFrontMatter(lines(['Title: This Week in Foo 314', 'Date: 2025-02-12', 'Number: 314', '', 'Body text'].join('\n')));
    expect(fm).toEqual({ values: { title: 'This Week in Foo 314', date: '2025-02-12', number: '314' }, endLine: 2 });
  });

  it('does not take a prose line starting with a word and a colon for a header', () => {
    expect(readFrontMatter(lines(['Note: ship it', '', 'text'].join('\n'))).endLine).toBe(-1);
    expect(readFrontMatter(lines(['Title: x', 'not a header line', ''].join('\n'))).endLine).toBe(-1);
  });

  it('gives the parser the header date and the report words of its title', () => {
    const report = parseReport(['Title: This Week in Foo 314', 'Date: 2025-02-12', '', '## News', '', '- 3 releases'].join('\n'));
    expect(report.week).toMatchObject({ date: '2025-02-12', source: 'front-matter' });
    expect(report.looksLikeReport).toBe(true);
  });
});

describe('readFrontMatter on odd YAML', () => {
  it('prints no warning for an unknown tag and still reads the other keys', async () => {
    const warnings: string[] = [];
    const listener = (warning: Error) => warnings.push(warning.message);
    process.on('warning', listener);
    try {
      const fm = readFrontMatter(lines(['---', "odd: !'Y+ value", 'week: 2024-W11', '---'].join('\n')));
      expect(fm.values.week).toBe('2024-W11');
      // process.emitWarning delivers on a later tick: let it.
      await new Promise((resolve) => setImmediate(resolve));
    } finally {
      process.off('warning', listener);
    }
    expect(warnings).toEqual([]);
  });
});
