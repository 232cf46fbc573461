// One metric over all reports of its series, as an inline SVG chart and the panel body around it.
// Dates on the x axis (weeks without a report keep their room), the line broken where a report
// lacks the metric or weeks are missing, team thresholds as dashed lines, each value labelled.
// Like the comparison page, everything from a report goes through `escapeHtml`, styling is by
// class only (the panel's CSP allows no inline styles) and nothing is fetched.
import type { Locale } from '../report/base/locale';
import { formatValue } from '../report/compare/formatDelta';
import { gapBefore, type ChartThreshold, type HistoryReport, type MetricHistoryData, type MetricTrack } from '../report/history';
import { historyLabels, formatNumber, type HistoryLabels } from '../report/i18n';
import { daysBetween } from '../report/week';
import { escapeHtml } from './renderHtml';

export interface HistoryChartInput {
  reports: readonly HistoryReport[];
  metric: MetricTrack;
  thresholds?: readonly ChartThreshold[];
}

const WIDTH = 640;
const HEIGHT = 280;
const MARGIN = { left: 64, right: 44, top: 28, bottom: 52 };
/** Past this many points only the first, last, lowest and highest values are labelled: labels would overlap. */
const MAX_LABELLED_POINTS = 16;
/** At most this many week labels under the x axis; every report still gets its tick. */
const MAX_WEEK_LABELS = 8;
/** About this many gridlines; their step is a round number (1, 2 or 5 times a power of ten). */
const Y_TICKS = 4;

/** The chart as an `<svg>` element; empty when the metric has no point. */
export function renderHistoryChartSvg(input: HistoryChartInput, locale: Locale): string {
  const labels = historyLabels(locale);
  const { reports, metric } = input;
  const points = metric.points.filter((point) => Number.isFinite(point.value) && reports[point.report]);
  if (points.length === 0) return '';
  const thresholds = input.thresholds ?? [];
  const x = xScale(reports);
  const y = yScale([...points.map((point) => point.value), ...thresholds.flatMap(bounds)]);
  const track = { ...metric, points };
  const history = { reports: [...reports], metrics: [track] };
  const format = (value: number) => formatValue(value, metric);
  const description = labels.chartDescription(metric.label, reports.length);

  const parts: string[] = [];
  parts.push(...yAxis(y));
  parts.push(...xAxis(reports, x, points, labels));
  for (const threshold of thresholds) parts.push(...thresholdLines(threshold, y, labels, metric));

  // Runs of consecutive points are one polyline; a gap is a faint dashed line, so the eye still follows it.
  let run: string[] = [];
  const flush = () => {
    if (run.length > 1) parts.push(`<polyline class="history-line" points="${run.join(' ')}"/>`);
    run = [];
  };
  points.forEach((point, i) => {
    const at = `${round(x(point.report))},${round(y.at(point.value))}`;
    if (gapBefore(history, track, i)) {
      const before = points[i - 1];
      flush();
      parts.push(
        `<line class="history-gap" x1="${round(x(before.report))}" y1="${round(y.at(before.value))}" x2="${round(x(point.report))}" y2="${round(y.at(point.value))}"/>`,
      );
    }
    run.push(at);
  });
  flush();

  const labelled = labelledPoints(points.map((point) => point.value));
  points.forEach((point, i) => {
    const report = reports[point.report];
    const cx = round(x(point.report));
    const cy = round(y.at(point.value));
    const tip = `${report.week}${report.date ? ` (${report.date})` : ''}: ${format(point.value)}`;
    parts.push(`<circle class="history-point" cx="${cx}" cy="${cy}" r="3.5"><title>${escapeHtml(tip)}</title></circle>`);
    if (labelled.has(i))
      parts.push(
        `<text class="history-value" x="${cx}" y="${round(cy - 8)}" text-anchor="middle">${escapeHtml(format(point.value))}</text>`,
      );
  });

  return (
    `<svg class="history-chart" viewBox="0 0 ${WIDTH} ${HEIGHT}" width="${WIDTH}" height="${HEIGHT}" role="img" ` +
    `aria-label="${escapeHtml(description)}" xmlns="http://www.w3.org/2000/svg"><title>${escapeHtml(description)}</title>${parts.join('')}</svg>`
  );
}

