// This week's report → next week's starting text: the same sections in the same order, the plan
// moved into key work, figures kept with their labels but their values to fill in, this week's
// one-off content (incidents, other, reflections) cleared down to the headings.
import type { Metric } from '../metrics/types';
import type { Report, Section } from '../model';
import { sectionRole, type SectionRole } from '../template/sectionNames';
import type { WeekNumbering } from '../week';
import { carriedItemLines } from './carriedItems';
import { rewriteFrontMatterLine } from './frontMatter';
import { rewriteMetricLine, type NextValues } from './metricLine';
import { reportWeek, shiftFor } from './reportWeek';
import { shiftWeekText } from './weekShift';

export interface NextReportOptions {
  /** The metrics of `report` (from metric extraction): their values become placeholders. */
  metrics: readonly Metric[];
  /** `placeholder` (default setting): `XX` to fill in; `last-week`: this week's values stay. */
  values: NextValues;
  numbering: WeekNumbering;
  /** `YYYY-MM-DD`; the week to count from when the report states none. */
  today?: string;
  /** This week's file name: a `previous:` front matter key is pointed at it. */
  fileName?: string;
  /** How many weeks on the new report is (default 1; more after a week without a report). */
  weeks?: number;
}

/** Sections whose content is this week's alone: next week keeps only their titles. */
const CLEARED_ROLES: ReadonlySet<SectionRole> = new Set(['key-work', 'next-week', 'incidents', 'other', 'reflections']);

/** A short label ending in a colon (`支付成功率：`) introduces the figures below it: kept. */
const LABEL_LINE = /^\s*(?:[-*+]\s+)?[^\s:：][^:：]{0,40}[:：]\s*$/;

interface SectionInfo {
  section: Section;
  role?: SectionRole;
  /** The nearest enclosing (or own) role, the title excluded. */
  inheritedRole?: SectionRole;
}

function describeSections(report: Report): SectionInfo[] {
  const titleLine = report.titleRange?.start.line;
  const out: SectionInfo[] = [];
  const visit = (sections: Section[], inherited: SectionRole | undefined) => {
    for (const section of sections) {
      const role = section.selectionRange.start.line === titleLine ? undefined : sectionRole(section.name);
      out.push({ section, role, inheritedRole: role ?? inherited });
      visit(section.children, role ?? inherited);
    }
  };
  visit(report.sections, undefined);
  return out;
}

function innermostAt(infos: SectionInfo[], line: number): SectionInfo | undefined {
  let found: SectionInfo | undefined;
  for (const info of infos) {
    const { start, end } = info.section.range;
    if (start.line <= line && line <= end.line && (!found || info.section.level >= found.section.level)) found = info;
  }
  return found;
}

/** Only the title of a cleared section: `- 【其他】 and text` keeps `- 【其他】`. */
function titleOnly(report: Report, section: Section): string {
  const line = report.lines[section.range.start.line] ?? '';
  return section.kind === 'heading' ? line : line.slice(0, section.selectionRange.end.character);
}

function collapseBlankLines(lines: string[]): string[] {
  const out: string[] = [];
  for (const line of lines) {
    const blank = !line.trim();
    if (blank && (out.length === 0 || !out[out.length - 1].trim())) continue;
    out.push(blank ? '' : line);
  }
  while (out.length && !out[out.length - 1].trim()) out.pop();
  return out;
}

export function buildNextReport(report: Report, options: NextReportOptions): string {
  const shift = shiftFor(report, options.weeks ?? 1, options.numbering, options.today);
  const week = reportWeek(report, options.numbering, options.today);
  const infos = describeSections(report);
  const keyWork = infos.find((i) => i.role === 'key-work')?.section;
  const plan = infos.find((i) => i.role === 'next-week')?.section;
  // Without a key-work section to move it into, the plan stays where it is rather than be lost.
  const cleared = infos.filter((i) => i.role && CLEARED_ROLES.has(i.role) && !(i.role === 'next-week' && !keyWork));
  const carried = keyWork && plan ? carriedItemLines(report, plan, keyWork) : [];

  const dropped = new Set<number>();
  for (const { section } of cleared) {
    for (let line = section.range.start.line + 1; line <= section.range.end.line; line++) dropped.add(line);
  }
  const clearedTitles = new Map(cleared.map(({ section }) => [section.range.start.line, section]));
  const sectionStarts = new Set(infos.map((i) => i.section.range.start.line));
  const listStarts = new Set(report.listItems.map((item) => item.range.start.line));
  const proseLines = new Set(report.proseLines.map((p) => p.line));
  const metricsByLine = new Map<number, Metric[]>();
  for (const metric of options.metrics) {
    const line = metric.valueRange.start.line;
    metricsByLine.set(line, [...(metricsByLine.get(line) ?? []), metric]);
  }
  const firstBodySection = Math.min(
    ...infos.filter((i) => i.section.selectionRange.start.line !== report.titleRange?.start.line).map((i) => i.section.range.start.line),
  );

  const rewriteBodyLine = (line: number, text: string): string | undefined => {
    const metrics = metricsByLine.get(line) ?? [];
    const inFigures = innermostAt(infos, line)?.inheritedRole === 'metrics';
    const isItem = listStarts.has(line) || metrics.length > 0;
    if (!text.trim() || sectionStarts.has(line) || !proseLines.has(line) || isItem || line < firstBodySection) {
      return metrics.length ? rewriteMetricLine(text, metrics, options.values, inFigures && proseLines.has(line)) : text;
    }
    return LABEL_LINE.test(text) ? text : undefined; // narrative prose: written fresh next week
  };

  const out: string[] = [];
  report.lines.forEach((text, line) => {
    if (line > 0 && line < report.frontMatterEndLine) {
      out.push(rewriteFrontMatterLine(text, { shift, week, numbering: options.numbering, fileName: options.fileName }));
    } else if (line <= report.frontMatterEndLine) {
      out.push(text);
    } else if (line === report.titleRange?.start.line || line === report.createdLine) {
      out.push(shiftWeekText(text, shift).text);
    } else if (dropped.has(line)) {
      return;
    } else if (clearedTitles.has(line)) {
      out.push(titleOnly(report, clearedTitles.get(line)!));
    } else {
      const rewritten = rewriteBodyLine(line, text);
      if (rewritten !== undefined) out.push(rewritten);
    }
    if (keyWork && line === keyWork.range.start.line && carried.length) {
      // Under a heading the items form their own block; under a list item they nest tightly.
      out.push(...(keyWork.kind === 'bracket-item' || keyWork.kind === 'bold-item' ? carried : ['', ...carried, '']));
    }
  });
  return `${collapseBlankLines(out).join('\n')}\n`;
}
