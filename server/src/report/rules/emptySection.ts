// A section heading with nothing under it. A heading followed straight by a child heading has
// content (the child). List-item titles (`- 【…】`) are left alone: a bare one is ordinary prose.
import type { Report, Section } from '../model';
import { message } from '../i18n';
import type { Finding, Rule } from './types';

const code = 'empty-section';

export const emptySection: Rule = {
  code,
  defaultSeverity: 'information',
  check({ report, locale }) {
    const findings: Finding[] = [];
    const visit = (sections: Section[]) => {
      for (const section of sections) {
        if (isEmptyHeading(section, report)) {
          findings.push({
            code,
            severity: 'information',
            message: message(locale, 'emptySection', { name: section.name }),
            range: section.selectionRange,
          });
        }
        visit(section.children);
      }
    };
    visit(report.sections);
    return findings;
  },
};

function isEmptyHeading(section: Section, report: Pick<Report, 'titleRange'>): boolean {
  if (section.kind !== 'heading' && section.kind !== 'bracket-line') return false;
  // The title heads the whole report: a rule (`---`) under it leaves it no emptier.
  if (report.titleRange && section.selectionRange.start.line === report.titleRange.start.line) return false;
  return section.children.length === 0 && section.range.end.line <= section.selectionRange.end.line;
}
