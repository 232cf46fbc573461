// One analysis per document version: every feature of a keystroke (symbols, folding, diagnostics,
// hints) shares it instead of parsing again.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Report } from '../report/model';
import type { Metric } from '../report/metrics/types';
import { parseReport } from '../report/parseReport';
import { BlockCache } from '../report/parse/chunks';
import { extractMetrics, type LineMetricCache } from '../report/metrics/extractMetrics';
import { EditCache } from '../report/editCache';
import type { WeekNumberingSetting } from '../report/week';
import { uriToPath } from './uris';

export interface Analysis {
  uri: string;
  version: number;
  report: Report;
  metrics: Metric[];
}

export class AnalysisCache {
  private readonly byUri = new Map<string, Analysis>();
  private readonly caches = new Map<string, { blocks: BlockCache; lines: LineMetricCache }>();

  get(document: TextDocument, numbering: WeekNumberingSetting): Analysis {
    const cached = this.byUri.get(document.uri);
    if (cached && cached.version === document.version) return cached;
    const filePath = uriToPath(document.uri);
    let caches = this.caches.get(document.uri);
    if (!caches) this.caches.set(document.uri, (caches = { blocks: new BlockCache(), lines: new EditCache() }));
    const report = parseReport(document.getText(), { fileName: filePath ?? document.uri, weekNumbering: numbering, blocks: caches.blocks });
    const analysis = { uri: document.uri, version: document.version, report, metrics: safeExtract(report, caches.lines) };
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
    this.caches.delete(uri);
  }

  clear(): void {
    this.byUri.clear();
    this.caches.clear();
  }
}

function safeExtract(report: Report, cache: LineMetricCache): Metric[] {
  try {
    return extractMetrics(report, cache);
  } catch {
    return [];
  }
}
