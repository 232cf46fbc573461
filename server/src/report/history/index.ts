// A metric through its whole series: the history core (see metricHistory.ts).
export {
  filterHistory,
  gapBefore,
  historyRows,
  metricHistory,
  type HistoryPoint,
  type HistoryReport,
  type HistorySource,
  type MetricHistory,
  type MetricHistoryRow,
  type MetricTrack,
} from './metricHistory';
export { labelQuery, loadSeriesHistory, reportIndex, trackAt, tracksIn } from './seriesHistory';
export { metricHistoryData, thresholdsFor, type ChartThreshold, type MetricHistoryData } from './metricChart';
