// Section-wise parsing. remark's time grows faster than linearly with input size, and a
// keystroke changes one block: so the text is cut into top-level blocks, each parsed on its own
// and cached by its text. A keystroke re-parses one block; a 5 MB report parses in linear time.
import { parse as micromarkParser, postprocess, preprocess } from 'micromark';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import type { Extension as MdastExtension } from 'mdast-util-from-markdown';
import type { Extension as MicromarkExtension } from 'micromark-util-types';
import type { Heading, Paragraph, Root } from 'mdast';
import { compiler } from './mdastCompiler';
import { EditCache } from '../editCache';
import type { BlockBudget } from '../i18n';
import { readPlainPiece } from './plainPiece';
import { findSubPieceCuts, stitchSubTrees, type PlacedTree, type SubPieceCut } from './subPieces';

export interface Chunk {
  /** First line of the chunk in the document (0-based). */
  startLine: number;
  lineCount: number;
  tree: Root;
  /** Set when the piece went over a budget and was read as plain text (see `overBudget`). */
  overBudget?: OverBudget;
}

export interface OverBudget {
  budget: BlockBudget;
  limit: number;
}

/**
 * Budgets per piece. Real reports nest a few levels, keep lines under a few hundred characters and
 * tables under twenty columns; past these remark's time and memory grow faster than the input
 * (a 1,000-level list: 26 s, 3,000 nested quotes: 4.7 GB), so such a piece is read as plain text.
 */
export const MAX_NESTING_DEPTH = 32;
export const MAX_LINE_CHARS = 10_000;
export const MAX_TABLE_COLUMNS = 200;

interface ParsedPiece {
  tree: Root;
  overBudget?: OverBudget;
}

/**
 * What `unified().use(remarkParse)` does with a text, with its setup done once instead of per
 * piece: remark-parse's `fromMarkdown` combines micromark's syntax extensions and builds the mdast
 * handler table on every call, and its compiler copies a context object per event (see
 * mdastCompiler.js). The trees are remark-parse's own: markdownReader.test.ts in tests/unit/model and
 * tests/corpus parses the fixtures and the corpus both ways and compares them.
 */
export function markdownReader(extensions: MicromarkExtension[], mdastExtensions: MdastExtension[]): (text: string) => Root {
  const parser = micromarkParser({ extensions });
  const compile = compiler({ mdastExtensions });
  return (text) => {
    // A parse leaves its link definitions and lazy lines on the parser: each text starts without
    // them, as with the parser of its own that remark-parse makes per call.
    parser.defined = [];
    parser.lazy = {};
    return compile(postprocess(parser.document().write(preprocess()(text, undefined, true))));
  };
}

/**
 * Of GFM only tables: reports use them for metrics. The rest of remark-gfm (autolink literals,
 * footnotes, strikethrough) doubled the parse time and found nothing a report needs.
 */
const withTables = markdownReader([gfmTable()], [gfmTableFromMarkdown()]);
const plain = markdownReader([], []);

/** A piece without a `|` holds no table: the plain parser skips the table extension's work. */
export function parsePiece(text: string): Root {
  return (text.includes('|') ? withTables : plain)(text);
}

/** A piece of plain lines built directly (see plainPiece.ts), any other parsed by micromark. */
function readMarkdown(text: string): Root {
  return readPlainPiece(text) ?? parsePiece(text);
}

/**
 * A section within budgets parsed by remark, in sub-pieces when `subTrees` is given (see
 * subPieces.ts); one over a budget read as plain text (its heading kept).
 */
function readPiece(text: string, subTrees: EditCache<Root> | undefined): ParsedPiece {
  const overBudget = findOverBudget(text);
  if (overBudget) return { tree: plainTextTree(text), overBudget };
  return { tree: (subTrees && parseInSubPieces(text, subTrees)) ?? readMarkdown(text) };
}

/**
 * The tree of a section from its sub-pieces, each parsed once per text; `undefined` when the
 * section is not cut or the stitch is not sure, and the caller parses it whole.
 */
export function parseInSubPieces(text: string, subTrees: EditCache<Root>): Root | undefined {
  const lines = text.split('\n');
  const cuts = findSubPieceCuts(lines);
  if (cuts.length === 0) return undefined;
  const placed: PlacedTree[] = [];
  let cut: SubPieceCut = { line: 0, sibling: false, afterBlank: false };
  let pieceStart = 0;
  let line = 0;
  let offset = 0;
  const place = (pieceEnd: number) => {
    const pieceText = text.slice(pieceStart, pieceEnd);
    placed.push({ tree: subTrees.get(pieceText, () => readMarkdown(pieceText)), cut, offset: pieceStart });
  };
  for (const next of cuts) {
    for (; line < next.line; line++) offset += lines[line].length + 1;
    place(offset - 1);
    cut = next;
    pieceStart = offset;
  }
  place(text.length);
  return stitchSubTrees(placed);
}

/** The first budget a piece goes over, in one pass over its characters. */
export function findOverBudget(text: string): OverBudget | undefined {
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    if (lineEnd - lineStart > MAX_LINE_CHARS) return { budget: 'line-length', limit: MAX_LINE_CHARS };
    if (nestingDepth(text, lineStart, lineEnd) > MAX_NESTING_DEPTH) return { budget: 'depth', limit: MAX_NESTING_DEPTH };
    let pipes = 0;
    for (let i = text.indexOf('|', lineStart); i >= 0 && i < lineEnd; i = text.indexOf('|', i + 1)) {
      if (++pipes > MAX_TABLE_COLUMNS + 1) return { budget: 'columns', limit: MAX_TABLE_COLUMNS };
    }
    lineStart = lineEnd + 1;
  }
  return undefined;
}

