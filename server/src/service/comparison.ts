// This week against last week for one open report: finds the previous report and the trend weeks
// in the index, loads them (cached by file and modification time), and compares.
import { promises as fs } from 'node:fs';
import type { Settings } from '../protocol';
import type { Comparison } from '../report/compare/types';
import { compareReports, toComparedReport, toHistoryWeek } from '../report/compare';
import {
  createReportEntry,
  describeLookup,
  findPreviousReport,
  seriesHistory,
  sameUri,
  type PreviousLookup,
  type ReportEntry,
} from '../report/series';
import { extractMetrics } from '../report/metrics/extractMetrics';
import { parseReport } from '../report/parseReport';
import type { Locale } from '../report/rules/types';
import type { Report } from '../report/model';
import type { Metric } from '../report/metrics/types';
import type { Analysis } from './analysis';
import type { WorkspaceIndex } from './workspaceIndex';
import { uriToPath } from './uris';

export interface LoadedReport {
  uri: string;
  report: Report;
  metrics: Metric[];
}

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

  entries(): ReportEntry[] {
    return this.index.all().map((r) => createReportEntry(r.uri, r.scan));
  }

  /** Last week's report (loaded) and how it was found. */
  async previousReport(current: Analysis, settings: Settings): Promise<{ lookup: PreviousLookup; previous?: LoadedReport }> {
    const options = { series: settings.series, numbering: settings.weekNumbering };
    const entries = this.entries();
    const here = createReportEntry(current.uri, current.report);
    let lookup = findPreviousReport(here, entries, options);
    let previous = lookup.uri ? await this.load(lookup.uri) : undefined;
    if (!previous && lookup.reason === 'explicit') {
      lookup = findPreviousReport(here, entries, { ...options, ignoreExplicit: true });
      previous = lookup.uri ? await this.load(lookup.uri) : undefined;
    }
    return { lookup, previous };
  }

  async compare(current: Analysis, settings: Settings, locale: Locale): Promise<Comparison> {
    const options = { series: settings.series, numbering: settings.weekNumbering };
    const { lookup, previous } = await this.previousReport(current, settings);
    const here = createReportEntry(current.uri, current.report);
    const history = [];
    for (const entry of seriesHistory(here, this.entries(), Math.max(1, settings.trendWeeks - 1), options)) {
      const loaded = sameUri(entry.uri, previous?.uri ?? '') ? previous : await this.load(entry.uri);
      if (loaded) history.push(toHistoryWeek(loaded.uri, loaded.report, loaded.metrics));
    }
    return compareReports(
      toComparedReport(current.uri, current.report, current.metrics),
      previous && toComparedReport(previous.uri, previous.report, previous.metrics),
      { directions: settings.directions, history, note: describeLookup(lookup, locale) },
    );
  }

  /** A report by uri: the open document's analysis, else the file, parsed once per modification. */
  async load(uri: string): Promise<LoadedReport | undefined> {
    const open = this.source.openAnalysis(uri);
    if (open) return { uri, report: open.report, metrics: open.metrics };
    const filePath = uriToPath(uri);
    if (!filePath) return undefined;
    try {
      const stat = await fs.stat(filePath);
      const hit = this.cache.get(filePath);
      if (hit && hit.mtimeMs === stat.mtimeMs) return hit.loaded;
      const text = await fs.readFile(filePath, 'utf8');
      const report = parseReport(text, { fileName: filePath });
      const loaded = { uri, report, metrics: extractMetrics(report) };
      this.cache.set(filePath, { mtimeMs: stat.mtimeMs, loaded });
      if (this.cache.size > CACHE_LIMIT) this.cache.delete(this.cache.keys().next().value as string);
      return loaded;
    } catch {
      return undefined;
    }
  }
}
