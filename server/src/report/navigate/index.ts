// Moving between the weeks of a series: Previous/Next Report, and a metric or a section followed
// into other weeks (go to definition, find references).
export {
  describeNeighbour,
  findNeighbourReport,
  formatWeekSpan,
  type NavigationDirection,
  type NeighbourReport,
  type WeekSpan,
} from './neighbourReport';
export { metricAcrossSeries, metricIndexAt, sameMetricIn, type MetricOccurrence } from './sameMetric';
export { sameSectionIn, sectionAt } from './sameSection';
