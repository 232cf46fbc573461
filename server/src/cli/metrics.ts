// `weekly-report metrics`: every number the extractor found, as JSON for scripts or a table to read.
import type { Report } from '../report/model';
import type { Metric } from '../report/metrics/types';
import { weekLabel } from '../report/series/weekPosition';
import { formatNumber } from '../report/i18n';
import { formatValue } from '../report/compare/formatDelta';
import type { Locale } from '../report/i18n';
import { cliMessages } from './messages';
import { alignColumns } from './terminal';
import type { Journal } from '../report/journal';

export interface MetricsOutput {
  file: string;
  /** `2023-W51`, else `W51` or the report's date; null when the week is unknown. */
  week: string | null;
  metrics: MetricRecord[];
}

export interface MetricRecord {
  label: string;
  value: number;
  unit: string;
  kind: Metric['kind'];
  fraction: { numerator: number; denominator: number } | null;
  /** `from 510 ms to 470 ms`: the earlier value the text states; absent when none. */
  earlier?: number;
  /** `33人（增加1人）`: the change the text states beside the value; absent when none. */
  change?: { value: number; unit: string };
  section: string;
  /** 0-based, as everywhere in the core and in LSP. */
  line: number;
}

/** A journal's metrics: one entry per week, in file order. */
export interface JournalMetricsOutput {
  file: string;
  weeks: Array<{ heading: string; /** 0-based line of the week's heading. */ line: number; week: string | null; metrics: MetricRecord[] }>;
}

export function metricsOutput(file: string, report: Pick<Report, 'week'>, metrics: readonly Metric[]): MetricsOutput {
  return { file, week: weekLabel(report.week) ?? null, metrics: metricRecords(metrics) };
}

export function journalMetricsOutput(file: string, journal: Journal): JournalMetricsOutput {
  return {
    file,
    weeks: journal.weeks.map(({ section, report, metrics }) => ({
      heading: section.name,
      line: section.range.start.line,
      week: weekLabel(report.week) ?? null,
      metrics: metricRecords(metrics),
    })),
  };
}

/** Each week's table under its heading, in file order. */
export function renderJournalMetricsText(file: string, journal: Journal, locale: Locale = 'en'): string {
  return journal.weeks
    .map(({ section, report, metrics }) => renderMetricsText(`${file} › ${section.name}`, report, metrics, locale))
    .join('\n');
}

function metricRecords(metrics: readonly Metric[]): MetricRecord[] {
  return metrics.map((m) => ({
    label: m.label,
    value: m.value,
    unit: m.unit,
    kind: m.kind,
    fraction: m.fraction ? { numerator: m.fraction.numerator, denominator: m.fraction.denominator } : null,
    ...(m.earlier !== undefined ? { earlier: m.earlier } : {}),
    ...(m.change ? { change: { value: m.change.value, unit: m.change.unit } } : {}),
    section: m.section,
    line: m.range.start.line,
  }));
}

/** A table with 1-based lines (what editors show), values in the precision they were written with. */
export function renderMetricsText(file: string, report: Pick<Report, 'week'>, metrics: readonly Metric[], locale: Locale = 'en'): string {
  const messages = cliMessages(locale);
  const week = weekLabel(report.week);
  const head = week ? `${file}  (${week})` : file;
  if (metrics.length === 0) return `${head}\n${messages.noMetrics}\n`;
  const rows = metrics.map((m) => [
    String(m.range.start.line + 1),
    m.section,
    m.label,
    formatValue(m.value, m),
    m.fraction ? `${formatNumber(m.fraction.numerator)}/${formatNumber(m.fraction.denominator)}` : '',
    messages.metricKind[m.kind],
  ]);
  const table = alignColumns([messages.metricsHeader, ...rows], new Set([0, 3, 4]));
  return `${head}\n${table.join('\n')}\n${messages.metricCount(metrics.length)}\n`;
}
