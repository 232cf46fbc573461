// A section whose text changed is parsed in sub-pieces: a week's report changes a figure in one
// list item, and the section's other items and blocks are parsed already. The sub-trees are
// stitched back into the one tree parsing the whole section gives (tests/unit/model/
// subPieces.test.ts compares them on fuzzed documents, every fixture and the corpus). Cuts are
// made only where the whole text surely reads the line the same way; anything else leaves the rest
// of the section in one piece.
import type { List, Nodes, Root, RootContent } from 'mdast';

/** Where a sub-piece starts (a line of the section), and how its first node joins the tree before it. */
export interface SubPieceCut {
  line: number;
  /** The next item of the top-level list the piece before ends in: its list's items join that list. */
  sibling: boolean;
  /** A blank line right before the cut: between two items, it makes their list loose (`spread`). */
  afterBlank: boolean;
}

/** A top-level list item with text after its marker: group 1 the marker, group 2 the spaces after it. */
const ITEM_WITH_TEXT = /^([-*+]|\d{1,9}[.)])( {1,4})(?=[^ ])/;
/** A list marker however its item goes on: one without text or with code after it is left alone. */
const MARKER = /^(?:[-*+]|\d{1,9}[.)])(?: |$)/;
const THEMATIC_BREAK = /^(?:(?:- *){3,}|(?:\* *){3,}|(?:_ *){3,})$/;
const ATX_HEADING = /^ {0,3}#{1,6}(?: |$)/;
const BLANK = /^ *$/;
/**
 * Lines whose blocks take in later lines by rules of their own (fenced code, HTML blocks over blank
 * lines), behind any quote or list markers; and link definitions, which the whole section sees.
 */
