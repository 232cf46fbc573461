// The workspace's reports, indexed once at start-up and then kept current from file-watcher
// events and open documents: never rescanned on a keystroke.
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { SymbolKind, type WorkspaceSymbol } from 'vscode-languageserver';
import { MAX_INDEXED_FILE_BYTES, scanOutline, type OutlineScan } from '../report/outlineScan';
import { toHalfWidth } from '../report/text';
import { pathToUri } from './uris';
import { createReportEntry, mayJoinSeries, recognisedReports, type ReportEntry } from '../report/series';
import { isMarkdownFile, isWalkedFolder, MAX_WALKED_ENTRIES } from './reportFiles';
import type { WeekNumberingSetting } from '../report/week';

export interface IndexedReport {
  path: string;
  uri: string;
  scan: OutlineScan;
  /** What the previous-report lookup needs, made once per indexing of the file. */
  entry: ReportEntry;
}

export interface IndexOptions {
  /** Decides, from a path and its scan, whether the file is a weekly report (settings + content). */
  isReport(filePath: string, scan: OutlineScan): boolean;
  /** How weeks are counted where a report gives only a date (the `weekNumbering` setting). */
  numbering(): WeekNumberingSetting;
  log(message: string): void;
}

const READ_BATCH = 64;

export class WorkspaceIndex {
  private readonly reports = new Map<string, IndexedReport>();
  /** `entries()` for every keystroke's lookup, rebuilt only after the index changed. */
  private entryList?: ReportEntry[];

  constructor(private readonly options: IndexOptions) {}

  get size(): number {
    return this.reports.size;
  }

  all(): IndexedReport[] {
    return [...this.reports.values()];
  }

  /** Every report as the series lookup takes it. */
  entries(): ReportEntry[] {
    this.entryList ??= this.all().map((r) => r.entry);
    return this.entryList;
  }

  get(filePath: string): IndexedReport | undefined {
    return this.reports.get(filePath);
  }

  async indexFolders(folders: string[]): Promise<void> {
    const files: string[] = [];
    for (const folder of folders) await this.collect(folder, files);
    for (let i = 0; i < files.length; i += READ_BATCH) {
      await Promise.all(files.slice(i, i + READ_BATCH).map((f) => this.updateFile(f)));
    }
  }

  /** Re-reads one file (created or changed on disk); drops it if it is gone or no longer a report. */
  async updateFile(filePath: string): Promise<void> {
    try {
      const stat = await fs.stat(filePath);
      if (!stat.isFile() || stat.size > MAX_INDEXED_FILE_BYTES) {
        if (stat.size > MAX_INDEXED_FILE_BYTES) this.options.log(`Not indexed (larger than 5 MB): ${filePath}`);
        this.remove(filePath);
        return;
      }
      this.updateText(filePath, await fs.readFile(filePath, 'utf8'));
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') this.options.log(`Cannot read ${filePath}: ${(e as Error).message}`);
      this.remove(filePath);
    }
  }

  /** Indexes a text we already hold (an open document's), avoiding a disk read. */
  updateText(filePath: string, text: string): void {
    const scan = scanOutline(text, path.basename(filePath), this.options.numbering());
    const isReport = this.options.isReport(filePath, scan);
    if (!isReport && !mayJoinSeries(path.basename(filePath))) return this.remove(filePath);
    const uri = pathToUri(filePath);
    this.reports.set(filePath, { path: filePath, uri, scan, entry: createReportEntry(uri, scan, isReport) });
    this.entryList = undefined;
  }

  remove(filePath: string): void {
    if (this.reports.delete(filePath)) this.entryList = undefined;
  }

  /** Sections of every report whose name contains the query (case- and width-insensitive). */
  symbols(query: string, limit = 1000): WorkspaceSymbol[] {
    const needle = normalise(query);
    const out: WorkspaceSymbol[] = [];
    const reports = recognisedReports(this.entries());
    for (const report of this.reports.values()) {
      if (!reports.has(report.uri)) continue; // a dated file that is no member of a series
      const where = report.scan.title ?? path.basename(report.path);
      for (const s of report.scan.sections) {
        if (needle && !normalise(s.name).includes(needle)) continue;
        out.push({
          name: s.name,
          kind: SymbolKind.Namespace,
          containerName: s.container && s.container !== where ? `${where} › ${s.container}` : where,
          location: {
            uri: report.uri,
            range: { start: { line: s.line, character: s.character }, end: { line: s.line, character: s.character + s.name.length } },
          },
        });
        if (out.length >= limit) return out;
      }
    }
    return out;
  }

  private async collect(dir: string, out: string[]): Promise<void> {
    const queue = [dir];
    let visited = 0;
    while (queue.length) {
      const current = queue.shift()!;
      let entries;
      try {
        entries = await fs.readdir(current, { withFileTypes: true });
      } catch (e) {
        this.options.log(`Cannot read folder ${current}: ${(e as Error).message}`);
        continue;
      }
      for (const entry of entries) {
        if (++visited > MAX_WALKED_ENTRIES) {
          this.options.log(`Stopped indexing ${dir} after ${MAX_WALKED_ENTRIES} entries.`);
          return;
        }
        const full = path.join(current, entry.name);
        if (entry.isDirectory()) {
          if (isWalkedFolder(entry.name)) queue.push(full);
        } else if (entry.isFile() && isMarkdownFile(entry.name)) {
          out.push(full);
        }
      }
    }
  }
}

function normalise(s: string): string {
  return toHalfWidth(s).toLowerCase().replace(/\s+/g, '');
}
