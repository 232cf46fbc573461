// The workspace's reports, indexed once at start-up and then kept current from file-watcher
// events and open documents: never rescanned on a keystroke.
import * as path from 'node:path';
import { SymbolKind, type WorkspaceSymbol } from 'vscode-languageserver';
import { MAX_INDEXED_FILE_BYTES, scanOutline, type OutlineScan } from '../report/outlineScan';
import { toHalfWidth } from '../report/text';
import { pathToUri } from '../node/uris';
import { createReportEntry, mayJoinSeries, recognisedReports, type ReportEntry } from '../report/series';
import type { GuardedReader } from '../node/guardedReader';
import { walkMarkdownFiles } from '../node/walkMarkdownFiles';
import type { WeekNumberingSetting } from '../report/week';
import { nextTurn, SLICE_MS } from './slices';

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
  /** Reads files for the index: inside the workspace folders only (a watcher event may name a symlink out of it). */
  reader: GuardedReader;
  /** The workspace folders: indexed files must lie in them, symlinks resolved. */
  folders(): readonly string[];
  log(message: string): void;
  /**
   * Awaited between slices of reading (after a turn of the event loop, in which requests are
   * answered): an open report's diagnostics run goes first (`indexPriority.ts`).
   */
  giveWay?(): Promise<void>;
}

/** One indexing pass over the workspace folders. */
interface IndexingPass {
  /** Files still to index by folder; undefined until the folders are walked. */
  pending?: Map<string, string[]>;
  walked: Promise<void>;
  markWalked(): void;
  /** The folder being indexed now. */
  current?: string;
  /** Folders someone waits on, taken before the others (the latest first). */
  urgent: string[];
  waiters: Map<string, Array<() => void>>;
  /** `indexFolders` runs it: a new pass replaces it rather than sharing its queue. */
  claimed: boolean;
  finished: boolean;
}

export class WorkspaceIndex {
  private readonly reports = new Map<string, IndexedReport>();
  private pass?: IndexingPass;
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

  /**
   * Marks an indexing pass as started before its folders are known (settings are read first), so
   * that `folderIndexed` waits for it from the start.
   */
  beginPass(): void {
    if (this.pass && !this.pass.finished && !this.pass.claimed) return;
    let markWalked!: () => void;
    const walked = new Promise<void>((resolve) => (markWalked = resolve));
    this.pass = { walked, markWalked, urgent: [], waiters: new Map(), claimed: false, finished: false };
  }

  /**
   * Ends `pass`; without one, a begun pass that never started indexing (reading the settings
   * failed): whoever waits on a folder goes on.
   */
  endPass(pass = this.pass?.claimed ? undefined : this.pass): void {
    if (!pass || pass.finished) return;
    pass.finished = true;
    pass.markWalked();
    for (const waiters of pass.waiters.values()) for (const resolve of waiters) resolve();
    pass.waiters.clear();
  }

  /**
   * Indexes every Markdown file under `folders`, folder by folder, in slices of about SLICE_MS
   * between which requests are answered and diagnostics runs go first (`giveWay`). A folder someone
   * waits on (`folderIndexed`: an open report's series) goes next.
   */
  async indexFolders(folders: string[]): Promise<void> {
    this.beginPass();
    const pass = this.pass!;
    pass.claimed = true;
    try {
      const files: string[] = [];
      for (const folder of folders) files.push(...(await walkMarkdownFiles(folder, { recursive: true, log: this.options.log })));
      pass.pending = new Map();
      for (const file of files) {
        const folder = path.dirname(file);
        const list = pass.pending.get(folder);
        if (list) list.push(file);
        else pass.pending.set(folder, [file]);
      }
      pass.markWalked();
      // Those waiting for the walk name their folders before the first one is chosen.
      await new Promise((resolve) => setImmediate(resolve));
      let sliceStart = performance.now();
      while (pass.pending.size > 0) {
        const folder = pass.urgent.find((f) => pass.pending!.has(f)) ?? (pass.pending.keys().next().value as string);
        const list = pass.pending.get(folder)!;
        pass.pending.delete(folder);
        pass.current = folder;
        for (const file of list) {
          await this.updateFile(file);
          if (performance.now() - sliceStart < SLICE_MS) continue;
          await nextTurn();
          await this.options.giveWay?.();
          sliceStart = performance.now();
        }
        pass.current = undefined;
        for (const resolve of pass.waiters.get(folder) ?? []) resolve();
        pass.waiters.delete(folder);
      }
    } finally {
      this.endPass(pass);
    }
  }

  /**
   * Settles once `folder`'s files are indexed by the running pass (at once when no pass runs or it
   * holds nothing of that folder), and moves that folder to the front of the pass: an open report's
   * last week is found before the rest of a large workspace is read.
   */
  async folderIndexed(folder: string): Promise<void> {
    const pass = this.pass;
    if (!pass || pass.finished) return;
    if (!pass.pending) await pass.walked;
    if (pass.finished || (!pass.pending!.has(folder) && pass.current !== folder)) return;
    pass.urgent.unshift(folder);
    await new Promise<void>((resolve) => {
      const waiters = pass.waiters.get(folder);
      if (waiters) waiters.push(resolve);
      else pass.waiters.set(folder, [resolve]);
    });
  }

  /** Re-reads one file (created or changed on disk); drops it if it is gone, refused or no longer a report. */
  async updateFile(filePath: string): Promise<void> {
    const read = this.options.reader.read(filePath, { roots: this.options.folders(), maxBytes: MAX_INDEXED_FILE_BYTES });
    if (!read.ok) {
      if (read.reason !== 'missing') this.options.log(`Not indexed (${read.reason}${read.detail ? `: ${read.detail}` : ''}): ${filePath}`);
      this.remove(filePath);
      return;
    }
    this.updateText(filePath, read.text);
  }

  /** Indexes a text we already hold (an open document's), avoiding a disk read. */
  updateText(filePath: string, text: string): void {
    // An open document may start with a BOM (files read from disk never do: the reader drops it).
    const scan = scanOutline(text.replace(/^\uFEFF/, ''), path.basename(filePath), this.options.numbering());
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
      const names = needle ? searchableNames(report) : undefined;
      for (const [i, s] of report.scan.sections.entries()) {
        if (names && !names[i].includes(needle)) continue;
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
}

/** Each section's name as queries are matched against it, made on the first query after the file is indexed. */
const searchable = new WeakMap<IndexedReport, string[]>();

function searchableNames(report: IndexedReport): string[] {
  let names = searchable.get(report);
  if (!names) searchable.set(report, (names = report.scan.sections.map((s) => normalise(s.name))));
  return names;
}

function normalise(s: string): string {
  return toHalfWidth(s).toLowerCase().replace(/\s+/g, '');
}
