// One analysis per document version: every feature of a keystroke (symbols, folding, diagnostics,
// hints) shares it instead of parsing again.
import type { Report } from '../report/model';
import type { Metric } from '../report/metrics/types';
import { parseReport } from '../report/parseReport';
import { BlockCache } from '../report/parse/chunks';
import { extractMetrics, extractMetricsInSteps, warmLineMetrics, type LineMetricCache } from '../report/metrics/extractMetrics';
import { EditCache } from '../report/editCache';
import type { WeekNumberingSetting } from '../report/week';
import { uriToPath } from '../node/uris';
import { readFrontMatter } from '../report/parse/frontMatter';
import { splitLines } from '../report/text';
import { inSlices, isCancelled, letOthersIn, throwIfCancelled, type CancellationToken } from './slices';

/** What the service reads of a document: the editor's text at one version. */
export interface ReportDocument {
  readonly uri: string;
  readonly version: number;
  readonly languageId: string;
  getText(): string;
}

export interface Analysis {
  uri: string;
  version: number;
  report: Report;
  metrics: Metric[];
}

/** What a document's next version reuses from its last: parsed blocks and lines' metrics. */
interface DocumentCaches {
  blocks: BlockCache;
  lines: LineMetricCache;
}

export class AnalysisCache {
  private readonly byUri = new Map<string, Analysis>();
  private readonly caches = new Map<string, DocumentCaches>();

  /** The analysis of the document's current version when it has been made already. */
  current(document: ReportDocument): Analysis | undefined {
    const cached = this.byUri.get(document.uri);
    return cached && cached.version === document.version ? cached : undefined;
  }

  get(document: ReportDocument, numbering: WeekNumberingSetting): Analysis {
    const cached = this.byUri.get(document.uri);
    if (cached && cached.version === document.version) return cached;
    const caches = this.cachesFor(document.uri);
    const report = this.parse(document.uri, document.getText(), numbering, caches);
    return this.store(document.uri, document.version, report, safeExtract(report, caches.lines));
  }

  private parse(uri: string, text: string, numbering: WeekNumberingSetting, caches: DocumentCaches): Report {
    return parseReport(text, { fileName: uriToPath(uri) ?? uri, weekNumbering: numbering, blocks: caches.blocks });
  }

  private store(uri: string, version: number, report: Report, metrics: Metric[]): Analysis {
    const analysis = { uri, version, report, metrics };
    this.byUri.set(uri, analysis);
    return analysis;
  }

  /**
   * `get`, with the costly parts (parsing the changed blocks, reading each changed line's metrics)
   * in slices that yield to the event loop in between: while a huge document is checked, other
   * documents' requests are answered. Throws `Cancelled` when the token is cancelled meanwhile
   * (the document changed: the newer version's own run analyses it).
   */
  async prepare(
    document: ReportDocument,
    numbering: WeekNumberingSetting,
    token: CancellationToken,
    pause: () => Promise<void> = letOthersIn,
  ): Promise<Analysis> {
    const { uri, version } = document;
    const cached = this.byUri.get(uri);
    if (cached && cached.version === version) return cached;
    const text = document.getText();
    const caches = this.cachesFor(uri);
    const lines = splitLines(text);
    await inSlices(caches.blocks.warm(lines, readFrontMatter(lines).endLine + 1), token, pause);
    // Assembling the parsed pieces into one report is a whole-document pass: it gets its own turn.
    await pause();
    throwIfCancelled(token);
    const report = this.parse(uri, text, numbering, caches);
    await pause();
    throwIfCancelled(token);
    await inSlices(warmLineMetrics(report, caches.lines), token, pause);
    const metrics = await safeExtractInSlices(report, caches.lines, token, pause);
    return this.store(uri, version, report, metrics);
  }

  private cachesFor(uri: string): DocumentCaches {
    let caches = this.caches.get(uri);
    if (!caches) this.caches.set(uri, (caches = { blocks: new BlockCache(), lines: new EditCache() }));
    return caches;
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

/** A report's metrics, or none when reading them failed on odd input. */
function safeExtract(report: Report, cache: LineMetricCache): Metric[] {
  try {
    return extractMetrics(report, cache);
  } catch {
    return [];
  }
}

/** `safeExtract` in slices; a cancellation still stops the run. */
async function safeExtractInSlices(
  report: Report,
  cache: LineMetricCache,
  token: CancellationToken,
  pause: () => Promise<void>,
): Promise<Metric[]> {
  try {
    return await inSlices(extractMetricsInSteps(report, cache), token, pause);
  } catch (e) {
    if (isCancelled(e)) throw e;
    return [];
  }
}
