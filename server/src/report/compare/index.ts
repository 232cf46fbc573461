// The comparison feature's public surface.
export { compareReports, type ComparedReport, type CompareOptions, type HistoryWeek } from './compareReports';
export { reportRef, sectionNames, toComparedReport, toHistoryWeek } from './comparedReport';
export { directionFor, isProgressLabel } from './direction';
export { formatChange, formatDelta, formatRelative, formatValue, sparkline } from './formatDelta';
export { comparisonLabels, type ComparisonLabels } from './labels';
export { reportHeadRange, rowRange } from './locate';
export { pairMetrics, sectionKey } from './matchMetrics';
export { renderComparisonMarkdown } from './renderMarkdown';
export { displayWidth, renderComparisonText, type TextRenderOptions } from './renderText';
export { rowsBySection, type SectionRows } from './groupRows';
export type * from './types';
