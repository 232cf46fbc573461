// Renderers show one table per section, in the report's order, and gone metrics apart.
import type { ComparisonRow } from './types';

export interface SectionRows {
  section: string;
  rows: ComparisonRow[];
}

export function rowsBySection(rows: readonly ComparisonRow[]): { sections: SectionRows[]; gone: ComparisonRow[] } {
  const sections = new Map<string, ComparisonRow[]>();
  const gone: ComparisonRow[] = [];
  for (const row of rows) {
    if (row.status === 'gone') {
      gone.push(row);
      continue;
    }
    const list = sections.get(row.section) ?? [];
    list.push(row);
    sections.set(row.section, list);
  }
  return { sections: [...sections].map(([section, list]) => ({ section, rows: list })), gone };
}
