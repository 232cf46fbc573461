// A piece of plain lines is built without micromark (parse/plainPiece.ts): its tree must be
// micromark's, positions included, wherever it answers; on fuzzed plain-looking pieces, generated
// reports' sections and sub-pieces, every fixture and the corpus.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findBlockStarts, parsePiece } from '../../../server/src/report/parse/chunks';
import { readPlainPiece } from '../../../server/src/report/parse/plainPiece';
import { findSubPieceCuts } from '../../../server/src/report/parse/subPieces';
import { splitLines } from '../../../server/src/report/text';
import { fixtureAndCorpusTexts } from './markdownFiles';
import { reportDocument } from '../robustness/documents';

/** Each piece built directly, against micromark; how many were built. */
function expectAsMicromark(pieces: Iterable<string>): number {
  let built = 0;
  for (const piece of pieces) {
    const plain = readPlainPiece(piece);
    if (plain === undefined) continue;
    built++;
    expect(plain, JSON.stringify(piece)).toStrictEqual(parsePiece(piece));
  }
  return built;
}

/** A text's sections and their sub-pieces, as the parse cuts them. */
function* piecesOf(text: string): Generator<string> {
  const lines = splitLines(text);
  const starts = findBlockStarts(lines, 0);
  for (let k = 0; k < starts.length; k++) {
    const section = lines.slice(starts[k], starts[k + 1] ?? lines.length);
    yield section.join('\n');
    const cuts = [0, ...findSubPieceCuts(section).map((cut) => cut.line), section.length];
    for (let c = 0; c + 1 < cuts.length; c++) yield section.slice(cuts[c], cuts[c + 1]).join('\n');
  }
}

/** Words that are plain, mostly, or plain but for one character Markdown reads. */
const word = fc.oneof(
  {
    weight: 8,
    arbitrary: fc.constantFrom(
      '成功率',
      'Created: 1831年9月7日 09:30',
      '2023年度',
      '0级报警',
      '12/16',
      'a b',
      'x',
      'QA',
      '（16/24）',
      '【重点】',
    ),
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      '1.5%',
      '99.9%',
      '*em*',
      '_u_',
      '`c`',
      '[l](u)',
      '<b>',
      '&amp;',
      'a\\',
      '!',
      '~',
      '|',
      '#',
      ' ',
      '  ',
      '\t',
      '\u3000',
      'http://x.y',
      '1.',
      '2)',
      '-',
      '+',
      '=',
      '>',
    ),
  },
);
const content = fc.array(word, { minLength: 1, maxLength: 3 }).map((words) => words.join(''));
const plainLine = fc.oneof(
  { weight: 4, arbitrary: content },
  { weight: 4, arbitrary: content.map((c) => `- ${c}`) },
  { weight: 3, arbitrary: fc.constant('') },
  { weight: 1, arbitrary: content.map((c) => `# ${c}`) },
  { weight: 1, arbitrary: content.map((c) => `### ${c}`) },
  { weight: 1, arbitrary: content.map((c) => `## ${c} ##`) },
  { weight: 1, arbitrary: content.map((c) => `  ${c}`) },
  { weight: 1, arbitrary: content.map((c) => `-  ${c}`) },
  { weight: 1, arbitrary: content.map((c) => `* ${c}`) },
  { weight: 1, arbitrary: content.map((c) => `1. ${c}`) },
  { weight: 1, arbitrary: fc.constantFrom('---', '===', '- ', '-', '#', '  ', '***') },
);
const plainPiece = fc.array(plainLine, { minLength: 1, maxLength: 8 }).map((lines) => lines.join('\n'));

describe('plain pieces built directly', () => {
  it('builds micromark’s tree for plain-looking pieces', () => {
    const built = expectAsMicromark(fc.sample(plainPiece, { numRuns: 20_000, seed: 5150 }));
    expect(built).toBeGreaterThan(1000);
  });

  it('builds micromark’s tree for the sections and sub-pieces of generated reports, fixtures and the corpus', () => {
    const texts = [...fc.sample(reportDocument, { numRuns: 1000, seed: 6160 })];
    texts.push(...fixtureAndCorpusTexts());
    const built = expectAsMicromark(texts.flatMap((text) => [...piecesOf(text)]));
    expect(built).toBeGreaterThan(100);
  });

  it('leaves to micromark what it does not surely read', () => {
    for (const piece of ['- a\n\n- b', '- a\nlazy', 'a\n===', '- 1. x', '# a #', '  a', 'a  ', '\n# a', 'a *b*']) {
      expect(readPlainPiece(piece), piece).toBeUndefined();
    }
    expect(readPlainPiece('# 第1周\n\nCreated: 2024年5月31日 17:55\n')?.children.map((n) => n.type)).toEqual(['heading', 'paragraph']);
  });
});
