// This week against last week for one open report: finds the previous report and the trend weeks
// in the index, loads them (open documents first, then files through the guarded reader), and compares.
import type { Settings } from '../protocol';
import type { Comparison } from '../report/compare/types';
import { compareInSeries, loadPreviousReport, type LoadedReport, type SeriesCompareOptions } from '../report/compare/compareInSeries';
import type { FileRefusal } from '../report/i18n';
import { createReportEntry, type PreviousLookup } from '../report/series';
import { seriesOptionsFrom } from '../report/series/findPreviousReport';
import type { WeekNumberingSetting } from '../report/week';
import type { Locale } from '../report/base/locale';
import type { Analysis } from './analysis';
import type { WorkspaceIndex } from './workspaceIndex';
import type { ReportFileLoader } from '../node/reportFileLoader';

/** What the service needs from the server: open documents win over the disk, files must lie in the allowed folders. */
export interface ReportSource {
  /** The open document's analysis (analysed now if it was not yet), undefined when no document of that uri is open. */
  openAnalysis(uri: string): Promise<Analysis | undefined>;
  /** The folders a report's series may be read from: the workspace folders, or the report's own folder. */
  allowedFolders(uri: string): readonly string[];
}

export interface SeriesComparison {
  comparison: Comparison;
  /** Why the front matter's `previous:` link was not followed, when it was not. */
  previousLinkRefusal?: FileRefusal;
}

export class ComparisonService {
  constructor(
    private readonly index: WorkspaceIndex,
    private readonly source: ReportSource,
    private readonly files: ReportFileLoader,
  ) {}

  /** Last week's report (loaded) and how it was found. */
  previousReport(current: Analysis, settings: Settings): Promise<{ lookup: PreviousLookup; previous?: LoadedReport }> {
    const here = createReportEntry(current.uri, current.report);
    const load = (uri: string) => this.load(uri, settings.weekNumbering, current.uri);
    return loadPreviousReport(here, this.index.entries(), load, seriesOptionsFrom(settings));
  }

  /** `run` drives the comparison's steps (the server runs them in slices, see slices.ts). */
  async compare(current: Analysis, settings: Settings, locale: Locale, run?: SeriesCompareOptions['run']): Promise<SeriesComparison> {
    const load = (uri: string) => this.load(uri, settings.weekNumbering, current.uri);
    const comparison = await compareInSeries(current, this.index.entries(), load, { settings, locale, run });
    const link = createReportEntry(current.uri, current.report).previous;
    return { comparison, previousLinkRefusal: link ? this.files.refusalOf(link) : undefined };
  }

  /** A report by uri: the open document's analysis, else the file, read only inside the allowed folders. */
  async load(uri: string, numbering: WeekNumberingSetting, forUri: string): Promise<LoadedReport | undefined> {
    const open = await this.source.openAnalysis(uri);
    if (open) return { uri, report: open.report, metrics: open.metrics };
    return this.files.load(uri, numbering, this.source.allowedFolders(forUri));
  }
}
