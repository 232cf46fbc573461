// A report's parts (重点工作, 系统运行数据…) as opposed to its title and the entries inside a part
// (`- 【清算系统切换】` under 重点工作): what a section-name completion offers.
import type { Report, Section } from '../model';

/** The sections under the title and the top-level ones beside it, in document order; list-item entries of a part excluded. */
export function bodySections(report: Pick<Report, 'sections' | 'titleRange'>): Section[] {
  const titleLine = report.titleRange?.start.line;
  const out: Section[] = [];
  const visit = (sections: Section[], insidePart: boolean) => {
    for (const section of sections) {
      const isTitle = section.selectionRange.start.line === titleLine;
      const isEntry = insidePart && (section.kind === 'bracket-item' || section.kind === 'bold-item');
      if (!isTitle && !isEntry) out.push(section);
      if (!isEntry) visit(section.children, insidePart || !isTitle);
    }
  };
  visit(report.sections, false);
  return out;
}
