// Walks each chunk's mdast once and collects what the model needs, shifting unist's 1-based
// positions to the document's 0-based lines in this one place.
import type { Nodes, Root, ListItem as MdListItem, Table as MdTable, Heading } from 'mdast';
import type { Chunk } from './chunks';
import type { PlainTextBlock, Range, TableCell } from '../model';

export interface HeadingBlock {
  depth: number;
  line: number;
  endLine: number;
}

export interface ListItemBlock {
  line: number;
  endLine: number;
  endCharacter: number;
  depth: number;
}

export interface ParagraphBlock {
  line: number;
  endLine: number;
}

export interface TableBlock {
  header: TableCell[];
  rows: TableCell[][];
  range: Range;
}

export interface Collected {
  headings: HeadingBlock[];
  listItems: ListItemBlock[];
  paragraphs: ParagraphBlock[];
  tables: TableBlock[];
  /** Lines that are not prose: code, HTML blocks, tables. */
  nonProseLines: Set<number>;
  /** Per line: character ranges of inline code, inline HTML and link URLs. */
  masked: Map<number, Array<[number, number]>>;
  /** Pieces read as plain text because they went over a budget (nesting, line length, table columns). */
  plainTextBlocks: PlainTextBlock[];
}

export function collectBlocks(chunks: Chunk[]): Collected {
  const out: Collected = {
    headings: [],
    listItems: [],
    paragraphs: [],
    tables: [],
    nonProseLines: new Set(),
    masked: new Map(),
    plainTextBlocks: [],
  };
  for (const chunk of chunks) {
    walk(chunk.tree, chunk.startLine - 1, out);
    if (chunk.overBudget)
      out.plainTextBlocks.push({ line: chunk.startLine, endLine: chunk.startLine + chunk.lineCount - 1, ...chunk.overBudget });
  }
  return out;
}

type Positioned = { position?: { start: { line: number; column: number }; end: { line: number; column: number } } };

function lines(node: Positioned, shift: number): [number, number] | undefined {
  const p = node.position;
  return p ? [p.start.line + shift, p.end.line + shift] : undefined;
}

/**
 * Depth-first, in document order, with an explicit stack: a tree as deep as its input allows must
 * not overflow the call stack.
 */
function walk(root: Root, shift: number, out: Collected): void {
  const stack: Array<{ node: Nodes | Root; listDepth: number }> = [{ node: root, listDepth: 0 }];
  while (stack.length > 0) {
    const { node, listDepth } = stack.pop()!;
    const childDepth = visit(node, shift, listDepth, out);
    if (childDepth === undefined || !('children' in node)) continue;
    const children = node.children as Nodes[];
    for (let k = children.length - 1; k >= 0; k--) stack.push({ node: children[k], listDepth: childDepth });
  }
}

/** Records one node; returns the list depth of its children, or undefined when they are not walked. */
function visit(node: Nodes | Root, shift: number, listDepth: number, out: Collected): number | undefined {
  const span = lines(node, shift);
  switch (node.type) {
    case 'heading':
      if (span) out.headings.push({ depth: (node as Heading).depth, line: span[0], endLine: span[1] });
      return listDepth;
    case 'code':
    case 'html':
    case 'yaml':
      if (span) {
        if (node.type === 'html' && span[0] === span[1]) {
          mask(node, shift, out);
          return undefined;
        }
        if (node.type === 'html' && readHtmlBlockText(node, shift, out)) return;
        for (let l = span[0]; l <= span[1]; l++) out.nonProseLines.add(l);
      }
      return undefined;
    case 'inlineCode':
    case 'image':
      mask(node, shift, out);
      return undefined;
    case 'link':
      maskLinkDestination(node, shift, out);
      return listDepth;
    case 'table':
      if (span) {
        for (let l = span[0]; l <= span[1]; l++) out.nonProseLines.add(l);
        out.tables.push(readTable(node as MdTable, shift));
      }
      return undefined;
    case 'listItem': {
      const p = (node as MdListItem).position;
      if (p)
        out.listItems.push({ line: p.start.line + shift, endLine: p.end.line + shift, endCharacter: p.end.column - 1, depth: listDepth });
      return listDepth + 1;
    }
    case 'paragraph':
      if (span) out.paragraphs.push({ line: span[0], endLine: span[1] });
      return listDepth;
    default:
      return listDepth;
  }
}

