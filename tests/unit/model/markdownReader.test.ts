import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readerTree, remarkTree, textAndPieces, type ReaderKind } from '../../helpers/markdownTrees';

const root = resolve(__dirname, '../../..');
const kinds: ReaderKind[] = ['plain', 'tables'];

function markdownFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.md'))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

describe('the markdown reader made once gives remark-parse’s trees', () => {
  it('on every fixture and example, whole and in pieces', () => {
    const files = [...markdownFiles(join(root, 'tests/fixtures')), ...markdownFiles(join(root, 'examples'))];
    expect(files.length).toBeGreaterThan(50);
    let texts = 0;
    for (const file of files)
      for (const text of textAndPieces(readFileSync(file, 'utf8')))
        for (const kind of kinds) {
          texts++;
          expect(readerTree(text, kind), `${file} (${kind})`).toStrictEqual(remarkTree(text, kind));
        }
    expect(texts).toBeGreaterThan(200);
  });

  it('starts every text afresh: definitions, lazy lines and compiler state do not leak into the next one', () => {
    // Each pair: the first leaves state behind (a definition, a lazy continuation, an open table, a
    // hard break, a setext heading, an ordered list's start, a reference), the second would read it.
    const sequence = [
      '[ref]: https://example.com/a "title"\n\n[ref] and ![ref]',
      '[ref] is text here, [ref][] too',
      '> quote\nlazy line\n    indented after lazy',
      '    indented code\n> x\n<div>',
      '| a | b |\n| - | - |\n| 1 | 2',
      'a | b\n`x | y`',
      'line with hard break  \nnext\\\nlast',
      'Title\n===\n\nSub\n---',
      '3. three\n4. four',
      '- [ ] open\n- [x] done',
      '&amp; &#35; &copy; \\* <https://x.y> <a@b.c>',
      '[unclosed](http://x',
      '```js\ncode',
      'after an unclosed fence',
    ];
    for (const kind of kinds)
      for (const text of [...sequence, ...sequence.reverse()]) expect(readerTree(text, kind), text).toStrictEqual(remarkTree(text, kind));
  });

  it('is a copy of the installed mdast-util-from-markdown (re-copy and re-mark the changes on an upgrade)', () => {
    const installed = JSON.parse(readFileSync(join(root, 'node_modules/mdast-util-from-markdown/package.json'), 'utf8')) as {
      version: string;
    };
    const copy = readFileSync(join(root, 'server/src/report/parse/mdastCompiler.js'), 'utf8');
    expect(copy).toContain(`mdast-util-from-markdown ${installed.version}'s`);
  });
});
