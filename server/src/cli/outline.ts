import type { Locale } from '../report/i18n';
import { cliMessages } from './messages';
import type { Section } from '../report/model';

export interface OutlineNode {
  name: string;
  kind: Section['kind'];
  line: number;
  children: OutlineNode[];
}

export function outlineTree(sections: Section[]): OutlineNode[] {
  return sections.map((s) => ({ name: s.name, kind: s.kind, line: s.range.start.line, children: outlineTree(s.children) }));
}

export function renderOutlineText(nodes: OutlineNode[], locale: Locale = 'en', depth = 0): string {
  const { outlineLine } = cliMessages(locale);
  return nodes
    .map((n) => `${'  '.repeat(depth)}${n.name}  ${outlineLine(n.line + 1)}\n${renderOutlineText(n.children, locale, depth + 1)}`)
    .join('');
}
