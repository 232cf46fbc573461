// Progress that went backwards (测试进度 80% → 60%) is usually a typo or a re-planned project:
// either way the reader needs to be told.
import { isProgressLabel } from '../compare/direction';
import { comparisonRowFindings, type RowMessage } from './comparisonFindings';
import type { Rule } from './types';
import type { Locale } from '../base/locale';

const CODE = 'progress-regressed';

const messages: Record<Locale, RowMessage> = {
  en: (label, current, previous, change) => `${label} ${current}, lower than last week's ${previous} (${change})`,
  'zh-cn': (label, current, previous, change) => `${label} ${current}，低于上周的 ${previous}（${change}）`,
};

export const progressRegressed: Rule = {
  code: CODE,
  defaultSeverity: 'warning',
  check(context) {
    return comparisonRowFindings(
      context,
      CODE,
      'warning',
      (row) => row.delta !== undefined && row.delta < 0 && isProgressLabel(row.label),
      messages,
    );
  },
};
