// The sections the cursor is in, innermost first. A heading's range stops at its last written
// line, but a cursor on the blank line after it is still under that heading until the next one.
import type { Report, Section } from '../../report/model';
import { flatten } from '../../report/parseReport';

function isOpenAt(section: Section, line: number, all: Section[]): boolean {
  const { start, end } = section.range;
  if (line <= start.line) return false;
  if (line <= end.line) return true;
  if (section.kind !== 'heading' && section.kind !== 'bracket-line') return false;
  return !all.some((other) => other.range.start.line > start.line && other.range.start.line <= line && other.level <= section.level);
}

export function sectionsAtLine(report: Pick<Report, 'sections' | 'titleRange'>, line: number): Section[] {
  const all = flatten(report.sections);
  const titleLine = report.titleRange?.start.line;
  return all
    .filter((s) => s.selectionRange.start.line !== titleLine && isOpenAt(s, line, all))
    .sort((a, b) => b.range.start.line - a.range.start.line || b.level - a.level);
}