/** The panel's body for the first metric of `data`: heading, chart, and every report as a table row. */
export function renderHistoryBody(data: MetricHistoryData, uri: string, locale: Locale, options: { actions?: boolean } = {}): string {
  const labels = historyLabels(locale);
  const back = options.actions
    ? `<div class="actions"><button type="button" data-action="showComparison">${escapeHtml(labels.backToComparison)}</button></div>`
    : '';
  const metric = Array.isArray(data?.metrics) ? data.metrics[0] : undefined;
  const reports = Array.isArray(data?.reports) ? data.reports : [];
  if (!metric)
    return `<div class="history" data-uri="${escapeHtml(uri)}">${back}<p class="empty">${escapeHtml(labels.noHistory)}</p></div>`;
  const thresholds = data.thresholds?.[0] ?? [];
  const latest = metric.points[metric.points.length - 1];
  const path = latest?.path?.length ? `<p class="history-section">${escapeHtml(latest.path.join(' / '))}</p>` : '';
  const heading =
    `<header class="header"><h1><span class="caption">${escapeHtml(labels.historyOf)}</span> ` +
    `<span class="report-name metric-name">${escapeHtml(metric.label)}</span></h1>${path}${back}</header>`;
  const chart = `<figure class="history-figure">${renderHistoryChartSvg({ reports, metric, thresholds }, locale)}</figure>`;
  return `<div class="history" data-uri="${escapeHtml(uri)}">${heading}${chart}${historyTable(reports, metric, labels)}</div>`;
}

/** Every report of the series, the metric's value or "not reported", and weeks without a report. */
function historyTable(reports: readonly HistoryReport[], metric: MetricTrack, labels: HistoryLabels): string {
  const byReport = new Map(metric.points.map((point) => [point.report, point]));
  const rows = reports.map((report, i) => {
    const point = byReport.get(i);
    const value = point ? escapeHtml(formatValue(point.value, metric)) : `<span class="missing">${escapeHtml(labels.noValue)}</span>`;
    const note =
      report.missingBefore > 0
        ? ` <span class="history-missing-weeks">${escapeHtml(labels.weeksWithoutReport(report.missingBefore))}</span>`
        : '';
    return (
      `<tr class="history-row${point ? '' : ' history-no-value'}">` +
      `<th scope="row">${escapeHtml(report.week)}${note}</th><td>${escapeHtml(report.date)}</td><td class="value">${value}</td></tr>`
    );
  });
  const head = `<thead><tr><th scope="col">${escapeHtml(labels.week)}</th><th scope="col">${escapeHtml(labels.date)}</th><th scope="col" class="value">${escapeHtml(labels.value)}</th></tr></thead>`;
  return `<table class="history-table">${head}<tbody>${rows.join('')}</tbody></table>`;
}

/** x by date when every report has one (weeks without a report keep their room), else by order. */
function xScale(reports: readonly HistoryReport[]): (report: number) => number {
  const left = MARGIN.left;
  const width = WIDTH - MARGIN.left - MARGIN.right;
  const dated = reports.length > 0 && reports.every((report) => report.date && Number.isFinite(daysBetween(reports[0].date, report.date)));
  const offsets = reports.map((report, i) => (dated ? daysBetween(reports[0].date, report.date) : i));
  const span = Math.max(...offsets, 0) - Math.min(...offsets, 0);
  if (span <= 0) return () => left + width / 2;
  const low = Math.min(...offsets);
  return (report) => left + ((offsets[report] - low) / span) * width;
}

interface YScale {
  at(value: number): number;
  low: number;
  high: number;
}

function yScale(values: readonly number[]): YScale {
  let low = Math.min(...values);
  let high = Math.max(...values);
  if (high === low) {
    const pad = Math.abs(low) * 0.05 || 1;
    low -= pad;
    high += pad;
  } else {
    const pad = (high - low) * 0.12;
    low -= pad;
    high += pad;
  }
  const top = MARGIN.top;
  const height = HEIGHT - MARGIN.top - MARGIN.bottom;
  return { low, high, at: (value) => top + (1 - (value - low) / (high - low)) * height };
}

function yAxis(y: YScale): string[] {
  const parts = [`<line class="history-axis" x1="${MARGIN.left}" y1="${MARGIN.top}" x2="${MARGIN.left}" y2="${HEIGHT - MARGIN.bottom}"/>`];
  const step = roundStep((y.high - y.low) / Y_TICKS);
  const digits = Math.max(0, -Math.floor(Math.log10(step)));
  for (let k = Math.ceil(y.low / step); k * step <= y.high; k++) {
    const value = k * step;
    const at = round(y.at(value));
    parts.push(`<line class="history-grid" x1="${MARGIN.left}" y1="${at}" x2="${WIDTH - MARGIN.right}" y2="${at}"/>`);
    parts.push(
      `<text class="history-tick" x="${MARGIN.left - 6}" y="${round(at + 4)}" text-anchor="end">${escapeHtml(formatNumber(value, digits))}</text>`,
    );
  }
  return parts;
}

