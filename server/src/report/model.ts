// The plain data the whole core shares. Positions are 0-based lines and UTF-16 code-unit
// characters, exactly as LSP counts them, so no layer above has to convert.
import type { BlockBudget } from './i18n';
import type { WeekNumbering } from './week';

export interface Position {
  line: number;
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

/** How a section was written: a Markdown heading, a 【bracketed】 or **bold** list item, or a lone 【title】 line. */
export type SectionKind = 'heading' | 'bracket-item' | 'bold-item' | 'bracket-line';

export interface Section {
  /** As the user wrote it, without `#`/`-` markup; 【】 kept. */
  name: string;
  kind: SectionKind;
  /** Heading depth 1–6; for list-item sections, 7 + list nesting depth. */
  level: number;
  /** The whole section: its title line to its last non-blank line. */
  range: Range;
  /** The title itself. */
  selectionRange: Range;
  children: Section[];
}

export type WeekSource = 'front-matter' | 'title' | 'created' | 'file-name';

export interface WeekInfo {
  /** ISO 8601 year and week (Monday-first), when known. */
  year?: number;
  week?: number;
  /** A date inside the week (YYYY-MM-DD) when known: the Created line, a dated file name. */
  date?: string;
  source: WeekSource;
  /** The numbering `week` was read with: the setting, or under `auto` the one chosen for this report. */
  numbering?: WeekNumbering;
  /** The Monday (YYYY-MM-DD) starting the week as read (`weekMonday`), when it can be placed. */
  monday?: string;
}

export interface ListItem {
  /** Text of the item's first line, without the bullet. */
  text: string;
  range: Range;
  /** 0 for a top-level list item. */
  depth: number;
}

/** One line of prose text (not code, not front matter, not HTML), where metrics are looked for. */
export interface ProseLine {
  line: number;
  text: string;
  /** Character ranges inside `text` that are code spans, link URLs or HTML: not prose. */
  masked: Array<[number, number]>;
  /**
   * `text` half-width with its masked ranges blanked (`maskRanges(toHalfWidth(text), masked)`), the
   * same length: what the date and prose rules scan. Made once here, not per rule and per lookup.
   */
  normalised: string;
  /** Index into `Report.sectionPath` flattening: the innermost section containing this line. */
  section?: Section;
}

export interface TableCell {
  text: string;
  range: Range;
}

export interface TableRow {
  cells: TableCell[];
}

export interface Table {
  header: TableCell[];
  rows: TableRow[];
  range: Range;
  section?: Section;
}

export interface PlainTextBlock {
  line: number;
  endLine: number;
  budget: BlockBudget;
  limit: number;
}

export interface Report {
  title?: string;
  titleRange?: Range;
  week?: WeekInfo;
  /** The week number the title states (`第51周` → 51), as written: rules compare it with the date. */
  titleWeek?: { year?: number; week: number };
  /** Line of the `Created: 2023年12月16日 08:02` line, when there is one. */
  createdLine?: number;
  frontMatter: Record<string, string>;
  /** Line of the closing `---` of the front matter, -1 when there is none. */
  frontMatterEndLine: number;
  /** Top-level sections; each holds its children. */
  sections: Section[];
  listItems: ListItem[];
  proseLines: ProseLine[];
  tables: Table[];
  lineCount: number;
  /**
   * Blocks read as plain text because they went over a parsing budget (nesting depth, line
   * length, table columns): no lists, quotes or tables were recognised in them.
   */
  plainTextBlocks?: PlainTextBlock[];
  /** True when the text reads as a weekly report (a week title, a Created line, or `type: weekly-report`). */
  looksLikeReport: boolean;
  /** The source lines (without line terminators). */
  lines: string[];
}
