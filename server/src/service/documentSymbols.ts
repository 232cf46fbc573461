import { DocumentSymbol, SymbolKind } from 'vscode-languageserver';
import type { Report, Section } from '../report/model';
import type { Metric } from '../report/metrics/types';
import { flatten, innermostSectionFinder } from '../report/parseReport';
import { writtenValue } from '../report/metrics/writtenValue';

/** The outline of each analysed version (its report object), asked again while nothing changed. */
const outlines = new WeakMap<Report, { metrics: Metric[]; symbols: DocumentSymbol[] }>();

/** Sections as a symbol tree; each section's metrics become Number children, so the outline answers "what numbers are in this report". */
export function documentSymbols(report: Report, metrics: Metric[] = []): DocumentSymbol[] {
  const known = outlines.get(report);
  if (known && known.metrics === metrics) return known.symbols;
  const symbols = buildSymbols(report, metrics);
  outlines.set(report, { metrics, symbols });
  return symbols;
}

function buildSymbols(report: Report, metrics: Metric[]): DocumentSymbol[] {
  const bySection = new Map<Section, Metric[]>();
  const sectionOf = innermostSectionFinder(flatten(report.sections));
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
    return {
      name: s.name,
      detail: s.kind === 'heading' ? `H${s.level}` : undefined,
      kind: s.kind === 'heading' ? SymbolKind.Namespace : SymbolKind.Object,
      range: s.range,
      selectionRange: s.selectionRange,
      children,
    };
  };
  return report.sections.map(toSymbol);
}

function metricSymbol(m: Metric, lines: readonly string[]): DocumentSymbol {
  const fraction = m.fraction ? ` (${m.fraction.numerator}/${m.fraction.denominator})` : '';
  return {
    name: m.label || m.raw,
    detail: `${writtenValue(lines, m)}${fraction}`,
    kind: SymbolKind.Number,
    range: m.range,
    selectionRange: m.valueRange,
  };
}
