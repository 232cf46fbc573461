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

export function renderOutlineText(nodes: OutlineNode[], depth = 0): string {
  return nodes.map((n) => `${'  '.repeat(depth)}${n.name}  (line ${n.line + 1})\n${renderOutlineText(n.children, depth + 1)}`).join('');
}
