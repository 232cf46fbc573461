// Section names at a section position: last week's sections in last week's order, then the
// template's (or the built-in list's) others; those this report already has are ranked last.
import { CompletionItemKind, InsertTextFormat, type CompletionItem } from 'vscode-languageserver';
import { BUILT_IN_SECTIONS, reportLanguage, type ReportLanguage, type TemplateSection } from '../../report/template/builtInSections';
import { bodySections } from '../../report/template/bodySections';
import { normaliseSectionName } from '../../report/template/sectionNames';
import type { Report } from '../../report/model';
import type { CursorContext } from './cursorContext';
import type { CompletionInput } from './input';
import { completionText } from './text';
import { REPORT_LANGUAGE_OF_LOCALE } from '../../report/base/locale';

interface Candidate extends TemplateSection {
  detail: string;
}

type SectionContext = Extract<CursorContext, { kind: 'heading' | 'bracket' | 'hashes' }>;

/** The report's own language; for an empty one, last week's, then its file name's, then the editor's. */
export function languageOf(input: Pick<CompletionInput, 'report' | 'previous' | 'locale' | 'fileName'>): ReportLanguage {
  const editor = REPORT_LANGUAGE_OF_LOCALE[input.locale] ?? 'en';
  const byName = input.fileName ? reportLanguage({ lines: [input.fileName.replace(/^.*[\\/]/, '')] }, 'en') : undefined;
  return reportLanguage(input.report, reportLanguage(input.previous?.report, byName === 'zh' ? 'zh' : editor));
}

const fromReport = (report: Report, detail: string): Candidate[] => bodySections(report).map((s) => ({ name: s.name, detail }));

function candidates(input: CompletionInput): Candidate[] {
  const text = completionText(input.locale);
  const lastWeek = input.previous ? fromReport(input.previous.report, text.sectionFromLastWeek) : [];
  const team = input.template
    ? fromReport(input.template, text.sectionFromTemplate)
    : BUILT_IN_SECTIONS[languageOf(input)].map((s) => ({ ...s, detail: text.sectionBuiltIn }));
  const seen = new Set<string>();
  return [...lastWeek, ...team].filter((c) => {
    const key = normaliseSectionName(c.name);
    if (!key || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

const BRACKETED = /^【(.*)】$/;

/** The text to insert: bracketed when the user typed `【`, the position is a bracket title, or the name was bracketed. */
function insertion(candidate: Candidate, context: SectionContext): { text: string; filter: string; snippet: boolean } {
  const bracketed = BRACKETED.exec(candidate.name);
  const bare = bracketed ? bracketed[1] : candidate.name;
  const body = candidate.snippet ?? bare;
  const wrap = context.kind === 'bracket' || (context.kind === 'heading' && context.typedBracket) || bracketed !== null;
  const title = wrap ? `【${body}】` : body;
  const typedBracket = context.kind === 'bracket' || (context.kind === 'heading' && context.typedBracket);
  const filterName = typedBracket ? `【${bare}】` : bare;
  if (context.kind === 'hashes')
    return { text: `${context.hashes} ${title}`, filter: `${context.hashes} ${filterName}`, snippet: !!candidate.snippet };
  return { text: title, filter: filterName, snippet: !!candidate.snippet };
}

export function sectionItems(input: CompletionInput, context: SectionContext): CompletionItem[] {
  const text = completionText(input.locale);
  const present = new Set(
    bodySections(input.report)
      .filter((s) => s.range.start.line !== input.position.line) // the title being typed
      .map((s) => normaliseSectionName(s.name)),
  );
  return candidates(input).map((candidate, index) => {
    const isPresent = present.has(normaliseSectionName(candidate.name));
    const { text: newText, filter, snippet } = insertion(candidate, context);
    return {
      label: candidate.name,
      kind: CompletionItemKind.Module,
      detail: isPresent ? candidate.detail + text.alreadyPresent : candidate.detail,
      sortText: `${isPresent ? 1 : 0}${String(index).padStart(3, '0')}`,
      filterText: filter,
      insertTextFormat: snippet ? InsertTextFormat.Snippet : InsertTextFormat.PlainText,
      textEdit: { range: context.replace, newText },
    };
  });
}
