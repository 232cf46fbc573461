// In an empty report file, the whole report for this file's week: the team template's, the
// built-in one, and (when the series has one) last week's report carried forward.
import { CompletionItemKind, InsertTextFormat, type CompletionItem } from 'vscode-languageserver';
import type { Range } from '../../report/model';
import { buildNextReport } from '../../report/nextWeek/buildNextReport';
import { reportWeek, shiftFor, type ReportWeek } from '../../report/nextWeek/reportWeek';
import { shiftWeekText } from '../../report/nextWeek/weekShift';
import { parseReport } from '../../report/parseReport';
import { builtInSkeleton, escapeSnippet, filledTemplate, type SkeletonWeek } from '../../report/template/skeleton';
import { splitLines } from '../../report/text';
import { addDays, daysBetween } from '../../report/week';
import type { CompletionInput } from './input';
import { languageOf } from './sectionItems';
import { completionText } from './text';

const FRIDAY = 4;

function skeletonWeek(week: ReportWeek, today: string): SkeletonWeek {
  const offset = daysBetween(week.monday, today);
  const isToday = offset >= 0 && offset <= 6;
  return { year: week.year, week: week.week, monday: week.monday, date: isToday ? today : addDays(week.monday, FRIDAY), isToday };
}

/** Weeks from `from` to `to`, both Mondays. */
const weeksBetween = (from: ReportWeek, to: ReportWeek) => Math.round(daysBetween(from.monday, to.monday) / 7);

/** The template's title and Created lines moved to this week when the template names a week. */
function templateForWeek(input: CompletionInput, text: string, week: ReportWeek): string {
  const template = input.template ?? parseReport(text, { weekNumbering: input.numbering });
  const own = reportWeek(template, input.numbering);
  if (!own || !template.week) return text;
  const shift = shiftFor(template, weeksBetween(own, week), input.numbering);
  const lines = splitLines(text);
  for (const line of [template.titleRange?.start.line, template.createdLine]) {
    if (line !== undefined && lines[line] !== undefined) lines[line] = shiftWeekText(lines[line], shift).text;
  }
  return lines.join('\n');
}

/** Last week's title in this week's numbers (`# 第51周 支付组` → `# 第52周 支付组`), when it names a week. */
function titleFromLastWeek(input: CompletionInput, week: ReportWeek): string | undefined {
  const previous = input.previous?.report;
  const line = previous?.titleRange?.start.line;
  const last = previous && reportWeek(previous, input.numbering);
  if (line === undefined || !last) return undefined;
  const shifted = shiftWeekText(previous.lines[line], shiftFor(previous, weeksBetween(last, week), input.numbering));
  return shifted.changed ? shifted.text : undefined;
}

export function skeletonItems(input: CompletionInput, replace: Range): CompletionItem[] {
  const week = reportWeek(input.report, input.numbering, input.today);
  if (!week) return [];
  const text = completionText(input.locale);
  const when = skeletonWeek(week, input.today);
  const detail = text.skeletonDetail(week.monday, addDays(week.monday, 6));
  const item = (label: string, snippet: string, order: number): CompletionItem => ({
    label,
    kind: CompletionItemKind.Snippet,
    detail,
    sortText: String(order),
    // An empty range's filter is the empty string: the item shows as soon as completion is asked for.
    filterText: input.lineText.slice(replace.start.character, replace.end.character) + label,
    insertTextFormat: InsertTextFormat.Snippet,
    textEdit: { range: replace, newText: snippet },
  });

  const items: CompletionItem[] = [];
  if (input.templateText?.trim()) {
    items.push(item(text.skeletonFromTemplate(week.week), filledTemplate(templateForWeek(input, input.templateText, week), when), 0));
  } else {
    items.push(item(text.skeleton(week.week), builtInSkeleton(languageOf(input), when, titleFromLastWeek(input, week)), 0));
  }
  const previous = input.previous;
  const last = previous && reportWeek(previous.report, input.numbering);
  if (previous && last && weeksBetween(last, week) > 0) {
    const carried = buildNextReport(previous.report, {
      metrics: previous.metrics,
      values: input.newReportValues ?? 'placeholder',
      numbering: input.numbering,
      weeks: weeksBetween(last, week),
    });
    items.push(item(text.fromLastWeek(week.week), `${escapeSnippet(carried.replace(/\n$/, ''))}\n$0`, 1));
  }
  return items;
}
