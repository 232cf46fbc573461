// Completion that knows last week: section names at a section position, last week's metric lines
// in a figures section, and the whole report in an empty file. A pure function of its input.
import type { CompletionItem } from 'vscode-languageserver';
import { cursorContext } from './completion/cursorContext';
import type { CompletionInput } from './completion/input';
import { metricItems } from './completion/metricItems';
import { sectionItems } from './completion/sectionItems';
import { skeletonItems } from './completion/skeletonItems';

export type { CompletionInput } from './completion/input';

/** Characters that open a completion: `【` and `#` start a title, a space follows `##` or `-`. */
export const COMPLETION_TRIGGER_CHARACTERS = ['【', '#', ' '];

export function completionItems(input: CompletionInput): CompletionItem[] {
  const { line, character } = input.position;
  if (input.report.lines.every((text) => !text.trim())) {
    const at = Math.min(character, input.lineText.length);
    return skeletonItems(input, { start: { line, character: 0 }, end: { line, character: at } });
  }
  const context = cursorContext(input.lineText, line, character);
  switch (context.kind) {
    case 'heading':
    case 'bracket':
    case 'hashes':
      return sectionItems(input, context);
    case 'line-start':
      return metricItems(input, context);
    default:
      return [];
  }
}
