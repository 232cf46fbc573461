// `$$CURSOR$$` marks where completion is asked for, as in vscode-markdown-languageservice's tests;
// everything else the input needs is built from plain text.
import type { CompletionItem } from 'vscode-languageserver';
import { completionItems, type CompletionInput } from '../../../server/src/service/completion';
import { parseReport } from '../../../server/src/report/parseReport';
import type { Report } from '../../../server/src/report/model';
import { locatedAll } from '../nextWeek/locatedMetric';

export const CURSOR = '$$CURSOR$$';

type MetricSpec = Array<[string, string] | [string, string, string]>;

export interface Setup {
  fileName?: string;
  metrics?: MetricSpec;
  previous?: { text: string; metrics?: MetricSpec };
  template?: string;
  today?: string;
  locale?: CompletionInput['locale'];
}

const parse = (text: string, fileName?: string): Report => parseReport(text, { fileName, weekNumbering: 'iso' });

export function inputAt(textWithCursor: string, setup: Setup = {}): CompletionInput {
  const offset = textWithCursor.indexOf(CURSOR);
  if (offset < 0) throw new Error(`no ${CURSOR} in the text`);
  const text = textWithCursor.slice(0, offset) + textWithCursor.slice(offset + CURSOR.length);
  const before = text.slice(0, offset).split('\n');
  const position = { line: before.length - 1, character: before[before.length - 1].length };
  const report = parse(text, setup.fileName);
  const previous = setup.previous && parse(setup.previous.text);
  return {
    report,
    metrics: locatedAll(report, setup.metrics ?? []),
    position,
    lineText: text.split('\n')[position.line],
    previous: previous && { report: previous, metrics: locatedAll(previous, setup.previous!.metrics ?? []) },
    template: setup.template === undefined ? undefined : parse(setup.template),
    templateText: setup.template,
    fileName: setup.fileName,
    today: setup.today ?? '2023-12-20',
    numbering: 'iso',
    locale: setup.locale ?? 'zh-cn',
  };
}

export function completeAt(textWithCursor: string, setup: Setup = {}): CompletionItem[] {
  return completionItems(inputAt(textWithCursor, setup));
}

/** Labels in the order an editor shows them (by sortText). */
export function ranked(items: CompletionItem[]): string[] {
  return [...items].sort((a, b) => (a.sortText ?? a.label).localeCompare(b.sortText ?? b.label)).map((i) => i.label);
}

export function edit(item: CompletionItem | undefined): { range: unknown; newText: string } {
  const textEdit = item?.textEdit;
  if (!textEdit || !('range' in textEdit)) throw new Error(`no textEdit on ${item?.label}`);
  return { range: textEdit.range, newText: textEdit.newText };
}

export const lines = (...l: string[]) => l.join('\n');
