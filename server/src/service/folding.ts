import { FoldingRange, FoldingRangeKind } from 'vscode-languageserver';
import type { Report } from '../report/model';
import { flatten } from '../report/parseReport';

/** Sections and multi-line list items fold; front matter folds as a region. */
export function foldingRanges(report: Report): FoldingRange[] {
  const ranges: FoldingRange[] = [];
  const seen = new Set<string>();
  const add = (startLine: number, endLine: number, kind?: FoldingRangeKind) => {
    const key = `${startLine}:${endLine}`;
    if (endLine <= startLine || seen.has(key)) return;
    seen.add(key);
    ranges.push({ startLine, endLine, kind });
  };
  if (report.frontMatterEndLine > 0) add(0, report.frontMatterEndLine, FoldingRangeKind.Region);
  for (const s of flatten(report.sections)) add(s.range.start.line, s.range.end.line);
  for (const item of report.listItems) {
    let end = item.range.end.line;
    while (end > item.range.start.line && !report.lines[end]?.trim()) end--;
    add(item.range.start.line, end);
  }
  return ranges.sort((a, b) => a.startLine - b.startLine);
}