/**
 * How deep a line's containers go: each `>` and list marker at its start is a level, and so is
 * every two columns of further indentation (a list nested by indentation alone).
 */
function nestingDepth(text: string, from: number, to: number): number {
  let markers = 0;
  let columns = 0;
  let i = from;
  while (i < to) {
    const ch = text[i];
    const next = text[i + 1];
    if (ch === ' ') columns++;
    else if (ch === '\t') columns += 4;
    else if (ch === '>' || ((ch === '-' || ch === '*' || ch === '+') && (next === ' ' || next === '\t'))) markers++;
    else {
      let digits = i;
      while (digits < to && digits - i < 9 && text[digits] >= '0' && text[digits] <= '9') digits++;
      const after = text[digits + 1];
      if (digits === i || (text[digits] !== '.' && text[digits] !== ')') || (after !== ' ' && after !== '\t')) break;
      markers++;
      i = digits;
    }
    // The one space after a marker belongs to the marker, not to indentation.
    if (ch !== ' ' && ch !== '\t' && (text[i + 1] === ' ' || text[i + 1] === '\t')) i++;
    i++;
  }
  return markers + Math.floor(columns / 2);
}

/** A piece as plain text: a paragraph over all its lines, after its ATX heading when it starts with one. */
function plainTextTree(text: string): Root {
  const lines = text.split('\n');
  const at = (line: number, column: number) => ({ line: line + 1, column: column + 1 });
  const children: Root['children'] = [];
  const heading = /^ {0,3}(#{1,6})(?:[ \t]+|$)(.*)$/.exec(lines[0] ?? '');
  if (heading) {
    const node: Heading = {
      type: 'heading',
      depth: heading[1].length as Heading['depth'],
      children: [{ type: 'text', value: heading[2].replace(/[ \t]+#*[ \t]*$/, '') }],
      position: { start: at(0, 0), end: at(0, lines[0].length) },
    };
    children.push(node);
  }
  const first = heading ? 1 : 0;
  if (lines.length > first) {
    const last = lines.length - 1;
    const paragraph: Paragraph = {
      type: 'paragraph',
      children: [{ type: 'text', value: lines.slice(first).join('\n') }],
      position: { start: at(first, 0), end: at(last, lines[last].length) },
    };
    children.push(paragraph);
  }
  return { type: 'root', children, position: { start: at(0, 0), end: at(lines.length - 1, lines[lines.length - 1].length) } };
}

const FOLDER_KEEP_RUNS = 64;

/** Parsed pieces of one document, by text: a keystroke re-parses only the piece it touched. */
export class BlockCache {
  private readonly cache: EditCache<ParsedPiece>;
  /**
   * A changed section's sub-pieces, by text, kept as long as the sections: a section parsed again
   * parses only its sub-pieces that changed. Absent when sub-piece parsing is off (tests compare).
   */
  private readonly subTrees: EditCache<Root> | undefined;

  /** `keepRuns`: how many of the latest parses' pieces are kept (one for a document being edited). */
  constructor(keepRuns = 1, { subPieces = true }: { subPieces?: boolean } = {}) {
    this.cache = new EditCache<ParsedPiece>(keepRuns);
    this.subTrees = subPieces ? new EditCache<Root>(keepRuns) : undefined;
  }

  /**
   * One cache for a folder's reports, parsed one after another: a report repeats pieces of the
   * weeks before (a figure back to an earlier value, a line that returns). The pieces of 64 to 128
   * reports are a few thousand small trees at most.
   */
  static forFolder(): BlockCache {
    return new BlockCache(FOLDER_KEEP_RUNS);
  }

  parse(text: string): ParsedPiece {
    return this.cache.get(text, () => readPiece(text, this.subTrees));
  }

  settle(): void {
    this.cache.settle();
    this.subTrees?.settle();
  }

  /**
   * Parses the pieces `parseChunks` will ask for, one per step, without settling: a caller that
   * must stay responsive (the server) runs the steps in slices between other work, and the
   * following `parseReport` finds every piece parsed.
   */
  *warm(lines: string[], firstLine: number): Generator<void, void, void> {
    for (const { text } of pieces(lines, firstLine)) {
      this.parse(text);
      yield;
    }
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

/** The text of each piece and where it starts. */
function* pieces(lines: string[], firstLine: number): Generator<{ start: number; end: number; text: string }> {
  const starts = findBlockStarts(lines, firstLine);
  for (let k = 0; k < starts.length; k++) {
    const start = starts[k];
    const end = k + 1 < starts.length ? starts[k + 1] : lines.length;
    if (start >= lines.length) break;
    yield { start, end, text: lines.slice(start, end).join('\n') };
  }
}

/**
 * A parse without a cache of its own (a text parsed once) parses sections whole: sub-pieces cost a
 * parse's setup each and pay off only in a cache that sees the section's next version.
 */
export function parseChunks(lines: string[], firstLine: number, cache: BlockCache = new BlockCache(1, { subPieces: false })): Chunk[] {
  const chunks: Chunk[] = [];
  for (const { start, end, text } of pieces(lines, firstLine)) {
    const { tree, overBudget } = cache.parse(text);
    chunks.push({ startLine: start, lineCount: end - start, tree, ...(overBudget ? { overBudget } : {}) });
  }
  cache.settle();
  return chunks;
}
