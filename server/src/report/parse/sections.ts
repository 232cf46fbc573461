// The section tree: Markdown headings and bracketed titles (【…】 or **…** at the start of a list
// item, or a 【…】 line on its own) nested by their real structure.
import type { Range, Section, SectionKind } from '../model';
import type { Collected } from './collect';

interface SectionStart {
  name: string;
  kind: SectionKind;
  level: number;
  line: number;
  selectionRange: Range;
  /** List items end where the item ends; headings run to the next heading at their level. */
  fixedEnd?: { line: number; character: number };
}

const LIST_LEVEL_BASE = 7;
const BRACKET_LINE_LEVEL = 7;

const ATX = /^( {0,3})(#{1,6})(?:[ \t]+|$)(.*?)(?:[ \t]+#+)?[ \t]*$/;
const LIST_MARKER = /^(\s*)(?:[-*+]|\d{1,9}[.)])[ \t]+(?:\[[ xX]\][ \t]+)?/;
const BRACKET_TITLE = /^【[^】\n]{1,80}】/;
const BOLD_TITLE = /^(\*\*|__)([^*_\n]{1,80}?)\1/;

/**
 * Inline HTML in a heading (`<span class=x></span>`, `<a name="top"></a>`) is markup, not part of
 * the section's name: weeks that differ only in such anchors must name the same section.
 */
const INLINE_TAG = /<\/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>\n]{0,200})?\/?>/g;
const LEADING_TAGS = /^(?:\s*<\/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>\n]{0,200})?\/?>)+\s*/;
const TRAILING_TAGS = /\s*(?:<\/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>\n]{0,200})?\/?>\s*)+$/;

/** The heading's name as read, and the span of the source it shows in (for the selection range). */
function headingName(lineText: string): { name: string; start: number; length: number } {
  const m = ATX.exec(lineText);
  if (!m) return { name: lineText.trim(), start: lineText.length - lineText.trimStart().length, length: lineText.trim().length };
  const written = m[3].trim();
  const start = lineText.indexOf(written, m[1].length + m[2].length);
  const name = written.replace(INLINE_TAG, '').replace(/\s+/g, ' ').trim();
  if (name === written || !name) return { name: written, start, length: written.length };
  const lead = LEADING_TAGS.exec(written)?.[0].length ?? 0;
  const trail = TRAILING_TAGS.exec(written.slice(lead))?.[0].length ?? 0;
  return { name, start: start + lead, length: written.length - lead - trail };
}

/** A bracketed or bold title at `text`'s start: the section name as the user wrote it. */
export function bracketTitle(text: string): { name: string; kind: 'bracket' | 'bold' } | undefined {
  const bracket = BRACKET_TITLE.exec(text);
  if (bracket) return { name: bracket[0], kind: 'bracket' };
  const bold = BOLD_TITLE.exec(text);
  if (bold && bold[2].trim()) return { name: bold[2].trim(), kind: 'bold' };
  return undefined;
}

/**
 * A bold lead-in followed by prose on the same line (`* **远程** - 全职…`, `- **Modularity** - Clean
 * up…`) is the start of a sentence, not a section title: a bold title stands alone on its line, or
 * is followed only by a colon.
 */
function isLeadIn(itemText: string): boolean {
  const bold = BOLD_TITLE.exec(itemText);
  if (!bold) return false;
  const after = itemText.slice(bold[0].length).replace(/^[\s:：]+/, '');
  return /[\p{L}\p{N}]/u.test(after);
}

function lineRange(line: number, start: number, length: number): Range {
  return { start: { line, character: start }, end: { line, character: start + length } };
}

function collectStarts(lines: string[], blocks: Collected): SectionStart[] {
  const starts: SectionStart[] = [];
  for (const h of blocks.headings) {
    const text = lines[h.line] ?? '';
    const isSetext = !ATX.test(text);
    const { name, start, length } = headingName(text);
    if (!name) continue;
    starts.push({
      name: isSetext ? text.trim() : name,
      kind: 'heading',
      level: h.depth,
      line: h.line,
      selectionRange: lineRange(h.line, Math.max(0, start), length),
    });
  }
  for (const item of blocks.listItems) {
    const text = lines[item.line] ?? '';
    const marker = LIST_MARKER.exec(text);
    if (!marker) continue;
    const rest = text.slice(marker[0].length);
    const title = bracketTitle(rest);
    if (!title || (title.kind === 'bold' && isLeadIn(rest))) continue;
    const nameStart = text.indexOf(title.name, marker[0].length);
    starts.push({
      name: title.name,
      kind: title.kind === 'bracket' ? 'bracket-item' : 'bold-item',
      level: LIST_LEVEL_BASE + 1 + item.depth,
      line: item.line,
      selectionRange: lineRange(item.line, nameStart, title.name.length),
      fixedEnd: { line: item.endLine, character: item.endCharacter },
    });
  }
  for (const p of blocks.paragraphs) {
    if (p.line !== p.endLine) continue;
    const text = lines[p.line] ?? '';
    const trimmed = text.trim();
    const title = BRACKET_TITLE.exec(trimmed);
    if (!title || title[0].length !== trimmed.length) continue;
    starts.push({
      name: trimmed,
      kind: 'bracket-line',
      level: BRACKET_LINE_LEVEL,
      line: p.line,
      selectionRange: lineRange(p.line, text.indexOf(trimmed), trimmed.length),
    });
  }
  return starts.sort((a, b) => a.line - b.line || a.level - b.level);
}

function lastContentLine(lines: string[], from: number, to: number): number {
  let end = to;
  while (end > from && !(lines[end] ?? '').trim()) end--;
  return end;
}

interface Open {
  start: SectionStart;
  section: Section;
}

export function buildSections(lines: string[], blocks: Collected, lastLine: number): Section[] {
  const roots: Section[] = [];
  const stack: Open[] = [];
  const close = (open: Open, nextLine: number) => {
    if (open.start.fixedEnd) {
      open.section.range.end = { ...open.start.fixedEnd };
      return;
    }
    const endLine = lastContentLine(lines, open.start.line, nextLine - 1);
    open.section.range.end = { line: endLine, character: (lines[endLine] ?? '').length };
  };
  for (const start of collectStarts(lines, blocks)) {
    while (stack.length) {
      const top = stack[stack.length - 1];
      const endedByStructure = top.start.fixedEnd !== undefined && top.start.fixedEnd.line < start.line;
      if (top.start.level < start.level && !endedByStructure) break;
      close(top, start.line);
      stack.pop();
    }
    const section: Section = {
      name: start.name,
      kind: start.kind,
      level: start.level,
      range: { start: { line: start.line, character: 0 }, end: { line: start.line, character: 0 } },
      selectionRange: start.selectionRange,
      children: [],
    };
    (stack.length ? stack[stack.length - 1].section.children : roots).push(section);
    stack.push({ start, section });
  }
  while (stack.length) close(stack.pop()!, lastLine + 1);
  return roots;
}