function xAxis(
  reports: readonly HistoryReport[],
  x: (report: number) => number,
  points: readonly { report: number }[],
  labels: HistoryLabels,
): string[] {
  const bottom = HEIGHT - MARGIN.bottom;
  const parts = [`<line class="history-axis" x1="${MARGIN.left}" y1="${bottom}" x2="${WIDTH - MARGIN.right}" y2="${bottom}"/>`];
  const withValue = new Set(points.map((point) => point.report));
  const every = Math.ceil(reports.length / MAX_WEEK_LABELS);
  reports.forEach((report, i) => {
    const at = round(x(i));
    parts.push(`<line class="history-tick-mark" x1="${at}" y1="${bottom}" x2="${at}" y2="${bottom + 4}"/>`);
    // A report without the metric: a hollow mark on the axis, so the gap reads as "not reported", not as a zero.
    if (!withValue.has(i)) {
      parts.push(
        `<circle class="history-no-value" cx="${at}" cy="${bottom}" r="3"><title>${escapeHtml(`${report.week}: ${labels.noValue}`)}</title></circle>`,
      );
    }
    if (i % every === 0 || i === reports.length - 1) {
      parts.push(`<text class="history-week" x="${at}" y="${bottom + 18}" text-anchor="middle">${escapeHtml(report.week)}</text>`);
      if (report.date)
        parts.push(`<text class="history-date" x="${at}" y="${bottom + 32}" text-anchor="middle">${escapeHtml(report.date)}</text>`);
    }
  });
  return parts;
}

/** The round number (1, 2 or 5 × 10ⁿ) nearest above `raw`. */
function roundStep(raw: number): number {
  const power = 10 ** Math.floor(Math.log10(raw));
  const scaled = raw / power;
  return (scaled <= 1 ? 1 : scaled <= 2 ? 2 : scaled <= 5 ? 5 : 10) * power;
}

function thresholdLines(threshold: ChartThreshold, y: YScale, labels: HistoryLabels, metric: MetricTrack): string[] {
  const drawn: Array<[string, number]> = [];
  if (threshold.min !== undefined) drawn.push([labels.min, threshold.min]);
  if (threshold.max !== undefined) drawn.push([labels.max, threshold.max]);
  return drawn.flatMap(([word, value]) => {
    const at = round(y.at(value));
    const caption = `${word} ${formatValue(value, metric)} (${threshold.metric})`;
    return [
      `<line class="history-threshold" x1="${MARGIN.left}" y1="${at}" x2="${WIDTH - MARGIN.right}" y2="${at}"><title>${escapeHtml(caption)}</title></line>`,
      `<text class="history-threshold-label" x="${WIDTH - MARGIN.right}" y="${round(at - 4)}" text-anchor="end">${escapeHtml(caption)}</text>`,
    ];
  });
}

function bounds(threshold: ChartThreshold): number[] {
  return [threshold.min, threshold.max].filter((value): value is number => typeof value === 'number' && Number.isFinite(value));
}

/** Which points carry a value label: all of them, or on a long series the first, last, lowest and highest. */
function labelledPoints(values: readonly number[]): Set<number> {
  if (values.length <= MAX_LABELLED_POINTS) return new Set(values.map((_, i) => i));
  const low = values.indexOf(Math.min(...values));
  const high = values.indexOf(Math.max(...values));
  return new Set([0, values.length - 1, low, high]);
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}

/** A metric to pick (the palette command's quick pick): its label, latest value in this report, section path. */
export interface MetricChoice {
  label: string;
  description: string;
  detail: string;
  params: { uri: string; line: number; label: string };
}

/** The metrics of report `uri` in `data`, each with its value in that report. */
export function metricChoices(data: MetricHistoryData | null, uri: string): MetricChoice[] {
  const at = data?.reports.findIndex((report) => report.uri === uri) ?? -1;
  return (data?.metrics ?? []).flatMap((metric) => {
    const point = metric.points.find((candidate) => candidate.report === at);
    if (!point) return [];
    return [
      {
        label: point.label,
        description: formatValue(point.value, metric),
        detail: point.path.join(' / '),
        params: { uri, line: point.line, label: point.label },
      },
    ];
  });
}
