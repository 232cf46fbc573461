// One analysis per document version: every feature of a keystroke (symbols, folding, diagnostics,
// hints) shares it instead of parsing again.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Report } from '../report/model';
import type { Metric } from '../report/metrics/types';
import { parseReport } from '../report/parseReport';
import { BlockCache } from '../report/parse/chunks';
import { extractMetrics, type LineMetricCache } from '../report/metrics/extractMetrics';
import { EditCache } from '../report/editCache';
import type { WeekNumbering } from '../report/week';
import { uriToPath } from '../node/uris';
import { readFrontMatter } from '../report/parse/frontMatter';
import { splitLines } from '../report/text';

/** Longest stretch of parsing before other requests get their turn. */
const SLICE_MS = 15;

export interface Analysis {
  uri: string;
  version: number;
  report: Report;
  metrics: Metric[];
}

export class AnalysisCache {
  private readonly byUri = new Map<string, Analysis>();
  private readonly caches = new Map<string, { blocks: BlockCache; lines: LineMetricCache }>();

  get(document: TextDocument, numbering: WeekNumbering): Analysis {
    const cached = this.byUri.get(document.uri);
    if (cached && cached.version === document.version) return cached;
    const filePath = uriToPath(document.uri);
    const caches = this.cachesFor(document.uri);
    const report = parseReport(document.getText(), { fileName: filePath ?? document.uri, weekNumbering: numbering, blocks: caches.blocks });
    const analysis = { uri: document.uri, version: document.version, report, metrics: safeExtract(report, caches.lines) };
    this.byUri.set(document.uri, analysis);
    return analysis;
  }

  /**
   * Parses the document's changed blocks in slices of about SLICE_MS, yielding to the event loop
   * between them: while a huge document is checked, other documents' requests are answered. The
   * `get` that follows then finds every block parsed.
   */
  async prepare(document: TextDocument): Promise<void> {
    if (this.byUri.get(document.uri)?.version === document.version) return;
    const lines = splitLines(document.getText());
    const steps = this.cachesFor(document.uri).blocks.warm(lines, readFrontMatter(lines).endLine + 1);
    let sliceStart = performance.now();
    for (const _ of steps) {
      if (performance.now() - sliceStart < SLICE_MS) continue;
      await new Promise((resolve) => setImmediate(resolve));
      sliceStart = performance.now();
    }
  }

  private cachesFor(uri: string): { blocks: BlockCache; lines: LineMetricCache } {
    let caches = this.caches.get(uri);
    if (!caches) this.caches.set(uri, (caches = { blocks: new BlockCache(), lines: new EditCache() }));
    return caches;
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
