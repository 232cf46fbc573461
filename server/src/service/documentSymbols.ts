import { DocumentSymbol, SymbolKind } from 'vscode-languageserver';
import type { Report, Section } from '../report/model';
import type { Metric } from '../report/metrics/types';
import type { OutlineSettings } from '../report/base/settings';
import { flatten, innermostSectionFinder } from '../report/parseReport';
import { writtenValue } from '../report/metrics/writtenValue';
import { unchangingAnswer } from './unchangingAnswers';

/** What the outline is made of: the sections to show (a journal's weeks, or the report's own) and the document's metrics. */
export interface OutlineSource {
  /** The sections' lines and the text the metrics' written values are read from. */
  report: Report;
  sections: readonly Section[];
  metrics: readonly Metric[];
}

/**
 * The outline of each analysed version, asked again while nothing changed: keyed by the version's
 * metrics array (one per analysis); the sections are compared item by item, since a journal's list
 * of weeks is gathered afresh per request.
 */
const outlines = new WeakMap<readonly Metric[], { sections: readonly Section[]; listsMetrics: boolean; symbols: DocumentSymbol[] }>();

/**
 * Sections as a symbol tree; each section's metrics become Number children, so the outline answers
 * "what numbers are in this report" — while the document has at most `maxMetrics` of them. Past
 * that the outline lists sections only: thousands of Number nodes make the Outline view and Go to
 * Symbol hard to use, and every answer pays for serialising them.
 */
export function documentSymbols(source: OutlineSource, options: OutlineSettings): DocumentSymbol[] {
  const listsMetrics = source.metrics.length <= options.maxMetrics;
  const known = outlines.get(source.metrics);
  if (known && known.listsMetrics === listsMetrics && sameItems(known.sections, source.sections)) return known.symbols;
  const symbols = unchangingAnswer(buildSymbols(source, listsMetrics ? source.metrics : []));
  outlines.set(source.metrics, { sections: source.sections, listsMetrics, symbols });
  return symbols;
}

function sameItems<T>(a: readonly T[], b: readonly T[]): boolean {
  return a.length === b.length && a.every((item, i) => item === b[i]);
}

function buildSymbols({ report, sections }: OutlineSource, metrics: readonly Metric[]): DocumentSymbol[] {
  const bySection = new Map<Section, Metric[]>();
  const sectionOf = innermostSectionFinder(flatten([...sections]));
  const inOrder = [...metrics].sort((a, b) => a.range.start.line - b.range.start.line);
  for (const m of inOrder) {
    const s = sectionOf(m.range.start.line);
    if (!s) continue;
    const list = bySection.get(s) ?? [];
    list.push(m);
    bySection.set(s, list);
  }
  const toSymbol = (s: Section): DocumentSymbol => {
    const children = s.children.map(toSymbol);
    for (const m of bySection.get(s) ?? []) children.push(metricSymbol(m, report.lines));
    children.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
    // No `detail` (the heading level repeats what the nesting and the kind show) and no empty
    // `children`: each answer is serialised, sent and parsed whole, and these add ~14 bytes a section.
    const symbol: DocumentSymbol = {
      name: s.name,
      kind: s.kind === 'heading' ? SymbolKind.Namespace : SymbolKind.Object,
      range: s.range,
      selectionRange: s.selectionRange,
    };
    if (children.length) symbol.children = children;
    return symbol;
  };
  return sections.map(toSymbol);
}

/**
 * A number as the Outline and Go to Symbol show it: its label and its written value in the name
 * (`入金有效成功率 99.966%`), so that both are read and searched together, and no `detail`: one
 * string fewer per number to serialise, send and parse, on every answer.
 */
function metricSymbol(m: Metric, lines: readonly string[]): DocumentSymbol {
  const fraction = m.fraction ? ` (${m.fraction.numerator}/${m.fraction.denominator})` : '';
  const value = `${writtenValue(lines, m)}${fraction}`;
  return {
    name: m.label ? `${m.label} ${value}` : value,
    kind: SymbolKind.Number,
    range: m.range,
    selectionRange: m.valueRange,
  };
}