const UNCUTTABLE_LINE = /^[ >*+\-\d.)]*(?:`{3}|~{3}|<)|\]:|[\t\ufeff]/;
/** Top-level list markers `-`, `*`, `+` may start a list inside a paragraph; of ordered ones only `1.`/`1)`. */
const INTERRUPTING_ITEM = /^(?:[-*+]|1[.)])/;

interface OpenList {
  /** `-`, `*`, `+`, `.` or `)`: an item with another marker starts another list. */
  marker: string;
  /** The latest item's content column: a line indented less has left the item. */
  contentColumn: number;
}

/**
 * The cuts of a section's lines, `[]` when it stays whole. Only at column 0: the next item of an
 * open top-level list (a same-marker item is always its sibling, whatever the item holds), or a
 * block after a blank line where no list is open or the list surely closes (a line at column 0
 * after a blank line leaves every item). Tabs (columns), byte order marks (micromark drops one at a
 * piece's start), fences, HTML and definitions keep a section whole;
 * a line that may be lazy, an indented block outside a list or another list's marker stops cutting.
 */
export function findSubPieceCuts(lines: readonly string[]): SubPieceCut[] {
  const cuts: SubPieceCut[] = [];
  for (const line of lines) if (UNCUTTABLE_LINE.test(line)) return cuts;
  let list: OpenList | undefined;
  let afterBlank = true;
  // A top-level line with a `|` may be a table's row: an item right after it is left alone.
  let tableLike = false;
  // The heading stays with the block after it: a piece of its own would cost a parse's setup.
  let blockSeen = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (BLANK.test(line)) {
      afterBlank = true;
      continue;
    }
    if (i === 0 && ATX_HEADING.test(line)) {
      afterBlank = false;
      continue;
    }
    const item = ITEM_WITH_TEXT.exec(line);
    const thematicBreak = THEMATIC_BREAK.test(line);
    if (!item && !thematicBreak && MARKER.test(line)) return cuts;
    if (item && !thematicBreak) {
      const opened = { marker: item[1][item[1].length - 1], contentColumn: item[1].length + item[2].length };
      if (list !== undefined) {
        if (list.marker !== opened.marker) return cuts;
        cuts.push({ line: i, sibling: true, afterBlank });
      } else if (afterBlank) {
        if (blockSeen) cuts.push({ line: i, sibling: false, afterBlank });
      } else if (tableLike || !INTERRUPTING_ITEM.test(line)) {
        return cuts;
      }
      list = opened;
      tableLike = false;
    } else if (line[0] !== ' ') {
      if (afterBlank) {
        if (blockSeen) cuts.push({ line: i, sibling: false, afterBlank });
        list = undefined;
        tableLike = false;
      } else if (list !== undefined) {
        return cuts;
      }
      tableLike ||= line.includes('|');
    } else if (list === undefined || /^ */.exec(line)![0].length < list.contentColumn) {
      return cuts;
    }
    afterBlank = false;
    blockSeen = true;
  }
  return cuts;
}

/** One sub-piece's tree and where its text starts in the section. */
export interface PlacedTree {
  tree: Root;
  cut: SubPieceCut;
  /** UTF-16 offset of the piece's first character in the section's text. */
  offset: number;
}

/**
 * The sub-trees as one tree: positions moved to the section's lines and offsets (a piece starts at
 * a line start: columns stay), a list continued across a cut one list. `undefined` when a piece
 * does not read as expected (a sibling cut not between two lists of one kind): the caller parses
 * the section whole.
 */
export function stitchSubTrees(pieces: readonly PlacedTree[]): Root | undefined {
  const children: RootContent[] = [];
  // Whether the last child is a list this stitch copied: pieces' nodes (moved or not) are shared
  // with the caches and never changed.
  let lastIsCopy = false;
  for (const { tree, cut, offset } of pieces) {
    const moved = cut.line === 0 ? tree.children : movedChildren(tree, cut.line, offset);
    let from = 0;
    if (cut.sibling) {
      const before = children[children.length - 1];
      const after = moved[0];
      if (before?.type !== 'list' || after?.type !== 'list' || before.ordered !== after.ordered) return undefined;
      const list = lastIsCopy ? before : { ...before, children: [...before.children] };
      joinLists(list, after, cut.afterBlank);
      children[children.length - 1] = list;
      from = 1;
    }
    for (let k = from; k < moved.length; k++) children.push(moved[k]);
    if (moved.length > from) lastIsCopy = false;
    else lastIsCopy ||= cut.sibling;
  }
  const first = pieces[0].tree.position!;
  const last = pieces[pieces.length - 1];
  const end = last.tree.position!.end;
  return {
    type: 'root',
    children,
    position: {
      start: { ...first.start },
      end: { line: end.line + last.cut.line, column: end.column, offset: end.offset! + last.offset },
    },
  };
}

/**
 * `after`'s items appended to `before`. The list is loose when either was, or when a blank line
 * separates the two items (as mdast-util-from-markdown's `prepareList` finds two line endings in
 * an item's tail); each item keeps its own `spread`.
 */
function joinLists(before: List, after: List, afterBlank: boolean): void {
  for (const item of after.children) before.children.push(item);
  before.spread = before.spread || after.spread || afterBlank;
  before.position = { start: before.position!.start, end: after.position!.end };
}

/**
 * The last place each sub-tree was moved to, with its moved nodes: a section changed in one item
 * keeps the other items where they were (same line, same offset), and stitched trees share what
 * they do not change.
 */
const lastMoved = new WeakMap<Root, { lines: number; offset: number; children: RootContent[] }>();

function movedChildren(tree: Root, lines: number, offset: number): RootContent[] {
  const last = lastMoved.get(tree);
  if (last !== undefined && last.lines === lines && last.offset === offset) return last.children;
  const children = tree.children.map((node) => moveNode(node, lines, offset));
  lastMoved.set(tree, { lines, offset, children });
  return children;
}

/** A copy of a node with its positions moved down `lines` lines and on `offset` characters. */
function moveNode<T extends Nodes>(node: T, lines: number, offset: number): T {
  const copy = { ...node };
  const position = node.position;
  if (position) {
    const { start, end } = position;
    copy.position = {
      start: { line: start.line + lines, column: start.column, offset: start.offset! + offset },
      end: { line: end.line + lines, column: end.column, offset: end.offset! + offset },
    };
  }
  if ('children' in node) (copy as { children: Nodes[] }).children = node.children.map((child: Nodes) => moveNode(child, lines, offset));
  return copy;
}
