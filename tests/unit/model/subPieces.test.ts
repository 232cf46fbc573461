// A changed section is parsed in sub-pieces and stitched (parse/subPieces.ts): the stitched tree
// must be the tree of the whole section, positions included, and the report the same as without
// sub-pieces, on generated report-shaped documents, shapes of our own, every fixture and the corpus.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BlockCache, findBlockStarts, parseInSubPieces, parsePiece } from '../../../server/src/report/parse/chunks';
import { findSubPieceCuts } from '../../../server/src/report/parse/subPieces';
import { EditCache } from '../../../server/src/report/editCache';
import { parseReport } from '../../../server/src/report/parseReport';
import { splitLines } from '../../../server/src/report/text';
import { fixtureAndCorpusTexts, fixtureTexts } from './markdownFiles';
import { previousDocument, reportDocument } from '../robustness/documents';
import type { Root } from 'mdast';

/** Sections as `parseChunks` cuts them. */
function sectionsOf(text: string): string[] {
  const lines = splitLines(text);
  const starts = findBlockStarts(lines, 0);
  return starts.map((start, k) => lines.slice(start, starts[k + 1] ?? lines.length).join('\n'));
}

interface Tally {
  sections: number;
  stitched: number;
}

/** Every section's stitched tree against its whole parse; one sub-piece cache over all, as a folder's. */
function expectStitchedAsWhole(texts: Iterable<string>, subTrees = new EditCache<Root>(64)): Tally {
  const tally = { sections: 0, stitched: 0 };
  for (const text of texts) {
    for (const section of sectionsOf(text)) {
      tally.sections++;
      const stitched = parseInSubPieces(section, subTrees);
      if (stitched === undefined) continue;
      tally.stitched++;
      expect(stitched, section).toStrictEqual(parsePiece(section));
    }
    subTrees.settle();
  }
  return tally;
}

/** `parseReport`'s answer with sub-pieces on (one folder cache over all documents) and off. */
function expectSameReports(texts: readonly string[]): void {
  const on = BlockCache.forFolder();
  for (const text of texts) {
    const off = new BlockCache(1, { subPieces: false });
    expect(JSON.stringify(parseReport(text, { blocks: on })), text).toBe(JSON.stringify(parseReport(text, { blocks: off })));
  }
}

/** Report-like lines: list items of every marker and indent, loose and tight, and what may end or swallow a list. */
const shapeLine = fc.constantFrom(
  '- 成功率 99.5%',
  '- item two',
  '* star item',
  '+ plus item',
  '1. first',
  '2. second',
  '10) tenth',
  '1) paren',
  '3. third',
  '  - nested',
  '    - deeper',
  '    1. nested ordered',
  '   - three spaces',
  ' - one space',
  '    continued text',
  '  continued two',
  '      indented code?',
  '    ',
  '  ',
  '',
  '',
  '',
  'plain paragraph',
  'lazy line',
  '**【重点】**',
  '- **bold item**',
  '- 【工作】',
  '| a | b |',
  '|---|---|',
  '| 1 | 2 |',
  '- | in | item |',
  '> quoted',
  '> - quoted item',
  '```',
  '~~~',
  '    ```',
  '<div>',
  '</div>',
  '<!-- note -->',
  '<!--',
  '-->',
  '[ref]: https://example.com',
  'see [ref] and [x](y)',
  '\t- tabbed',
  '-\ttab after marker',
  '---',
  '***',
  '* * *',
  '===',
  '-',
  '1.',
  '-  two spaces',
  '-     five spaces',
  '## sub heading',
  '*emphasis across',
  'lines*',
);

const shapedSection = fc
  .tuple(fc.constantFrom('## 【工作】', '# 第1周', '', 'intro'), fc.array(shapeLine, { minLength: 1, maxLength: 24 }))
  .map(([head, body]) => (head ? [head, ...body] : body).join('\n'));

/** Lists, mostly, with the odd other block: the shapes the cuts are made for, where they must hold. */
const listLine = fc.constantFrom('- a 1%', '- b', '  - c', '    d', '', '  ', 'p', '1. x', '2. y', '* s', '> q', '| t |');
const listSection = fc.array(listLine, { minLength: 1, maxLength: 30 }).map((body) => ['## S', ...body].join('\n'));

describe('sub-piece parsing', () => {
  it('cuts at the next item of a top-level list and at blocks after a blank line, nowhere uncertain', () => {
    const cuts = (text: string) => findSubPieceCuts(text.split('\n')).map((c) => [c.line, c.sibling, c.afterBlank]);
    expect(cuts('## A\n- a\n  more\n- b\n\n- c\n\npara\n\n1. x')).toEqual([
      [3, true, false],
      [5, true, true],
      [7, false, true],
      [9, false, true],
    ]);
    // A lazy line, another marker or an indented line outside a list stops the cuts; a fence keeps the section whole.
    expect(cuts('## A\n- a\nlazy\n- b')).toEqual([]);
    expect(cuts('## A\n- a\n* b\n- c')).toEqual([]);
    expect(cuts('## A\npara\n\n    code\n\n- b')).toEqual([]);
    expect(cuts('## A\n- a\n- b\n```\n- c\n```')).toEqual([]);
    expect(cuts('## A\n- a\n- b\n\n[a]: /u')).toEqual([]);
  });

  it('stitches the tree of the whole section: generated reports and last weeks', () => {
    const docs = [
      ...fc.sample(reportDocument, { numRuns: 2000, seed: 424242 }),
      ...fc.sample(previousDocument, { numRuns: 200, seed: 4243 }),
    ];
    const tally = expectStitchedAsWhole(docs);
    expect(tally.stitched).toBeGreaterThan(tally.sections / 50);
  });

  it('stitches the tree of the whole section: report-like shapes', () => {
    const sections = [...fc.sample(shapedSection, { numRuns: 3000, seed: 777 }), ...fc.sample(listSection, { numRuns: 3000, seed: 778 })];
    const tally = expectStitchedAsWhole(sections);
    expect(tally.stitched).toBeGreaterThan(tally.sections / 20);
  });

  it('stitches the tree of the whole section: every fixture, and the corpus when given', () => {
    const texts = fixtureAndCorpusTexts();
    const tally = expectStitchedAsWhole(texts);
    expect(tally.stitched).toBeGreaterThan(10);
  });

  it('gives the same report with sub-pieces on and off', () => {
    const texts = [
      ...fc.sample(reportDocument, { numRuns: 300, seed: 99 }),
      ...fc.sample(shapedSection, { numRuns: 300, seed: 98 }),
      ...fixtureTexts(),
    ];
    expectSameReports(texts);
  });

  it("re-parses only a changed section's changed sub-pieces", () => {
    const week = (rate: string) => ['# 第1周', '', '## 工作', '', '- 成功率 99%', '- 其他', `- 可用性 ${rate}`, ''].join('\n');
    const subTrees = new EditCache<Root>(4);
    const [, first] = sectionsOf(week('99.9%'));
    parseInSubPieces(first, subTrees);
    subTrees.settle();
    const [, second] = sectionsOf(week('99.8%'));
    // The heading stays with the first item: a piece of its own would cost a parse's setup.
    const unchanged = ['## 工作\n\n- 成功率 99%', '- 其他'];
    expect(unchanged.map((text) => subTrees.has(text))).toEqual([true, true]);
    expect(subTrees.has('- 可用性 99.8%\n')).toBe(false);
    expect(parseInSubPieces(second, subTrees)).toStrictEqual(parsePiece(second));
  });
});
