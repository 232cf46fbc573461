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

type SeriesSettings = Pick<Settings, 'files' | 'weekNumbering'>;

/** The report files a series is looked for in: one folder, or a whole tree when `recursive`. */
export async function indexReports(folder: string, recursive: boolean, settings: SeriesSettings): Promise<ReportEntry[]> {
  const entries: ReportEntry[] = [];
  for (const file of await walkMarkdownFiles(folder, { recursive })) {
    const read = cliReader.read(file, { roots: [folder], maxBytes: MAX_INDEXED_FILE_BYTES });
    if (!read.ok) continue;
    const scan = scanOutline(read.text, path.basename(file), settings.weekNumbering);
    const isReport = isReportFile(file, scan.looksLikeReport, settings.files, [folder]);
    if (isReport || mayJoinSeries(path.basename(file))) entries.push(createReportEntry(pathToUri(file), scan, isReport));
  }
  return entries;
}

/** Parses and extracts a report file the user named; the caller decides what an unreadable one means. */
export function loadReportFile(file: string, settings: Pick<Settings, 'weekNumbering'>): LoadedReport {
  return loadedReport(pathToUri(path.resolve(file)), readReportFile(file), file, settings.weekNumbering);
}

/**
 * The reports the user named (`known`, by uri: each parsed once, reused as other reports' last
 * week) and other files inside `roots`, each read once per run; others are refused.
 */
export function cachedLoader(
  settings: Pick<Settings, 'weekNumbering'>,
  files: ReportFileLoader,
  roots: (uri: string) => readonly string[],
  known: ReadonlyMap<string, LoadedReport> = new Map(),
): ReportLoader {
  return (uri) => known.get(uri) ?? files.load(uri, settings.weekNumbering, roots(uri));
}
