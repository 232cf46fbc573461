import type { Locale } from '../report/i18n';
import { cliMessages } from './messages';
import type { Section } from '../report/model';
import type { Journal } from '../report/journal';
import { weekLabel } from '../report/series/weekPosition';

export interface OutlineNode {
  name: string;
  kind: Section['kind'];
  line: number;
  /** On a journal's week: the week it covers (`2023-W51`), when it can be read. */
  week?: string;
  children: OutlineNode[];
}

export function outlineTree(sections: Section[]): OutlineNode[] {
  return sections.map((s) => ({ name: s.name, kind: s.kind, line: s.range.start.line, children: outlineTree(s.children) }));
}

/** A journal's outline: one top-level node per week, in file order, its sections inside. */
export function journalOutlineTree(journal: Journal): OutlineNode[] {
  return journal.weeks.map(({ section, report }) => {
    const [node] = outlineTree([section]);
    const week = weekLabel(report.week);
    return week ? { ...node, week } : node;
  });
}

export function renderOutlineText(nodes: OutlineNode[], locale: Locale = 'en', depth = 0): string {
  const { outlineLine } = cliMessages(locale);
  return nodes
    .map(
      (n) =>
        `${'  '.repeat(depth)}${n.name}${n.week ? ` · ${n.week}` : ''}  ${outlineLine(n.line + 1)}\n${renderOutlineText(n.children, locale, depth + 1)}`,
    )
    .join('');
}
