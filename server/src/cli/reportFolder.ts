// The CLI's report index: the reports beside the checked file (or under `--root`), read from disk
// once per run. The language server keeps a live index instead; both feed `compareInSeries`, and
// both walk folders and read files through the Node adapter (`node/`).
import * as path from 'node:path';
import type { Settings } from '../protocol';
import { loadedReport, type LoadedReport, type ReportLoader } from '../report/compare/compareInSeries';
import { MAX_INDEXED_FILE_BYTES, scanOutline } from '../report/outlineScan';
import { createReportEntry, type ReportEntry } from '../report/series/reportEntry';
import { isReportFile } from '../node/reportFiles';
import { ReportFileLoader } from '../node/reportFileLoader';
import { pathToUri } from '../node/uris';
import { walkMarkdownFiles } from '../node/walkMarkdownFiles';
import { cliReader, readReportFile } from './readReportFile';
import { mayJoinSeries } from '../report/series/recognition';
import { BlockCache } from '../report/parse/chunks';
import { EditCache } from '../report/editCache';
import { parseReport } from '../report/parseReport';
import { extractMetrics, type LineMetricCache } from '../report/metrics/extractMetrics';

type SeriesSettings = Pick<Settings, 'files' | 'weekNumbering'>;

/** How long indexing reads before it lets the event loop turn (timers, a worker's messages). */
const INDEX_SLICE_MS = 15;

/**
 * The report files a series is looked for in: one folder, or a whole tree when `recursive`.
 * `readable` hears of every file read whole and decoded: a named file among them needs no read of
 * its own to show it can be checked.
 */
export async function indexReports(
  folder: string,
  recursive: boolean,
  settings: SeriesSettings,
  readable?: (file: string) => void,
): Promise<ReportEntry[]> {
  return indexFiles(folder, await walkMarkdownFiles(folder, { recursive }), settings, readable);
}

/**
 * The index entries of `files`, walked under `folder`, in their order: `indexReports` after the
 * walk, and the part of it threads share. Indexing thousands of files turns the event loop every
 * few milliseconds, so a timer (the thread decision) or a worker's message is not held up by it.
 */
export async function indexFiles(
  folder: string,
  files: readonly string[],
  settings: SeriesSettings,
  readable?: (file: string) => void,
): Promise<ReportEntry[]> {
  const entries: ReportEntry[] = [];
  const roots = [folder];
  let sliceStart = performance.now();
  for (const file of files) {
    if (performance.now() - sliceStart > INDEX_SLICE_MS) {
      await new Promise((resolve) => setImmediate(resolve));
      sliceStart = performance.now();
    }
    // Listed by the folder's walk (`indexReports`, `planCheck`): inside `roots`, no link.
    const read = cliReader.read(file, { roots, maxBytes: MAX_INDEXED_FILE_BYTES, walked: true });
    if (!read.ok) continue;
    readable?.(file);
    const scan = scanOutline(read.text, path.basename(file), settings.weekNumbering);
    const isReport = isReportFile(file, scan.looksLikeReport, settings.files, roots);
    if (isReport || mayJoinSeries(path.basename(file))) entries.push(createReportEntry(pathToUri(file), scan, isReport));
  }
  return entries;
}

/**
 * What one report's parse can reuse from the report parsed before it with the same caches: its
 * blocks and prose lines by their text. A series copies most of last week's sections, so a check
 * walking a folder week by week parses only what changed, as the editor does between keystrokes.
 */
export interface ParseCaches {
  blocks: BlockCache;
  lines: LineMetricCache;
}

/**
 * Reports whose prose lines' metrics a folder's cache keeps, as its block cache keeps their blocks:
 * a week repeats lines of weeks before the last one too (a figure back at an earlier value).
 */
const LINE_CACHE_REPORTS = 64;

export function newParseCaches(): ParseCaches {
  return { blocks: BlockCache.forFolder(), lines: new EditCache(LINE_CACHE_REPORTS) };
}

/** Parses and extracts a report file the user named; the caller decides what an unreadable one means. */
export function loadReportFile(file: string, settings: Pick<Settings, 'weekNumbering'>, caches?: ParseCaches): LoadedReport {
  const uri = pathToUri(path.resolve(file));
  const text = readReportFile(file);
  if (!caches) return loadedReport(uri, text, file, settings.weekNumbering);
  const report = parseReport(text, { fileName: file, weekNumbering: settings.weekNumbering, blocks: caches.blocks });
  return { uri, report, metrics: extractMetrics(report, caches.lines) };
}

/** A report the user named, by uri, already parsed (or parsed now): undefined for any other uri. */
export type KnownReports = (uri: string) => LoadedReport | undefined;

/**
 * The reports the user named (`known`: each parsed once, reused as other reports' last week) and
 * other files inside `roots`, each read once per run; others are refused.
 */
export function cachedLoader(
  settings: Pick<Settings, 'weekNumbering'>,
  files: ReportFileLoader,
  roots: (uri: string) => readonly string[],
  known: KnownReports = () => undefined,
): ReportLoader {
  return (uri) => known(uri) ?? files.load(uri, settings.weekNumbering, roots(uri));
}