function mask(node: Positioned, shift: number, out: Collected): void {
  const p = node.position;
  if (!p) return;
  for (let l = p.start.line; l <= p.end.line; l++) {
    const from = l === p.start.line ? p.start.column - 1 : 0;
    const to = l === p.end.line ? p.end.column - 1 : Number.MAX_SAFE_INTEGER;
    const list = out.masked.get(l + shift) ?? [];
    list.push([from, to]);
    out.masked.set(l + shift, list);
  }
}

/** `[text](url)`: the text is prose, the URL is not. Masks from the last child's end to the node's end. */
function maskLinkDestination(node: Nodes, shift: number, out: Collected): void {
  const p = (node as Positioned).position;
  const children = 'children' in node ? (node.children as Positioned[]) : [];
  const last = children[children.length - 1]?.position;
  if (!p || !last || last.end.line !== p.end.line) return;
  mask({ position: { start: last.end, end: p.end } }, shift, out);
}

function readTable(table: MdTable, shift: number): TableBlock {
  const rows = table.children.map((row) =>
    row.children.map((cell): TableCell => {
      const p = cell.position!;
      return {
        text: cellText(cell),
        range: {
          start: { line: p.start.line + shift, character: p.start.column - 1 },
          end: { line: p.end.line + shift, character: p.end.column - 1 },
        },
      };
    }),
  );
  const p = table.position!;
  return {
    header: rows[0] ?? [],
    rows: rows.slice(1),
    range: {
      start: { line: p.start.line + shift, character: p.start.column - 1 },
      end: { line: p.end.line + shift, character: p.end.column - 1 },
    },
  };
}

/** The text of a cell's inline content, in order, without recursion. */
function cellText(cell: Nodes): string {
  let text = '';
  const stack: Nodes[] = [cell];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if ('value' in node && typeof node.value === 'string') text += node.value;
    else if ('children' in node) for (let k = node.children.length - 1; k >= 0; k--) stack.push(node.children[k] as Nodes);
  }
  return text;
}

/** Blocks whose text is code or styling, never prose. */
const RAW_HTML = /<(?:script|style|pre|code|textarea)\b/i;

/**
 * A top-level HTML block's text between tags is prose (`<summary><h5>148 more apps were updated</h5>`):
 * tags and comments are masked, lines with no text outside them are not prose. Returns false (and
 * leaves the block to the caller) for blocks that are code or styling, or nested in a container.
 */
function readHtmlBlockText(node: Nodes, shift: number, out: Collected): boolean {
  const p = (node as Positioned).position;
  const value = 'value' in node && typeof node.value === 'string' ? node.value : undefined;
  if (!p || value === undefined || p.start.column !== 1 || RAW_HTML.test(value)) return false;
  let line = p.start.line + shift;
  let column = 0;
  let tagStart = -1;
  let inComment = false;
  let hasText = false;
  let tags: Array<[number, number]> = [];
  const endLine = () => {
    if (tagStart >= 0) tags.push([tagStart, column]);
    if (hasText) out.masked.set(line, [...(out.masked.get(line) ?? []), ...tags]);
    else out.nonProseLines.add(line);
    tags = [];
    hasText = false;
    tagStart = inComment || tagStart >= 0 ? 0 : -1;
  };
  for (let i = 0; i < value.length; i++) {
    const ch = value[i];
    if (ch === '\n') {
      endLine();
      line++;
      column = 0;
      continue;
    }
    if (inComment) {
      if (ch === '>' && value[i - 1] === '-' && value[i - 2] === '-') {
        inComment = false;
        tags.push([tagStart, column + 1]);
        tagStart = -1;
      }
    } else if (tagStart >= 0) {
      if (ch === '>') {
        tags.push([tagStart, column + 1]);
        tagStart = -1;
      }
    } else if (ch === '<') {
      tagStart = column;
      inComment = value.startsWith('<!--', i);
    } else if (ch !== ' ' && ch !== '\t') {
      hasText = true;
    }
    column++;
  }
  endLine();
  return true;
}
