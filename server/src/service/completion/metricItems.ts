// In a figures section, last week's metric lines as snippets: the label as written, last week's
// value as the default to type over, the same unit (`入金有效成功率：${1:99.966}%`).
import { CompletionItemKind, InsertTextFormat, type CompletionItem } from 'vscode-languageserver';
import type { Metric } from '../../report/metrics/types';
import { figuresEnd } from '../../report/nextWeek/metricLine';
import type { Report } from '../../report/model';
import { flatten } from '../../report/parseReport';
import { normaliseSectionName } from '../../report/template/sectionNames';
import { escapeSnippet } from '../../report/template/skeleton';
import { toHalfWidth } from '../../report/text';
import type { CursorContext } from './cursorContext';
import { sectionsAtLine } from './cursorSections';
import type { CompletionInput } from './input';
import { completionText } from './text';

const LIST_MARKER = /^\s*((?:[-*+]|\d{1,9}[.)])[ \t]+)$/;

const labelKey = (label: string) => toHalfWidth(label).replace(/\s+/g, '').toLowerCase();

/** Last week's metrics in the section of last week's report named like the cursor's (or an enclosing one). */
function lastWeeksMetrics(input: CompletionInput, previous: { report: Report; metrics: Metric[] }): Metric[] {
  const previousSections = flatten(previous.report.sections);
  for (const here of sectionsAtLine(input.report, input.position.line)) {
    const name = normaliseSectionName(here.name);
    const there = previousSections.find((s) => normaliseSectionName(s.name) === name);
    if (!there) continue;
    const inside = previous.metrics.filter((m) => m.range.start.line >= there.range.start.line && m.range.end.line <= there.range.end.line);
    if (inside.length) return inside.filter((m) => isFigure(previous.report, previous.metrics, m));
  }
  return [];
}

/** A figure of its line, not a number in the explanation after the figures (`，影响267笔`). */
function isFigure(report: Report, metrics: Metric[], metric: Metric): boolean {
  const line = metric.valueRange.start.line;
  const starts = metrics.filter((m) => m.valueRange.start.line === line).map((m) => m.valueRange.start.character);
  return metric.valueRange.start.character < figuresEnd(report.lines[line] ?? '', starts);
}

interface Part {
  start: number;
  end: number;
  written: string;
}

/** The metric as written last week, each number a tab stop with last week's number as its default. */
function metricSnippet(lineText: string, metric: Metric): { snippet: string; label: string; value: string; marker: string } | undefined {
  const start = Math.min(metric.range.start.character, metric.valueRange.start.character);
  const valueEnd = metric.valueRange.end.character;
  const fraction = metric.fraction?.range.start.line === metric.valueRange.start.line ? metric.fraction.range : undefined;
  let end = Math.max(metric.range.end.character, valueEnd, fraction?.end.character ?? 0);
  // `67%（16/24）`: the closing parenthesis belongs with the fraction it closes.
  if (fraction && /[（(]/.test(lineText[fraction.start.character - 1] ?? '') && /[）)]/.test(lineText[end] ?? '')) end++;
  if (end > lineText.length || metric.valueRange.start.line !== metric.valueRange.end.line) return undefined;
  const valueText = lineText.slice(metric.valueRange.start.character, valueEnd);
  const at = toHalfWidth(valueText).indexOf(toHalfWidth(metric.raw));
  const numbers: Part[] = [];
  if (at >= 0) {
    const s = metric.valueRange.start.character + at;
    numbers.push({ start: s, end: s + metric.raw.length, written: lineText.slice(s, s + metric.raw.length) });
  }
  if (fraction) {
    const written = lineText.slice(fraction.start.character, fraction.end.character);
    const slash = written.indexOf('/');
    if (slash > 0) {
      numbers.push({ start: fraction.start.character, end: fraction.start.character + slash, written: written.slice(0, slash) });
      numbers.push({ start: fraction.start.character + slash + 1, end: fraction.end.character, written: written.slice(slash + 1) });
    }
  }
  numbers.sort((a, b) => a.start - b.start);
  let snippet = '';
  let from = start;
  numbers.forEach((n, i) => {
    snippet += `${escapeSnippet(lineText.slice(from, n.start))}\${${i + 1}:${escapeSnippet(n.written)}}`;
    from = n.end;
  });
  snippet += escapeSnippet(lineText.slice(from, end));
  const marker = LIST_MARKER.exec(lineText.slice(0, start))?.[1] ?? '';
  return { snippet, label: lineText.slice(start, numbers[0]?.start ?? end).trim(), value: valueText, marker };
}

export function metricItems(input: CompletionInput, context: Extract<CursorContext, { kind: 'line-start' }>): CompletionItem[] {
  if (!input.previous) return [];
  const text = completionText(input.locale);
  const present = new Set(input.metrics.map((m) => labelKey(m.label)));
  const seen = new Set<string>();
  const items: CompletionItem[] = [];
  for (const metric of lastWeeksMetrics(input, input.previous)) {
    const key = labelKey(metric.label);
    if (!key || seen.has(key)) continue;
    const lineText = input.previous.report.lines[metric.range.start.line] ?? '';
    if (lineText.trimStart().startsWith('|')) continue; // a table cell: its label is the row's, not text to type
    const written = metricSnippet(lineText, metric);
    if (!written) continue;
    seen.add(key);
    const isPresent = present.has(key);
    items.push({
      label: metric.label,
      kind: CompletionItemKind.Value,
      detail: text.lastWeek(written.value),
      documentation: lineText.trim(),
      sortText: `${isPresent ? 1 : 0}${String(items.length).padStart(3, '0')}`,
      filterText: written.label || metric.label,
      insertTextFormat: InsertTextFormat.Snippet,
      textEdit: { range: context.replace, newText: `${context.hasMarker ? '' : escapeSnippet(written.marker)}${written.snippet}` },
    });
  }
  return items;
}
