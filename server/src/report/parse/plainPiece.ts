// The tree of a piece made only of plain lines, built without micromark: a week's changed pieces
// are mostly a title with its `Created:` line or one list item of prose, and a micromark parse
// costs tens of microseconds of setup for each however small. Anything not surely plain is left
// to micromark (`undefined`); tests/unit/model/plainPiece.test.ts compares both on generated,
// shaped, fixture and corpus pieces.
import type { Heading, List, ListItem, Paragraph, Root, RootContent, Text } from 'mdast';

/**
 * Prose with nothing Markdown reads in it: no ASCII punctuation that may start inline syntax
 * (emphasis, code, links, HTML, entities, escapes, tables), no tab or NUL, no space at either end
 * (a hard break, an indent), and a first character that cannot open a block (a marker, a quote,
 * a heading, a setext or thematic line), after digits only if they cannot number an item.
 */
const PLAIN = /^\d*[^\s\x00-\x40\x5b-\x60\x7b-\x7f](?:[^\t\x00\\`*_[\]<>&!~|]*[^\s\\`*_[\]<>&!~|\x00])?$/;
const ATX = /^(#{1,6}) (?=[^ ])/;

interface Point {
  line: number;
  column: number;
  offset: number;
}

/** A plain piece's tree, or `undefined` when the piece holds anything but plain lines in plain blocks. */
export function readPlainPiece(text: string): Root | undefined {
  const lines = text.split('\n');
  const children: RootContent[] = [];
  let offset = 0;
  // The list being built and whether a blank line came after its last item (it may not go on).
  let list: List | undefined;
  let paragraph: Paragraph | undefined;
  let blankAfter = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const start: Point = { line: i + 1, column: 1, offset };
    const end: Point = { line: i + 1, column: line.length + 1, offset: offset + line.length };
    offset += line.length + 1;
    if (line === '') {
      if (i === 0) return undefined;
      paragraph = undefined;
      blankAfter = true;
      continue;
    }
    const heading = i === 0 ? ATX.exec(line) : null;
    if (heading) {
      const content = line.slice(heading[0].length);
      if (!PLAIN.test(content) || content.includes('#')) return undefined;
      const node: Heading = {
        type: 'heading',
        depth: heading[1].length as Heading['depth'],
        children: [textNode(content, at(start, heading[0].length), end)],
        position: { start, end },
      };
      children.push(node);
      continue;
    }
    if (line.startsWith('- ')) {
      const content = line.slice(2);
      // A blank line between two items makes the list loose: left to micromark.
      if (!PLAIN.test(content) || (list && blankAfter)) return undefined;
      const contentStart = at(start, 2);
      const item: ListItem = {
        type: 'listItem',
        spread: false,
        checked: null,
        children: [{ type: 'paragraph', children: [textNode(content, contentStart, end)], position: { start: contentStart, end } }],
        position: { start, end },
      };
      if (list) {
        list.children.push(item);
        list.position!.end = end;
      } else {
        list = { type: 'list', ordered: false, start: null, spread: false, children: [item], position: { start, end } };
        children.push(list);
      }
      paragraph = undefined;
      blankAfter = false;
      continue;
    }
    // A line right after an item would go on the item's paragraph (lazily): left to micromark.
    if (!PLAIN.test(line) || (list && !blankAfter)) return undefined;
    list = undefined;
    blankAfter = false;
    if (paragraph) {
      const words = paragraph.children[0] as Text;
      words.value += `\n${line}`;
      words.position!.end = end;
      paragraph.position!.end = end;
    } else {
      paragraph = { type: 'paragraph', children: [textNode(line, start, end)], position: { start, end } };
      children.push(paragraph);
    }
  }
  const last = lines[lines.length - 1];
  return {
    type: 'root',
    children,
    position: { start: { line: 1, column: 1, offset: 0 }, end: { line: lines.length, column: last.length + 1, offset: text.length } },
  };
}

function at(point: Point, columns: number): Point {
  return { line: point.line, column: point.column + columns, offset: point.offset + columns };
}

function textNode(value: string, start: Point, end: Point): Text {
  return { type: 'text', value, position: { start, end: { ...end } } };
}
