// Report series: which reports follow which, for last week's report and the trend.
export { describeLookup } from './describeLookup';
export { findPreviousReport, seriesHistory, type PreviousLookup, type PreviousReason, type SeriesOptions } from './findPreviousReport';
export { createReportEntry, folderOf, resolveRelativeUri, sameUri, type ReportEntry } from './reportEntry';
export { weekLabel, weekMonday, weekPosition, type WeekPosition } from './weekPosition';
