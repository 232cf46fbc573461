// This week's plan (下周工作及目标 / Next week) as next week's key work, written in the style of
// the key-work section it moves into.
import type { Report, Section } from '../model';

const LIST_MARKER = /^\s*(?:[-*+]|\d{1,9}[.)])[ \t]+(?:\[[ xX]\][ \t]+)?/;
const NESTED_INDENT = '    ';

/** The plan's items, top level first-level, nested ones one indent per level; prose lines as items. */
function planItems(report: Report, plan: Section): Array<{ text: string; depth: number }> {
  const inBody = (line: number) => line > plan.range.start.line && line <= plan.range.end.line;
  const items = report.listItems.filter((item) => inBody(item.range.start.line) && item.text);
  if (items.length) {
    const top = Math.min(...items.map((item) => item.depth));
    return items.map((item) => ({ text: item.text, depth: item.depth - top }));
  }
  return report.proseLines.filter((p) => inBody(p.line) && p.text.trim()).map((p) => ({ text: p.text.trim(), depth: 0 }));
}

function titledLike(text: string, style: Section['kind'] | undefined): string {
  if (/^(【|\*\*|__)/.test(text)) return text;
  if (style === 'bracket-item') return `【${text}】`;
  if (style === 'bold-item') return `**${text}**`;
  return text;
}

/**
 * The lines to put under the key-work title. Top-level items take the form of the key-work
 * section's own entries (`- 【…】` when they were bracketed); under a key work that is itself a
 * list item, they nest one level below it.
 */
export function carriedItemLines(report: Report, plan: Section, keyWork: Section): string[] {
  const entryStyle = keyWork.children[0]?.kind ?? firstEntryStyle(report, keyWork);
  const titleLine = report.lines[keyWork.range.start.line] ?? '';
  const base = keyWork.kind === 'bracket-item' ? (LIST_MARKER.exec(titleLine)?.[0].match(/^\s*/)?.[0] ?? '') + NESTED_INDENT : '';
  return planItems(report, plan).map(({ text, depth }) => {
    const body = depth === 0 ? titledLike(text, entryStyle) : text;
    return `${base}${NESTED_INDENT.repeat(depth)}- ${body}`;
  });
}

/**
 * The style of the key work's first list entry when its entries are no sections of their own: a
 * bold lead-in followed by prose (`- **Ledger migration**: switched 30%…`) is written in bold.
 */
function firstEntryStyle(report: Report, keyWork: Section): Section['kind'] | undefined {
  const first = report.listItems.find(
    (item) => item.range.start.line > keyWork.selectionRange.start.line && item.range.start.line <= keyWork.range.end.line,
  );
  if (!first) return undefined;
  if (first.text.startsWith('【')) return 'bracket-item';
  return /^(\*\*|__)[^*_]+\1/.test(first.text) ? 'bold-item' : undefined;
}
