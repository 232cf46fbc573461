// Where in the current report a comparison row's finding belongs.
import type { Range, Report, Section } from '../model';
import type { Metric } from '../metrics/types';
import { normaliseLabel } from '../metrics/labels';
import { sectionKey } from './matchMetrics';
import { similarSectionName } from './similarity';
import type { ComparisonRow } from './types';

/** The row's metric in the current report (label through value), else its whole line. */
export function rowRange(
  row: Pick<ComparisonRow, 'line' | 'label'>,
  metrics: readonly Metric[],
  lines: readonly string[],
): Range | undefined {
  if (row.line === undefined) return undefined;
  const metric = metrics.find((m) => m.range.start.line === row.line && normaliseLabel(m.label) === normaliseLabel(row.label));
  return metric?.range ?? lineRange(lines, row.line);
}

/**
 * The report's title, else its first line of prose (past the front matter), else line 0: where
 * findings about the report as a whole go.
 */
export function reportHeadRange(report: Pick<Report, 'titleRange' | 'lines'> & Partial<Pick<Report, 'proseLines'>>): Range {
  if (report.titleRange) return report.titleRange;
  const first = report.proseLines?.[0];
  if (!first) return lineRange(report.lines, 0);
  const start = first.text.length - first.text.trimStart().length;
  return { start: { line: first.line, character: start }, end: { line: first.line, character: first.text.trimEnd().length } };
}

function lineRange(lines: readonly string[], line: number): Range {
  return { start: { line, character: 0 }, end: { line, character: lines[line]?.length ?? 0 } };
}

/**
 * Where a finding about something of last week's report goes: the first of `names` (innermost
 * first) that this week's report still has, under its own or a similar name; undefined when none
 * survives.
 */
export function survivingSectionRange(report: Pick<Report, 'sections' | 'titleRange'>, names: readonly string[]): Range | undefined {
  const here = flattenSections(report.sections).filter(
    (section) => !report.titleRange || section.selectionRange.start.line !== report.titleRange.start.line,
  );
  for (const name of names) {
    const key = sectionKey(name);
    if (!key) continue;
    const found =
      here.find((section) => sectionKey(section.name) === key) ?? here.find((section) => similarSectionName(sectionKey(section.name), key));
    if (found) return found.selectionRange;
  }
  return undefined;
}

function flattenSections(sections: readonly Section[]): Section[] {
  return sections.flatMap((section) => [section, ...flattenSections(section.children)]);
}
