// Section-wise parsing. remark's time grows faster than linearly with input size, and a
// keystroke changes one block: so the text is cut into top-level blocks, each parsed on its own
// and cached by its text. A keystroke re-parses one block; a 5 MB report parses in linear time.
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import type { Root } from 'mdast';

export interface Chunk {
  /** First line of the chunk in the document (0-based). */
  startLine: number;
  lineCount: number;
  tree: Root;
}

const processor = unified().use(remarkParse).use(remarkGfm);

/**
 * Parsed blocks of one document's previous version, by text. Each parse keeps exactly the blocks
 * the new version uses, so memory follows the document and a keystroke re-parses one block,
 * however large the document is.
 */
export class BlockCache {
  private previous = new Map<string, Root>();
  private current = new Map<string, Root>();

  parse(text: string): Root {
    let tree = this.current.get(text) ?? this.previous.get(text);
    if (!tree) tree = processor.parse(text) as Root;
    this.current.set(text, tree);
    return tree;
  }

  /** Ends a parse: what it did not use is dropped. */
  settle(): void {
    this.previous = this.current;
    this.current = new Map();
  }
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const ATX_HEADING = /^ {0,3}#{1,6}(?:\s|$)/;
const BLANK = /^\s*$/;

/**
 * Block boundaries a Markdown parser would agree on: an ATX heading, or a line at column 0
 * after a blank line (a new top-level block) — never inside a fenced code block or an HTML comment.
 */
export function findBlockStarts(lines: string[], firstLine: number): number[] {
  const starts = [firstLine];
  let fence: string | undefined;
  let inComment = false;
  for (let i = firstLine; i < lines.length; i++) {
    const line = lines[i];
    if (fence) {
      const m = FENCE.exec(line);
      if (m && m[1][0] === fence[0] && m[1].length >= fence.length && BLANK.test(line.slice(m[0].length))) fence = undefined;
      continue;
    }
    if (inComment) {
      if (line.includes('-->')) inComment = false;
      continue;
    }
    const isStart =
      i > firstLine && (ATX_HEADING.test(line) || (!BLANK.test(line) && !/^\s/.test(line) && BLANK.test(lines[i - 1])));
    if (isStart && starts[starts.length - 1] !== i) starts.push(i);
    const fenceOpen = FENCE.exec(line);
    if (fenceOpen) fence = fenceOpen[1];
    else if (line.includes('<!--') && !line.slice(line.lastIndexOf('<!--')).includes('-->')) inComment = true;
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
