// One analysis per document version: every feature of a keystroke (symbols, folding, diagnostics,
// hints) shares it instead of parsing again.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Report } from '../report/model';
import type { Metric } from '../report/metrics/types';
import { parseReport } from '../report/parseReport';
import { BlockCache } from '../report/parse/chunks';
import { extractMetrics } from '../report/metrics/extractMetrics';
import type { WeekNumbering } from '../report/week';
import { uriToPath } from './uris';

export interface Analysis {
  uri: string;
  version: number;
  report: Report;
  metrics: Metric[];
}

export class AnalysisCache {
  private readonly byUri = new Map<string, Analysis>();
  private readonly blocks = new Map<string, BlockCache>();

  get(document: TextDocument, numbering: WeekNumbering): Analysis {
    const cached = this.byUri.get(document.uri);
    if (cached && cached.version === document.version) return cached;
    const filePath = uriToPath(document.uri);
    let blocks = this.blocks.get(document.uri);
    if (!blocks) this.blocks.set(document.uri, (blocks = new BlockCache()));
    const report = parseReport(document.getText(), { fileName: filePath ?? document.uri, weekNumbering: numbering, blocks });
    const analysis = { uri: document.uri, version: document.version, report, metrics: safeExtract(report) };
    this.byUri.set(document.uri, analysis);
    return analysis;
  }

  /** The cached analysis of that version, without parsing. */
  peek(uri: string, version: number): Analysis | undefined {
    const cached = this.byUri.get(uri);
    return cached?.version === version ? cached : undefined;
  }

  delete(uri: string): void {
    this.byUri.delete(uri);
    this.blocks.delete(uri);
  }

  clear(): void {
    this.byUri.clear();
    this.blocks.clear();
  }
}

function safeExtract(report: Report): Metric[] {
  try {
    return extractMetrics(report);
  } catch {
    return [];
  }
}
