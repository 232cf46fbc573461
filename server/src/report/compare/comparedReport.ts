// From a parsed report to what `compareReports` takes: the server and the CLI build both sides
// (and the history) the same way.
import type { Range, Report, Section } from '../model';
import type { Metric } from '../metrics/types';
import { weekLabel } from '../series/weekPosition';
import type { ComparedReport, HistoryWeek } from './compareReports';
import { metricContextsInSteps, sectionChainFinder } from './metricContext';
import { isTargetSection, reportItems, type ReportItem } from './planResults';
import { runToEnd, type Steps } from '../base/steps';
import type { ReportRef } from './types';

export function reportRef(uri: string, report: Pick<Report, 'title' | 'week'>): ReportRef {
  const fileName = decodeSafely(uri.slice(uri.lastIndexOf('/') + 1));
  const ref: ReportRef = { uri, name: report.title?.trim() || fileName };
  const week = weekLabel(report.week);
  if (week) ref.week = week;
  return ref;
}

type ComparedParts = Pick<Report, 'title' | 'titleRange' | 'week' | 'sections' | 'listItems' | 'lines'>;

export function toComparedReport(uri: string, report: ComparedParts, metrics: Metric[]): ComparedReport {
  return runToEnd(toComparedReportInSteps(uri, report, metrics));
}

/** `toComparedReport` as steps (see base/steps.ts): the metrics' contexts are the long part. */
export function* toComparedReportInSteps(uri: string, report: ComparedParts, metrics: Metric[]): Steps<ComparedReport> {
  const paths = sectionPaths(report.sections, report.titleRange);
  yield;
  return {
    ref: reportRef(uri, report),
    metrics,
    contexts: yield* metricContextsInSteps(report, metrics),
    sections: paths.map((path) => path[path.length - 1]),
    sectionPaths: paths,
    items: scopedItems(report),
    lines: report.lines,
  };
}

/**
 * The report's list items, each marked plan (under 下周/Next week) or result, in the order written;
 * an item that is a section's title (`- 【下周计划】`) names the section and is no target of its own.
 */
function scopedItems(report: Pick<Report, 'sections' | 'listItems'>): ReportItem[] {
  const titleLines = titleLinesOf(report.sections, new Set());
  const items = report.listItems
    .filter((item) => !titleLines.has(item.range.start.line))
    .sort((a, b) => a.range.start.line - b.range.start.line);
  const chainAt = sectionChainFinder(report.sections);
  return reportItems(items, (line) => (chainAt(line).some((section) => isTargetSection(section.name)) ? 'plan' : 'result'));
}

/** A compared report as a week of another report's trend: the same metrics, contexts and sections. */
export function historyWeekOf(compared: ComparedReport): HistoryWeek {
  return {
    week: compared.ref.week ?? compared.ref.name,
    uri: compared.ref.uri,
    metrics: compared.metrics,
    contexts: compared.contexts,
    sections: compared.sections,
  };
}

export function toHistoryWeek(uri: string, report: ComparedParts, metrics: Metric[]): HistoryWeek {
  return runToEnd(toHistoryWeekInSteps(uri, report, metrics));
}

export function* toHistoryWeekInSteps(uri: string, report: ComparedParts, metrics: Metric[]): Steps<HistoryWeek> {
  const ref = reportRef(uri, report);
  return {
    week: ref.week ?? ref.name,
    uri,
    metrics,
    contexts: yield* metricContextsInSteps(report, metrics),
    sections: sectionNames(report.sections, report.titleRange),
  };
}

/**
 * Every section's name, outline order, nested ones included; not the title's (「第51周」 changes
 * every week and is no section that went missing).
 */
export function sectionNames(sections: readonly Section[], titleRange?: Range): string[] {
  return sectionPaths(sections, titleRange).map((path) => path[path.length - 1]);
}

/** Each section's path (its parents, then itself; the title left out), outline order. */
export function sectionPaths(sections: readonly Section[], titleRange?: Range): string[][] {
  const paths: string[][] = [];
  const visit = (list: readonly Section[], parents: string[]) => {
    for (const section of list) {
      const isTitle = !!titleRange && sameRange(section.selectionRange, titleRange);
      const path = isTitle ? parents : [...parents, section.name];
      if (!isTitle) paths.push(path);
      visit(section.children, path);
    }
  };
  visit(sections, []);
  return paths;
}

function sameRange(a: Range, b: Range): boolean {
  return (
    a.start.line === b.start.line &&
    a.start.character === b.start.character &&
    a.end.line === b.end.line &&
    a.end.character === b.end.character
  );
}

function decodeSafely(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** The lines of every section's title, nested ones included, added to `lines`. */
function titleLinesOf(sections: readonly Section[], lines: Set<number>): Set<number> {
  for (const section of sections) {
    lines.add(section.selectionRange.start.line);
    titleLinesOf(section.children, lines);
  }
  return lines;
}
