// A section across weeks: by its path of names as the comparison keys them (`sectionKey`:
// 【系统运行数据】 and 系统运行数据 are one section), a renamed one by `similarSectionName` as the
// comparison's missing-section check reads renames.
import type { Position, Report, Section } from '../model';
import { rangeContains } from '../base/range';
import { sectionKey } from '../compare/matchMetrics';
import { similarSectionName } from '../compare/similarity';

type Outline = Pick<Report, 'sections' | 'titleRange'>;

interface PlacedSection {
  section: Section;
  /** Its parents' names and its own, outermost first; the title left out, as the comparison does. */
  path: string[];
}

/** The section whose title the cursor is on, with its path; undefined elsewhere (and on the report's title). */
export function sectionAt(report: Outline, position: Position): PlacedSection | undefined {
  return placedSections(report).find(({ section }) => rangeContains(section.selectionRange, position));
}

/**
 * The section of `other` that is the section at `path` in another week: the same path, else the
 * same name under any parents, else a renamed one (parents that match first).
 */
export function sameSectionIn(path: readonly string[], other: Outline): Section | undefined {
  const keys = path.map(sectionKey);
  const name = keys[keys.length - 1];
  if (!name) return undefined;
  const candidates = placedSections(other).map((placed) => ({ ...placed, keys: placed.path.map(sectionKey) }));
  const sameParents = (keysThere: readonly string[]) => keysThere.slice(0, -1).join('/') === keys.slice(0, -1).join('/');
  const named = (test: (there: string) => boolean) => {
    const found = candidates.filter((candidate) => test(candidate.keys[candidate.keys.length - 1]));
    return (found.find((candidate) => sameParents(candidate.keys)) ?? found[0])?.section;
  };
  return named((there) => there === name) ?? named((there) => similarSectionName(there, name));
}

/** Every section, outline order, with its path; the title is no section of its own. */
function placedSections(report: Outline): PlacedSection[] {
  const out: PlacedSection[] = [];
  const walk = (sections: readonly Section[], parents: readonly string[]) => {
    for (const section of sections) {
      const isTitle = report.titleRange !== undefined && section.selectionRange.start.line === report.titleRange.start.line;
      const path = isTitle ? [...parents] : [...parents, section.name];
      if (!isTitle) out.push({ section, path });
      walk(section.children, path);
    }
  };
  walk(report.sections, []);
  return out;
}
