// Rule tests run the real pipeline (parse → extract metrics → rule) on small reports, so each case
// reads like the line a user would write. `inReport` supplies the title and Created line.
import { parseReport } from '../../../server/src/report/parseReport';
import { extractMetrics } from '../../../server/src/report/metrics/extractMetrics';
import type { Metric } from '../../../server/src/report/metrics/types';
import type { Report } from '../../../server/src/report/model';
import { defaultSettings, readSettings } from '../../../server/src/report/settings';
import type { Finding, Rule, RuleContext } from '../../../server/src/report/rules/types';
import type { Locale } from '../../../server/src/report/base/locale';

export const CREATED = '2023年12月16日 08:02';

/** A report in the example's shape: `# 第51周`, a Created line, one section holding `body`. */
export function inReport(body: string, options: { title?: string; created?: string | null } = {}): string {
  const title = options.title ?? '第51周';
  const created = options.created === undefined ? CREATED : options.created;
  const head = created === null ? [`# ${title}`, ''] : [`# ${title}`, '', `Created: ${created}`, ''];
  return [...head, '## 【数据】', '', body, ''].join('\n');
}

export interface CheckOptions {
  settings?: unknown;
  locale?: Locale;
  /** Hand-built metrics instead of extracted ones. */
  metrics?: (report: Report) => Metric[];
}

export function contextFor(text: string, options: CheckOptions = {}): RuleContext {
  const settings = options.settings === undefined ? { ...defaultSettings } : readSettings(options.settings).settings;
  // As the server and the CLI do: the report is read with the weekNumbering setting.
  const report = parseReport(text, { weekNumbering: settings.weekNumbering });
  return {
    report,
    metrics: options.metrics ? options.metrics(report) : extractMetrics(report),
    settings,
    locale: options.locale ?? 'en',
  };
}

export function check(rule: Rule, text: string, options: CheckOptions = {}): Finding[] {
  return rule.check(contextFor(text, options));
}

/** The text a finding covers (single-line ranges). */
export function coveredText(text: string, finding: Finding): string {
  const line = text.split('\n')[finding.range.start.line] ?? '';
  return line.slice(finding.range.start.character, finding.range.end.character);
}

/**
 * A percent metric built by hand from the line holding `written` (e.g. `76%`), for values the
 * extractor would not produce. The label is everything before the value on that line.
 */
export function percentOn(report: Report, written: string, value: number, fraction?: [number, number]): Metric {
  const line = report.lines.findIndex((l) => l.includes(written));
  const start = report.lines[line].indexOf(written);
  const at = (character: number) => ({ line, character });
  const decimals = /\.(\d+)/.exec(written)?.[1].length ?? 0;
  return {
    label: report.lines[line].slice(0, start).replace(/^[-\s]+/, ''),
    value,
    unit: '%',
    kind: 'percent',
    section: '',
    range: { start: at(0), end: at(start + written.length) },
    valueRange: { start: at(start), end: at(start + written.length) },
    decimals,
    raw: written.replace(/%$/, ''),
    ...(fraction && {
      fraction: { numerator: fraction[0], denominator: fraction[1], range: { start: at(0), end: at(report.lines[line].length) } },
    }),
  };
}
