// The comparison feature's public surface.
export { compareReports, type ComparedReport, type CompareOptions, type HistoryWeek } from './compareReports';
export { reportRef, sectionNames, sectionPaths, toComparedReport, toHistoryWeek } from './comparedReport';
export { directionFor, isProgressLabel } from './direction';
export { formatChange, formatDelta, formatRelative, formatValue, sparkline } from './formatDelta';
export { comparisonLabels, rowName, STATUS_MARK, statusText, type ComparisonLabels } from './labels';
export { isEventSection, isPlanSection, metricContexts, sectionChainFinder, type MetricContext } from './metricContext';
export { similarName } from './similarity';
export { reportHeadRange, rowRange } from './locate';
export { labelIdentity, pairMetrics, sectionKey } from './matchMetrics';
export { rowsBySection, type SectionRows } from './groupRows';
export { ROW_STATUSES } from './types';
export type * from './types';
export { isToldDone, planResults, targetLabel, type ReportItem } from './planResults';
