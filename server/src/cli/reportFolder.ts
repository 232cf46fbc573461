// The CLI's report index: the reports beside the checked file (or under `--root`), read from disk
// once per run. The language server keeps a live index instead; both feed `compareInSeries`.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import type { Settings } from '../protocol';
import { loadedReport, type LoadedReport, type ReportLoader } from '../report/compare/compareInSeries';
import { MAX_INDEXED_FILE_BYTES, scanOutline } from '../report/outlineScan';
import { createReportEntry, type ReportEntry } from '../report/series/reportEntry';
import { mayJoinSeries } from '../report/series/recognition';
import { isMarkdownFile, isReportFile, isWalkedFolder, MAX_WALKED_ENTRIES } from '../service/reportFiles';
import { pathToUri, uriToPath } from '../service/uris';
import { readReportFile } from './readReportFile';


type SeriesSettings = Pick<Settings, 'files' | 'weekNumbering'>;

/** The report files a series is looked for in: one folder, or a whole tree when `recursive`. */
export function indexReports(folder: string, recursive: boolean, settings: SeriesSettings): ReportEntry[] {
  const entries: ReportEntry[] = [];
  for (const file of markdownFiles(folder, recursive)) {
    const text = readSmallText(file);
    if (text === undefined) continue;
    const scan = scanOutline(text, path.basename(file), settings.weekNumbering);
    const isReport = isReportFile(file, scan.looksLikeReport, settings.files, [folder]);
    if (isReport || mayJoinSeries(path.basename(file))) entries.push(createReportEntry(pathToUri(file), scan, isReport));
  }
  return entries;
}

/** Parses and extracts a report file; the caller decides what an unreadable one means. */
export function loadReportFile(file: string, settings: Pick<Settings, 'weekNumbering'>): LoadedReport {
  return loadedReport(pathToUri(path.resolve(file)), readReportFile(file), file, settings.weekNumbering);
}

/** Loads reports by uri, each file once per run; unreadable ones are skipped (undefined). */
export function cachedLoader(settings: Pick<Settings, 'weekNumbering'>, known: LoadedReport[] = []): ReportLoader {
  const cache = new Map<string, LoadedReport | undefined>(known.map((loaded) => [loaded.uri, loaded]));
  return (uri) => {
    if (!cache.has(uri)) {
      const file = uriToPath(uri);
      let loaded: LoadedReport | undefined;
      try {
        loaded = file ? loadReportFile(file, settings) : undefined;
      } catch {
        loaded = undefined;
      }
      cache.set(uri, loaded);
    }
    return cache.get(uri);
  };
}

function markdownFiles(root: string, recursive: boolean): string[] {
  const files: string[] = [];
  const queue = [root];
  let visited = 0;
  while (queue.length > 0 && visited < MAX_WALKED_ENTRIES) {
    const folder = queue.shift()!;
    let names;
    try {
      names = readdirSync(folder, { withFileTypes: true });
    } catch {
      continue;
    }
    for (const entry of names) {
      if (++visited > MAX_WALKED_ENTRIES) break;
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) {
        if (recursive && isWalkedFolder(entry.name)) queue.push(full);
      } else if (entry.isFile() && isMarkdownFile(entry.name)) {
        files.push(full);
      }
    }
  }
  return files.sort();
}

function readSmallText(file: string): string | undefined {
  try {
    if (statSync(file).size > MAX_INDEXED_FILE_BYTES) return undefined;
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}
