// The markdown reader chunks.ts makes once (`markdownReader`) against remark-parse on every real
// report, whole and cut into the pieces chunks.ts parses: the trees must be identical.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readerTree, remarkTree, textAndPieces } from '../helpers/markdownTrees';

const root = resolve(__dirname, '../..');
/** `../shared/corpus` from the project root, as in CI; WEEKLY_REPORT_CORPUS points elsewhere (a worktree). */
const corpus = process.env.WEEKLY_REPORT_CORPUS ?? resolve(root, '../shared/corpus');
const present = existsSync(join(corpus, 'SOURCES.md'));
if (!present) console.warn(`\n*** tests/corpus/markdownReader.test.ts SKIPPED: no corpus at ${corpus} (set WEEKLY_REPORT_CORPUS) ***\n`);

/** remark's time grows faster than the text: a whole report over 32 KB is compared in its pieces only. */
const withinWholeParseBudget = (text: string, index: number) => index > 0 || text.length <= 32 * 1024;

describe.skipIf(!present)('the markdown reader on the corpus', () => {
  it('gives remark-parse’s trees for every report, whole (up to 32 KB) and in pieces', () => {
    const files = readdirSync(corpus, { withFileTypes: true, recursive: true })
      .filter((entry) => entry.isFile() && entry.name.endsWith('.md') && entry.name !== 'SOURCES.md')
      .map((entry) => join(entry.parentPath, entry.name));
    expect(files.length).toBe(83);
    for (const file of files)
      for (const text of textAndPieces(readFileSync(file, 'utf8')).filter(withinWholeParseBudget)) {
        // The kind chunks.ts picks for the text (both kinds on every text: tests/unit/model/markdownReader.test.ts).
        const kind = text.includes('|') ? 'tables' : 'plain';
        expect(readerTree(text, kind), file).toStrictEqual(remarkTree(text, kind));
      }
  });
});
