// Section-wise parsing. remark's time grows faster than linearly with input size, and a
// keystroke changes one block: so the text is cut into top-level blocks, each parsed on its own
// and cached by its text. A keystroke re-parses one block; a 5 MB report parses in linear time.
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import type { Root } from 'mdast';
import type { Processor } from 'unified';
import { EditCache } from '../editCache';

export interface Chunk {
  /** First line of the chunk in the document (0-based). */
  startLine: number;
  lineCount: number;
  tree: Root;
}

/**
 * Of GFM only tables: reports use them for metrics. The rest of remark-gfm (autolink literals,
 * footnotes, strikethrough) doubled the parse time and found nothing a report needs.
 */
function remarkGfmTables(this: Processor): void {
  const data = this.data() as { micromarkExtensions?: unknown[]; fromMarkdownExtensions?: unknown[] };
  (data.micromarkExtensions ??= []).push(gfmTable());
  (data.fromMarkdownExtensions ??= []).push(gfmTableFromMarkdown());
}

const withTables = unified().use(remarkParse).use(remarkGfmTables);
const plain = unified().use(remarkParse);

/** A piece without a `|` holds no table: the plain parser skips the table extension's work. */
function parsePiece(text: string): Root {
  return (text.includes('|') ? withTables : plain).parse(text) as Root;
}

/** Parsed pieces of one document, by text: a keystroke re-parses only the piece it touched. */
export class BlockCache {
  private readonly cache = new EditCache<Root>();

  parse(text: string): Root {
    return this.cache.get(text, () => parsePiece(text));
  }

  settle(): void {
    this.cache.settle();
  }
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const ATX_HEADING = /^ {0,3}#{1,6}(?:\s|$)/;
const TOP_LEVEL_ITEM = /^(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)/;
const BLANK = /^\s*$/;
/** A section longer than this is cut again at top-level blocks: remark slows down on long inputs. */
export const MAX_PIECE_CHARS = 8 * 1024;

/**
 * Where pieces start: every ATX heading, and within a long section a top-level block (a line at
 * column 0 after a blank line, or a top-level list item) — never inside a fenced code block or an
 * HTML comment, so each piece parses as it would within the whole text.
 */
export function findBlockStarts(lines: string[], firstLine: number): number[] {
  const starts = [firstLine];
  let fence: string | undefined;
  let inComment = false;
  let pieceChars = 0;
  for (let i = firstLine; i < lines.length; i++) {
    const line = lines[i];
    if (fence) {
      const m = FENCE.exec(line);
      if (m && m[1][0] === fence[0] && m[1].length >= fence.length && BLANK.test(line.slice(m[0].length))) fence = undefined;
    } else if (inComment) {
      if (line.includes('-->')) inComment = false;
    } else {
      const blockStart = !BLANK.test(line) && !/^\s/.test(line) && (BLANK.test(lines[i - 1] ?? '') || TOP_LEVEL_ITEM.test(line));
      const isStart = i > firstLine && (ATX_HEADING.test(line) || (pieceChars > MAX_PIECE_CHARS && blockStart));
      if (isStart) {
        starts.push(i);
        pieceChars = 0;
      }
      const fenceOpen = FENCE.exec(line);
      if (fenceOpen) fence = fenceOpen[1];
      else if (line.includes('<!--') && !line.slice(line.lastIndexOf('<!--')).includes('-->')) inComment = true;
    }
    pieceChars += line.length + 1;
  }
  return starts;
}

export function parseChunks(lines: string[], firstLine: number, cache: BlockCache = new BlockCache()): Chunk[] {
  const starts = findBlockStarts(lines, firstLine);
  const chunks: Chunk[] = [];
  for (let k = 0; k < starts.length; k++) {
    const start = starts[k];
    const end = k + 1 < starts.length ? starts[k + 1] : lines.length;
    if (start >= lines.length) break;
    const text = lines.slice(start, end).join('\n');
    chunks.push({ startLine: start, lineCount: end - start, tree: cache.parse(text) });
  }
  cache.settle();
  return chunks;
}
