// This week against last week for one open report: finds the previous report and the trend weeks
// in the index, loads them (cached by file and modification time), and compares.
import { promises as fs } from 'node:fs';
import type { Settings } from '../protocol';
import type { Comparison } from '../report/compare/types';
import { compareInSeries, loadedReport, loadPreviousReport, type LoadedReport } from '../report/compare/compareInSeries';
import { createReportEntry, type PreviousLookup } from '../report/series';
import type { WeekNumberingSetting } from '../report/week';
import type { Locale } from '../report/rules/types';
import type { Analysis } from './analysis';
import type { WorkspaceIndex } from './workspaceIndex';
import { uriToPath } from './uris';

/** What the service needs from the server: open documents win over the disk. */
export interface ReportSource {
  openAnalysis(uri: string): Analysis | undefined;
}

const CACHE_LIMIT = 128;

export class ComparisonService {
  private readonly cache = new Map<string, { mtimeMs: number; loaded: LoadedReport }>();

  constructor(
    private readonly index: WorkspaceIndex,
    private readonly source: ReportSource,
  ) {}


  /** Last week's report (loaded) and how it was found. */
  previousReport(current: Analysis, settings: Settings): Promise<{ lookup: PreviousLookup; previous?: LoadedReport }> {
    const here = createReportEntry(current.uri, current.report);
    const load = (uri: string) => this.load(uri, settings.weekNumbering);
    return loadPreviousReport(here, this.index.entries(), load, { series: settings.series, numbering: settings.weekNumbering, maxGapWeeks: settings.maxGapWeeks });
  }

  compare(current: Analysis, settings: Settings, locale: Locale): Promise<Comparison> {
    return compareInSeries(current, this.index.entries(), (uri) => this.load(uri, settings.weekNumbering), { settings, locale });
  }

  /** A report by uri: the open document's analysis, else the file, parsed once per modification and week numbering. */
  async load(uri: string, numbering: WeekNumberingSetting): Promise<LoadedReport | undefined> {
    const open = this.source.openAnalysis(uri);
    if (open) return { uri, report: open.report, metrics: open.metrics };
    const filePath = uriToPath(uri);
    if (!filePath) return undefined;
    try {
      const stat = await fs.stat(filePath);
      const key = `${numbering}\u0000${filePath}`;
      const hit = this.cache.get(key);
      if (hit && hit.mtimeMs === stat.mtimeMs) return hit.loaded;
      const loaded = loadedReport(uri, await fs.readFile(filePath, 'utf8'), filePath, numbering);
      this.cache.set(key, { mtimeMs: stat.mtimeMs, loaded });
      if (this.cache.size > CACHE_LIMIT) this.cache.delete(this.cache.keys().next().value as string);
      return loaded;
    } catch {
      return undefined;
    }
  }
}
