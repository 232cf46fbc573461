// Progress that went backwards (测试进度 80% → 60%) is usually a typo or a re-planned project:
// either way the reader needs to be told.
import { isProgressLabel } from '../compare/direction';
import { comparisonRowFindings } from './comparisonFindings';
import type { Rule } from './types';

const CODE = 'progress-regressed';

export const progressRegressed: Rule = {
  code: CODE,
  defaultSeverity: 'warning',
  check(context) {
    return comparisonRowFindings(
      context,
      CODE,
      'warning',
      (row) => row.delta !== undefined && row.delta < 0 && isProgressLabel(row.label),
      'progressRegressed',
    );
  },
};
