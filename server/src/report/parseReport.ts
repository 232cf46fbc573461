// parse → model: the one entry point that turns report text into the plain `Report`.
import type { ListItem, ProseLine, Report, Section, Table } from './model';
import { splitLines } from './text';
import { maskRanges, toHalfWidth } from './metrics/text';
import { readFrontMatter } from './parse/frontMatter';
import { BlockCache, parseChunks } from './parse/chunks';
import { collectBlocks } from './parse/collect';
import { buildSections } from './parse/sections';
import {
  CREATED_LINE_SEARCH,
  detectWeekAuto,
  readWeekEvidence,
  weekFromReading,
  type DetectedWeek,
  type WeekEvidence,
} from './parse/weekInfo';
import { readsAsReport } from './series/recognition';
import { holdsManyWeeks } from './journal/recognizeJournal';
import { countToldDoneAfter, datedProse, type DatedLine } from './rules/dateMentions';
import type { WeekNumberingSetting } from './week';

export interface ParseOptions {
  /** The file's name or path: a week may be read from it (`2023-W51.md`). */
  fileName?: string;
  /** `auto` picks, per report, the numbering its done-dates fit (see `detectWeekAuto`). */
  weekNumbering?: WeekNumberingSetting;
  /** The document's block cache from its previous parse: an edit then re-parses only the blocks it touched. */
  blocks?: BlockCache;
}

const LIST_MARKER = /^\s*(?:[-*+]|\d{1,9}[.)])[ \t]+(?:\[[ xX]\][ \t]+)?/;

export function parseReport(text: string, options: ParseOptions = {}): Report {
  const lines = splitLines(blankByteOrderMark(text));
  const frontMatter = readFrontMatter(lines);
  const bodyStart = frontMatter.endLine + 1;
  const chunks = parseChunks(lines, bodyStart, options.blocks);
  const blocks = collectBlocks(chunks);
  const sections = buildSections(lines, blocks, lines.length - 1);

  const titleSection = findTitle(sections, lines, bodyStart);
  const title = titleSection?.name;
  const evidence: Omit<WeekEvidence, 'numbering'> = {
    frontMatter: frontMatter.values,
    title,
    headLines: lines.slice(bodyStart, bodyStart + CREATED_LINE_SEARCH),
    fileName: options.fileName,
  };
  const numbering = options.weekNumbering ?? 'first-day';
  const reading = readWeekEvidence(evidence);
  let detected: DetectedWeek = weekFromReading(reading, numbering === 'auto' ? 'first-day' : numbering);

  const flat = flatten(sections);
  const listItems: ListItem[] = blocks.listItems.map((item) => {
    const lineText = lines[item.line] ?? '';
    const marker = LIST_MARKER.exec(lineText);
    return {
      text: marker ? lineText.slice(marker[0].length).trim() : lineText.trim(),
      depth: item.depth,
      range: { start: { line: item.line, character: 0 }, end: { line: item.endLine, character: item.endCharacter } },
    };
  });

  const proseLines: ProseLine[] = [];
  const sectionAt = innermostSectionFinder(flat);
  for (let line = bodyStart; line < lines.length; line++) {
    const lineText = lines[line];
    if (!lineText.trim() || blocks.nonProseLines.has(line)) continue;
    const masked = withBareUrls(lineText, blocks.masked.get(line) ?? []);
    proseLines.push({ line, text: lineText, masked, normalised: maskRanges(toHalfWidth(lineText), masked), section: sectionAt(line) });
  }

  const tableSectionAt = innermostSectionFinder(flat);
  const tables: Table[] = blocks.tables.map((t) => ({
    header: t.header,
    rows: t.rows.map((cells) => ({ cells })),
    range: t.range,
    section: tableSectionAt(t.range.start.line),
  }));

  if (numbering === 'auto') {
    const createdLine = detected.createdLine === undefined ? undefined : bodyStart + detected.createdLine;
    // Gathered only when the two numberings disagree on the week: most reports never need it.
    let prose: DatedLine[] | undefined;
    const toldDoneAfter = (weekEnd: string) => {
      prose ??= datedProse({ proseLines, sections, createdLine, titleRange: titleSection?.selectionRange });
      return countToldDoneAfter(prose, weekEnd, weekEnd);
    };
    detected = detectWeekAuto(evidence, toldDoneAfter, reading);
  }

  return {
    title,
    titleRange: titleSection?.selectionRange,
    week: detected.week,
    titleWeek: detected.titleWeek,
    createdLine: detected.createdLine === undefined ? undefined : bodyStart + detected.createdLine,
    frontMatter: frontMatter.values,
    frontMatterEndLine: frontMatter.endLine,
    sections,
    listItems,
    proseLines,
    tables,
    lineCount: lines.length,
    plainTextBlocks: blocks.plainTextBlocks,
    looksLikeReport:
      readsAsReport({ frontMatter: frontMatter.values, title, titleWeek: detected.titleWeek, fileName: options.fileName }) ||
      holdsManyWeeks(sections),
    lines,
  };
}

const BARE_URL = /\b(?:https?:\/\/|www\.)[^\s<>()（）\u3000-\u303f\uff01-\uff5e]+/gi;

/** Bare URLs (`https://x/y?rate=50%`) are not prose either, though Markdown does not mark them. */
function withBareUrls(text: string, masked: Array<[number, number]>): Array<[number, number]> {
  if (!text.includes('http') && !text.includes('www.')) return masked;
  const out = [...masked];
  for (const m of text.matchAll(BARE_URL)) out.push([m.index, m.index + m[0].length]);
  return out;
}

/**
 * A level-1 heading, else the first heading when it opens the report (nothing but blank lines
 * between the front matter and it). A `## Planning and Status` after the opening prose is a
 * section like the others, not the title.
 */
function findTitle(sections: Section[], lines: readonly string[], bodyStart: number): Section | undefined {
  const headings = flatten(sections).filter((s) => s.kind === 'heading');
  const levelOne = headings.find((s) => s.level === 1);
  if (levelOne) return levelOne;
  const first = headings[0];
  return first && lines.slice(bodyStart, first.range.start.line).every((line) => !line.trim()) ? first : undefined;
}

/** Every section, parents before children, in document order. */
export function flatten(sections: Section[]): Section[] {
  const out: Section[] = [];
  const visit = (list: Section[]) => {
    for (const s of list) {
      out.push(s);
      visit(s.children);
    }
  };
  visit(sections);
  return out;
}

/**
 * Lines must be asked in ascending order. Sections nest, so a stack of open sections finds each line's
 * innermost section in linear time overall.
 */
export function innermostSectionFinder(flat: Section[]): (line: number) => Section | undefined {
  const open: Section[] = [];
  let next = 0;
  return (line: number) => {
    const popEnded = () => {
      while (open.length && open[open.length - 1].range.end.line < line) open.pop();
    };
    popEnded();
    while (next < flat.length && flat[next].range.start.line <= line) {
      open.push(flat[next++]);
      popEnded();
    }
    return open[open.length - 1];
  };
}

/**
 * An editor may send a UTF-8 BOM as the document's first character. It becomes a space, not
 * nothing: positions on the first line stay those of the document, and ` # Title` is a heading.
 */
function blankByteOrderMark(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? ` ${text.slice(1)}` : text;
}
