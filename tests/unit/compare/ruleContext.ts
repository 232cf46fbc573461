// A RuleContext for the comparison rules: a parsed report, hand-built metrics (independent of the
// extractor's heuristics) and the comparison of those metrics with last week's.
import { compareReports, type CompareOptions } from '../../../server/src/report/compare/compareReports';
import { parseReport } from '../../../server/src/report/parseReport';
import type { Metric } from '../../../server/src/report/metrics/types';
import type { RuleContext } from '../../../server/src/report/rules/types';
import type { Locale } from '../../../server/src/report/base/locale';
import type { Settings } from '../../../server/src/protocol';
import { defaultSettings } from '../../../server/src/report/settings';

export const SETTINGS: Settings = { ...defaultSettings, files: [] };

export interface ContextSpec {
  lines?: string[];
  current: Metric[];
  previous?: Metric[];
  sections?: { current: string[]; previous: string[] };
  locale?: Locale;
  options?: CompareOptions;
}

export function ruleContext(spec: ContextSpec): RuleContext {
  const lines = spec.lines ?? ['# 第51周', '', '- 入金有效成功率：99.866%'];
  const report = parseReport(lines.join('\n'));
  const comparison = spec.previous
    ? compareReports(
        { ref: { uri: 'file:///r/2023-W51.md', name: '第51周' }, metrics: spec.current, sections: spec.sections?.current },
        { ref: { uri: 'file:///r/2023-W50.md', name: '第50周' }, metrics: spec.previous, sections: spec.sections?.previous },
        spec.options,
      )
    : undefined;
  return { report, metrics: spec.current, settings: SETTINGS, locale: spec.locale ?? 'en', comparison };
}
