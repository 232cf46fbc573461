// From a parsed report to what `compareReports` takes: the server and the CLI build both sides
// (and the history) the same way.
import type { Range, Report, Section } from '../model';
import type { Metric } from '../metrics/types';
import { weekLabel } from '../series/weekPosition';
import type { ComparedReport, HistoryWeek } from './compareReports';
import type { ReportRef } from './types';

export function reportRef(uri: string, report: Pick<Report, 'title' | 'week'>): ReportRef {
  const fileName = decodeSafely(uri.slice(uri.lastIndexOf('/') + 1));
  const ref: ReportRef = { uri, name: report.title?.trim() || fileName };
  const week = weekLabel(report.week);
  if (week) ref.week = week;
  return ref;
}

export function toComparedReport(
  uri: string,
  report: Pick<Report, 'title' | 'titleRange' | 'week' | 'sections'>,
  metrics: Metric[],
): ComparedReport {
  return { ref: reportRef(uri, report), metrics, sections: sectionNames(report.sections, report.titleRange) };
}

export function toHistoryWeek(uri: string, report: Pick<Report, 'title' | 'week'>, metrics: Metric[]): HistoryWeek {
  const ref = reportRef(uri, report);
  return { week: ref.week ?? ref.name, metrics };
}

/**
 * Every section's name, outline order, nested ones included; not the title's (「第51周」 changes
 * every week and is no section that went missing).
 */
export function sectionNames(sections: readonly Section[], titleRange?: Range): string[] {
  return sections.flatMap((section) => [
    ...(titleRange && sameRange(section.selectionRange, titleRange) ? [] : [section.name]),
    ...sectionNames(section.children, titleRange),
  ]);
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
