// Last week's report for the CLI: the series is indexed from the report's own folder (or once
// from `--root`), and every report file is read at most once per run, inside that folder only.
import { statSync } from 'node:fs';
import * as path from 'node:path';
import type { Settings } from '../protocol';
import { compareInSeries, type LoadedReport, type SeriesCompareOptions } from '../report/compare/compareInSeries';
import type { Comparison } from '../report/compare/types';
import type { FileRefusal } from '../report/i18n';
import type { Locale } from '../report/base/locale';
import { createReportEntry, sameUri, type ReportEntry } from '../report/series/reportEntry';
import { ReportFileLoader } from '../node/reportFileLoader';
import { uriToPath } from '../node/uris';
import { usageError } from './args';
import { cachedLoader, indexReports, type KnownReports } from './reportFolder';
import { cliReader } from './readReportFile';

export interface SeriesComparer {
  /** `previous`: a report the user named (`--previous`), compared with instead of the lookup's. */
  compare(current: LoadedReport, previous?: LoadedReport): Promise<Comparison>;
  /** After `compare(current)`: why the report's front matter `previous:` link was not followed, if it was not. */
  previousLinkRefusal(current: LoadedReport): FileRefusal | undefined;
}

/** Each series folder's report index (`indexReports`), by folder path. */
export type FolderIndexes = ReadonlyMap<string, readonly ReportEntry[]>;

/** The folder a report's series is indexed and read from: `--root`, or the report's own folder. */
export function seriesFolderOf(uri: string, root: string | undefined): string {
  return root ? path.resolve(root) : path.dirname(uriToPath(uri) ?? '.');
}

/**
 * `known`: the reports the user named, by uri (see `cachedLoader`). `indexed`: folders indexed
 * beforehand (by `check`'s plan, once for all its threads); any other folder is indexed when a
 * report in it is first compared.
 */
export function createSeriesComparer(
  settings: Settings,
  locale: Locale,
  root: string | undefined,
  known: KnownReports,
  indexed: FolderIndexes = new Map(),
  { currentTrends }: Pick<SeriesCompareOptions, 'currentTrends'> = {},
): SeriesComparer {
  if (root !== undefined && !isDirectory(root)) throw usageError((t) => t.rootNotFolder(root));
  // Asked for every report compared and every file loaded: converted once per folder of uris.
  const folderOfUriFolder = new Map<string, string>();
  const seriesFolder = (uri: string) => {
    const uriFolder = uri.slice(0, uri.lastIndexOf('/'));
    let folder = folderOfUriFolder.get(uriFolder);
    if (folder === undefined) folderOfUriFolder.set(uriFolder, (folder = seriesFolderOf(uri, root)));
    return folder;
  };
  const files = new ReportFileLoader(cliReader);
  const indexes = new Map<string, Promise<readonly ReportEntry[]>>();
  const entriesFor = (uri: string): Promise<readonly ReportEntry[]> => {
    const folder = seriesFolder(uri);
    let entries = indexes.get(folder);
    if (!entries) {
      const ready = indexed.get(folder);
      entries = ready ? Promise.resolve(ready) : indexReports(folder, root !== undefined, settings);
      indexes.set(folder, entries);
    }
    return entries;
  };
  return {
    async compare(current, previous) {
      const load = cachedLoader(settings, files, () => [seriesFolder(current.uri)], known);
      let entries = await entriesFor(current.uri);
      if (previous && !entries.some((entry) => sameUri(entry.uri, previous.uri))) {
        // Outside the indexed folder: still let the trend continue from it.
        entries = [...entries, createReportEntry(previous.uri, previous.report)];
      }
      return compareInSeries(current, entries, load, { settings, locale, previous: previous?.uri, currentTrends });
    },
    previousLinkRefusal(current) {
      const link = createReportEntry(current.uri, current.report).previous;
      return link ? files.refusalOf(link) : undefined;
    },
  };
}

function isDirectory(folder: string): boolean {
  try {
    return statSync(folder).isDirectory();
  } catch {
    return false;
  }
}
