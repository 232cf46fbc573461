// Report series: which reports follow which, for last week's report and the trend.
export { describeLookup } from './describeLookup';
export { findPreviousReport, seriesHistory, type PreviousLookup, type PreviousReason, type SeriesOptions } from './findPreviousReport';
export { createReportEntry, folderOf, resolveRelativeUri, sameUri, uriFileName, type ReportEntry } from './reportEntry';
export { datedName, fileEdition, isRecognisedReport, mayJoinSeries, readsAsReport, recognisedReports, type DatedName } from './recognition';
export { weekLabel, weekMonday, weekPosition, type WeekPosition } from './weekPosition';
