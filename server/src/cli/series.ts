// Last week's report for the CLI: the series is indexed from the report's own folder (or once
// from `--root`), and every report file is read at most once per run.
import { statSync } from 'node:fs';
import * as path from 'node:path';
import type { Settings } from '../protocol';
import { compareInSeries, type LoadedReport } from '../report/compare/compareInSeries';
import type { Comparison } from '../report/compare/types';
import type { Locale } from '../report/rules/types';
import { createReportEntry, sameUri, type ReportEntry } from '../report/series/reportEntry';
import { UsageError } from './args';
import { cachedLoader, indexReports } from './reportFolder';
import { uriToPath } from '../service/uris';

export interface SeriesComparer {
  /** `previous`: a report the user named (`--previous`), compared with instead of the lookup's. */
  compare(current: LoadedReport, previous?: LoadedReport): Promise<Comparison>;
}

export function createSeriesComparer(settings: Settings, locale: Locale, root: string | undefined, known: LoadedReport[]): SeriesComparer {
  if (root !== undefined && !isDirectory(root)) throw new UsageError(`--root ${root} is not a folder`);
  const load = cachedLoader(settings, known);
  const indexes = new Map<string, ReportEntry[]>();
  const entriesFor = (uri: string): ReportEntry[] => {
    const folder = root ? path.resolve(root) : path.dirname(uriToPath(uri) ?? '.');
    let entries = indexes.get(folder);
    if (!entries) indexes.set(folder, (entries = indexReports(folder, root !== undefined, settings)));
    return entries;
  };
  return {
    compare(current, previous) {
      let entries = entriesFor(current.uri);
      if (previous && !entries.some((entry) => sameUri(entry.uri, previous.uri))) {
        // Outside the indexed folder: still let the trend continue from it.
        entries = [...entries, createReportEntry(previous.uri, previous.report)];
      }
      return compareInSeries(current, entries, load, { settings, locale, previous: previous?.uri });
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
