// Words the comparison renderers share, in the report's locale.
import type { Locale } from '../rules/types';
import type { RowStatus } from './types';

export interface ComparisonLabels {
  metric: string;
  thisWeek: string;
  lastWeek: string;
  delta: string;
  trend: string;
  versus: string;
  noSection: string;
  noPrevious: string;
  /** Introduces the list of gone metrics, punctuation included. */
  gone: string;
  status: Record<RowStatus, string>;
}

const EN: ComparisonLabels = {
  metric: 'Metric',
  thisWeek: 'This week',
  lastWeek: 'Last week',
  delta: 'Δ',
  trend: 'Trend',
  versus: 'vs',
  noSection: '(no section)',
  noPrevious: 'No previous report.',
  gone: 'Gone since last week: ',
  status: { improved: 'improved', worsened: 'worsened', unchanged: 'unchanged', new: 'new', gone: 'gone' },
};

const ZH_CN: ComparisonLabels = {
  metric: '指标',
  thisWeek: '本周',
  lastWeek: '上周',
  delta: 'Δ',
  trend: '趋势',
  versus: '对比',
  noSection: '（无章节）',
  noPrevious: '没有上周的周报。',
  gone: '上周有、本周没有：',
  status: { improved: '改善', worsened: '变差', unchanged: '持平', new: '新增', gone: '消失' },
};

export function comparisonLabels(locale: Locale = 'en'): ComparisonLabels {
  return locale === 'zh-cn' ? ZH_CN : EN;
}
