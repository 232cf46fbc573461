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
function parsePiece(text: string): Root {
  return (text.includes('|') ? withTables : plain)(text);
}

/** A piece within budgets parsed by remark; one over a budget read as plain text (its heading kept). */
function readPiece(text: string): ParsedPiece {
  const overBudget = findOverBudget(text);
  return overBudget ? { tree: plainTextTree(text), overBudget } : { tree: parsePiece(text) };
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

  /** `keepRuns`: how many of the latest parses' pieces are kept (one for a document being edited). */
  constructor(keepRuns = 1) {
    this.cache = new EditCache<ParsedPiece>(keepRuns);
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
    return this.cache.get(text, () => readPiece(text));
  }

  settle(): void {
    this.cache.settle();
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
/** A top-level list item with text after its marker: group 1 is the marker, group 2 the spaces after it. */
const ITEM_WITH_TEXT = /^([-*+]|\d{1,9}[.)])( {1,4})?(?=\S)/;
const THEMATIC_BREAK = /^(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,})$/;
/**
 * A line that may hold a link reference definition, in or out of a quote or list item: the whole
 * document sees a definition, so a document with one is cut at headings only.
 */
const DEFINITION_LIKE = /^[ \t>*+\-\d.)]*\[[^\]]*\]:/;
/** A section longer than this is cut again at top-level blocks: remark slows down on long inputs. */
export const MAX_PIECE_CHARS = 8 * 1024;

/**
 * The top-level list a line leaves open: the next top-level item of the same kind is its sibling,
 * whatever the line holds, so a piece may start there. `undefined` when no list is surely open.
 */
interface OpenList {
  /** `-`, `*`, `+`, `.` or `)`: an item with another marker does not continue this list. */
  marker: string;
  /** The latest item's content column: a line indented less after it may have left the list. */
  contentColumn: number;
}

function listItemOpening(line: string): OpenList | undefined {
  const m = ITEM_WITH_TEXT.exec(line);
  if (!m || THEMATIC_BREAK.test(line)) return undefined;
  const marker = m[1];
  const spaces = m[2]?.length ?? 0;
  if (spaces === 0) return undefined;
  return { marker: marker[marker.length - 1], contentColumn: marker.length + spaces };
}

/**
 * Where pieces start: every ATX heading, and a top-level block (a line at column 0 after a blank
 * line, or the next item of a top-level list) — never inside a fenced code block, an HTML comment
 * or after HTML in the section, so each piece parses as it would within the whole text. Small pieces make
 * a folder's reports parse fast: a week's report repeats most blocks of the last one, and only
 * the blocks whose text changed (a figure, a date) are parsed again.
 */
export function findBlockStarts(lines: string[], firstLine: number): number[] {
  const starts = [firstLine];
  const cutAtBlocks = !hasDefinitionLike(lines, firstLine);
  let fence: string | undefined;
  let inComment = false;
  // HTML blocks take in lines by rules of their own (some over blank lines, some not
  // interruptible): after an HTML-like line, a section is cut at its next heading only.
  let htmlSeen = false;
  let openList: OpenList | undefined;
  let mayAbsorb = false;
  // Indented code stays open over blank lines: what follows may not interrupt it (micromark reads
  // `2. x` or `<span>` there as a paragraph), so no piece starts after an indented line.
  let afterIndented = false;
  let pieceChars = 0;
  for (let i = firstLine; i < lines.length; i++) {
    const line = lines[i];
    if (fence) {
      const m = FENCE.exec(line);
      if (m && m[1][0] === fence[0] && m[1].length >= fence.length && BLANK.test(line.slice(m[0].length))) fence = undefined;
    } else if (inComment) {
      if (line.includes('-->')) inComment = false;
    } else {
      const blank = BLANK.test(line);
      const afterBlank = BLANK.test(lines[i - 1] ?? '');
      const item = blank ? undefined : listItemOpening(line);
      const nextItem = !afterBlank && item !== undefined && openList !== undefined && item.marker === openList.marker;
      const blockStart = !blank && !/^\s/.test(line) && (afterBlank || TOP_LEVEL_ITEM.test(line));
      const cutHere = cutAtBlocks && !htmlSeen && ((blockStart && afterBlank && !afterIndented) || nextItem);
      const isStart = i > firstLine && (ATX_HEADING.test(line) || cutHere || (blockStart && pieceChars > MAX_PIECE_CHARS));
      if (isStart) {
        starts.push(i);
        pieceChars = 0;
        if (ATX_HEADING.test(line)) htmlSeen = false;
      }
      if (/^\s*</.test(line)) htmlSeen = true;
      openList = nextListState(openList, line, blank, item, afterBlank && !afterIndented, mayAbsorb);
      mayAbsorb = !blank && (mayAbsorb || line.includes('|'));
      if (!blank) afterIndented = /^\s/.test(line);
      const fenceOpen = FENCE.exec(line);
      if (fenceOpen) fence = fenceOpen[1];
      else if (line.includes('<!--') && !line.slice(line.lastIndexOf('<!--')).includes('-->')) inComment = true;
      if (fence || inComment || htmlSeen) openList = undefined;
    }
    pieceChars += line.length + 1;
  }
  return starts;
}

/**
 * Whether a top-level list stays surely open after `line`: a blank line keeps it, a line indented
 * to the item's content continues the item, an item of the same kind continues the list; any
 * other line (at column 0, indented less, with a tab) may have closed it. An item of another kind
 * opens a new list where it may interrupt a paragraph (a bullet, a `1.`), unless an HTML block or
 * a table may be open above it (`mayAbsorb`): those could take the line in.
 */
function nextListState(
  open: OpenList | undefined,
  line: string,
  blank: boolean,
  item: OpenList | undefined,
  afterBlank: boolean,
  mayAbsorb: boolean,
): OpenList | undefined {
  if (item) {
    if (open !== undefined && item.marker === open.marker) return item;
    const mayInterrupt = '-*+'.includes(item.marker) || /^1[.)]/.test(line);
    return afterBlank || (mayInterrupt && !mayAbsorb) ? item : undefined;
  }
  if (blank || open === undefined) return open;
  const indent = /^ */.exec(line)![0].length;
  return indent >= open.contentColumn && line[indent] !== '\t' ? open : undefined;
}

function hasDefinitionLike(lines: string[], firstLine: number): boolean {
  for (let i = firstLine; i < lines.length; i++) if (DEFINITION_LIKE.test(lines[i])) return true;
  return false;
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

export function parseChunks(lines: string[], firstLine: number, cache: BlockCache = new BlockCache()): Chunk[] {
  const chunks: Chunk[] = [];
  for (const { start, end, text } of pieces(lines, firstLine)) {
    const { tree, overBudget } = cache.parse(text);
    chunks.push({ startLine: start, lineCount: end - start, tree, ...(overBudget ? { overBudget } : {}) });
  }
  cache.settle();
  return chunks;
}
