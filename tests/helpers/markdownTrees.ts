// The two ways a piece of Markdown becomes mdast: remark-parse through unified (the reference) and
// the reader chunks.ts builds once (`markdownReader`). Tests compare them on many texts.
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import type { Processor } from 'unified';
import type { Root } from 'mdast';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { findBlockStarts, markdownReader } from '../../server/src/report/parse/chunks';
import { splitLines } from '../../server/src/report/text';

function remarkGfmTables(this: Processor): void {
  const data = this.data() as { micromarkExtensions?: unknown[]; fromMarkdownExtensions?: unknown[] };
  (data.micromarkExtensions ??= []).push(gfmTable());
  (data.fromMarkdownExtensions ??= []).push(gfmTableFromMarkdown());
}

const remark = { plain: unified().use(remarkParse), tables: unified().use(remarkParse).use(remarkGfmTables) };
// One reader per kind for every text, as chunks.ts uses them: state left by one text must not show in the next.
const reader = { plain: markdownReader([], []), tables: markdownReader([gfmTable()], [gfmTableFromMarkdown()]) };

export type ReaderKind = keyof typeof reader;

export function remarkTree(text: string, kind: ReaderKind): Root {
  return remark[kind].parse(text) as Root;
}

export function readerTree(text: string, kind: ReaderKind): Root {
  return reader[kind](text);
}

/** The whole text and each piece chunks.ts would cut it into. */
export function textAndPieces(text: string): string[] {
  const lines = splitLines(text);
  const starts = findBlockStarts(lines, 0);
  return [text, ...starts.map((start, k) => lines.slice(start, starts[k + 1] ?? lines.length).join('\n'))];
}
