// Words the comparison renderers share, in the report's locale.
import type { Locale } from '../base/locale';
import type { ComparisonRow, RowStatus } from './types';

export interface ComparisonLabels {
  metric: string;
  thisWeek: string;
  lastWeek: string;
  delta: string;
  trend: string;
  /** Header of the column saying whether the change is good news. */
  statusColumn: string;
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
  statusColumn: 'Status',
  versus: 'vs',
  noSection: '(no section)',
  noPrevious: 'No previous report.',
  gone: 'Gone since last week: ',
  status: { improved: 'improved', worsened: 'worsened', changed: 'changed', unchanged: 'unchanged', new: 'new', gone: 'gone' },
};

const ZH_CN: ComparisonLabels = {
  metric: '指标',
  thisWeek: '本周',
  lastWeek: '上周',
  delta: 'Δ',
  trend: '趋势',
  statusColumn: '状态',
  versus: '对比',
  noSection: '（无章节）',
  noPrevious: '没有上周的周报。',
  gone: '上周有、本周没有：',
  status: { improved: '改善', worsened: '变差', changed: '有变化', unchanged: '持平', new: '新增', gone: '消失' },
};

export function comparisonLabels(locale: Locale = 'en'): ComparisonLabels {
  return locale === 'zh-cn' ? ZH_CN : EN;
}

/**
 * Good or bad news as a sign that survives plain text and Markdown, beside the colour: ▲/▼ are
 * kept for the direction of the number, so `排名 ▲2 ✗` reads as a rank that went up and is worse.
 */
export const STATUS_MARK: Record<RowStatus, string> = {
  improved: '✓',
  worsened: '✗',
  changed: '≠',
  unchanged: '=',
  new: '+',
  gone: '−',
};

/** `✗ worsened`: the status as a mark and a word, for a table cell or a summary. */
export function statusText(status: RowStatus, labels: ComparisonLabels): string {
  return `${STATUS_MARK[status]} ${labels.status[status]}`;
}

/** The row's name as every view shows it: the label, and its qualifier when the label is not unique. */
export function rowName(row: Pick<ComparisonRow, 'label' | 'qualifier'>): string {
  if (!row.qualifier) return row.label;
  return /[\u3400-\u9fff]/.test(row.label + row.qualifier) ? `${row.label}（${row.qualifier}）` : `${row.label} (${row.qualifier})`;
}
