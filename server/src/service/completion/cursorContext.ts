// What the user is typing at the cursor, read from the line text before it: a section title
// (`## `, `【`, `- 【`, `##`), the start of a line's content (a metric label), or nothing we help with.
import type { Range } from '../../report/model';

export type CursorContext =
  /** After `## `: the section name follows the heading marker. */
  | { kind: 'heading'; replace: Range; typedBracket: boolean }
  /** `- 【` or a lone `【`: a bracketed title. */
  | { kind: 'bracket'; replace: Range }
  /** `##` with no space yet: the whole marker is replaced by `## name`. */
  | { kind: 'hashes'; replace: Range; hashes: string }
  /** The start of a line's content, possibly after a list marker: a label being typed. */
  | { kind: 'line-start'; replace: Range; hasMarker: boolean }
  | { kind: 'none' };

const HASHES = /^(\s{0,3})(#{1,6})$/;
const HEADING = /^(\s{0,3}#{1,6}[ \t]+)(.*)$/;
const BRACKET = /^(\s*(?:(?:[-*+]|\d{1,9}[.)])[ \t]+)?)(【[^】]*)$/;
const LINE_START = /^(\s*(?:(?:[-*+]|\d{1,9}[.)])[ \t]+(?:\[[ xX]\][ \t]+)?)?)([^:：#【]*)$/;
/** Longer than this, what is before the cursor is a sentence, not a label being typed. */
const MAX_LABEL = 40;

export function cursorContext(lineText: string, line: number, character: number): CursorContext {
  const before = lineText.slice(0, Math.max(0, Math.min(character, lineText.length)));
  const range = (start: number, end = before.length): Range => ({ start: { line, character: start }, end: { line, character: end } });
  // An auto-closed `】` right after the cursor is part of what the completion replaces.
  const closing = lineText[before.length] === '】' ? 1 : 0;

  const hashes = HASHES.exec(before);
  if (hashes) return { kind: 'hashes', replace: range(hashes[1].length), hashes: hashes[2] };
  const heading = HEADING.exec(before);
  if (heading) {
    if (heading[2].includes('】')) return { kind: 'none' };
    return { kind: 'heading', replace: range(heading[1].length, before.length + closing), typedBracket: heading[2].startsWith('【') };
  }
  const bracket = BRACKET.exec(before);
  if (bracket) return { kind: 'bracket', replace: range(bracket[1].length, before.length + closing) };
  const start = LINE_START.exec(before);
  if (start && start[2].length <= MAX_LABEL && !/\d/.test(start[2])) {
    return { kind: 'line-start', replace: range(start[1].length), hasMarker: start[1].trim().length > 0 };
  }
  return { kind: 'none' };
}
