// A line scan for the workspace index: section names, title and week of a report without a full
// Markdown parse, so indexing thousands of reports stays fast. Open documents use parseReport.
import { splitLines } from './text';
import { readFrontMatter } from './parse/frontMatter';
import { bracketTitle } from './parse/sections';
import { CREATED_LINE_SEARCH, detectWeek, detectWeekAuto, type WeekEvidence } from './parse/weekInfo';
import { readsAsReport } from './series/recognition';
import { countToldDoneAfter, isPlanSection } from './rules/dateMentions';
import type { WeekInfo } from './model';
import { toHalfWidth } from './text';
import type { WeekNumberingSetting } from './week';

/** Larger files are not indexed as reports (by the server or the CLI): a report is a few KB. */
export const MAX_INDEXED_FILE_BYTES = 5 * 1024 * 1024;

export interface ScannedSection {
  name: string;
  line: number;
  character: number;
  /** The heading it sits under, for workspace-symbol containers. */
  container?: string;
}

export interface OutlineScan {
  title?: string;
  week?: WeekInfo;
  looksLikeReport: boolean;
  frontMatter: Record<string, string>;
  sections: ScannedSection[];
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const ATX = /^ {0,3}(#{1,6})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/;
const LIST_ITEM = /^(\s*(?:[-*+]|\d{1,9}[.)])[ \t]+)(.*)$/;

export function scanOutline(text: string, fileName?: string, numbering: WeekNumberingSetting = 'first-day'): OutlineScan {
  const lines = splitLines(text);
  const fm = readFrontMatter(lines);
  const sections: ScannedSection[] = [];
  const headingStack: { depth: number; name: string; plan: boolean }[] = [];
  /** Whether a heading on the stack is about next week: its lines are plans, not done-dates. */
  let inPlanSection = false;
  let title: string | undefined;
  let fence: string | undefined;
  /**
   * Lines outside headings, code and next-week sections that hold a digit: where `auto` numbering
   * looks for done-dates. Kept as written and normalised only when the two numberings disagree.
   */
  const told: { line: number; text: string }[] = [];
  for (let i = fm.endLine + 1; i < lines.length; i++) {
    const line = lines[i];
    const f = FENCE.exec(line);
    if (fence) {
      if (f && f[1][0] === fence[0] && f[1].length >= fence.length) fence = undefined;
      continue;
    }
    if (f) {
      fence = f[1];
      continue;
    }
    const h = ATX.exec(line);
    if (h && h[2]) {
      const depth = h[1].length;
      while (headingStack.length && headingStack[headingStack.length - 1].depth >= depth) headingStack.pop();
      const container = headingStack[headingStack.length - 1]?.name;
      if (title === undefined && depth === 1) title = h[2];
      sections.push({ name: h[2], line: i, character: line.indexOf(h[2]), container });
      headingStack.push({ depth, name: h[2], plan: isPlanSection(h[2]) });
      inPlanSection = headingStack.some((open) => open.plan);
      continue;
    }
    const item = LIST_ITEM.exec(line);
    const bracket = item ? bracketTitle(item[2]) : undefined;
    if (numbering === 'auto' && !inPlanSection && mayHoldDate(line)) told.push({ line: i, text: line });
    if (item && bracket) {
      sections.push({ name: bracket.name, line: i, character: item[1].length, container: headingStack[headingStack.length - 1]?.name });
    }
  }
  title ??= sections[0]?.name;
  const evidence: Omit<WeekEvidence, 'numbering'> = {
    frontMatter: fm.values,
    title,
    headLines: lines.slice(fm.endLine + 1, fm.endLine + 1 + CREATED_LINE_SEARCH),
    fileName,
  };
  let toldHalfWidth: { line: number; text: string }[] | undefined;
  const detected =
    numbering === 'auto'
      ? detectWeekAuto(evidence, (weekEnd, createdLine) => {
          // As parseReport: the Created line is when the page was made, not something told as done.
          const created = createdLine === undefined ? -1 : fm.endLine + 1 + createdLine;
          toldHalfWidth ??= told.map((t) => ({ line: t.line, text: toHalfWidth(t.text) }));
          return countToldDoneAfter(
            toldHalfWidth.filter((t) => t.line !== created),
            weekEnd,
            weekEnd,
          );
        })
      : detectWeek({ ...evidence, numbering });
  return {
    title,
    week: detected.week,
    frontMatter: fm.values,
    sections,
    looksLikeReport: readsAsReport({ frontMatter: fm.values, title, titleWeek: detected.titleWeek, fileName }),
  };
}

/** A date is written with digits, half-width or full-width (`１２月２１日`): a line without one holds none. */
function mayHoldDate(line: string): boolean {
  return /[0-9\uff10-\uff19]/.test(line);
}
