// The comparison as HTML: one renderer for the VS Code panel and the CLI's `--format html`, so
// both always show the same page. Everything that comes from a report goes through `escapeHtml`;
// nothing from a report ever lands in a URL, an event handler or a script.
import { isLocale, LANGUAGE_TAG, type Locale } from '../report/base/locale';
import { formatDelta, formatRelative, formatValue } from '../report/compare/formatDelta';
import { rowsBySection } from '../report/compare/groupRows';
import { comparisonLabels, rowName, STATUS_MARK, type ComparisonLabels } from '../report/compare/labels';
import {
  ROW_STATUSES,
  type Comparison,
  type ComparisonRow,
  type PlanResult,
  type RowStatus,
  type TrendPoint,
} from '../report/compare/types';
import { historyLabels, interfaceText, planLabels, type PageText } from '../report/i18n';
import { PLAN_ROW_STATUS, planActual, planTarget } from './planText';
import { HISTORY_CSS } from './historyCss';

export interface BodyOptions {
  /** Render the buttons (open last week's report, copy as Markdown): only where a script handles them. */
  actions?: boolean;
}

/** The panel inside VS Code: a linked, nonce'd script; `cspSource` is `webview.cspSource`. */
export interface WebviewAssets {
  nonce: string;
  cspSource: string;
  scriptUri: string;
  /** Extra stylesheet (e.g. `media/panel.css`) after the built-in styles; optional. */
  styleUri?: string;
}

/** A self-contained document (the CLI): styles inlined, no script, fallback theme colours. */
export interface InlineAssets {
  inline: true;
  /** Defaults to a fresh random nonce. */
  nonce?: string;
}

/** The id of the element whose content `update` messages replace. */
export const BODY_CONTAINER_ID = 'comparison';

const STATUSES = ROW_STATUSES;

// Words only the HTML page uses; the ones every renderer shares come from `comparisonLabels`.
type Strings = ComparisonLabels & PageText;

/** Text made safe for element content and double- or single-quoted attribute values. */
export function escapeHtml(text: unknown): string {
  return String(text ?? '').replace(/[&<>"']/g, (char) => ENTITIES[char]);
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** The panel's inner HTML: header, counts, one table per section, new/gone lines. */
export function renderComparisonBody(c: Comparison, locale: Locale, options: BodyOptions = {}): string {
  const s = stringsFor(locale);
  const rows = Array.isArray(c?.rows) ? c.rows : [];
  const parts = [renderHeader(c, s, options), renderCounts(c, rows, s)];
  if (rows.length === 0) parts.push(`<p class="empty">${escapeHtml(s.noMetrics)}</p>`);
  const { sections, gone } = rowsBySection(rows);
  for (const { section, rows: sectionRows } of sections) parts.push(renderSection(section, sectionRows, s, options, locale));
  parts.push(renderPlans(Array.isArray(c?.plans) ? c.plans : [], locale));
  parts.push(renderChangeLines(c, rows, gone, s));
  return `<div class="comparison" data-uri="${escapeHtml(c?.current?.uri)}">${parts.join('')}</div>`;
}

/** A short message in place of a comparison (nothing to compare yet, not a report…). */
export function renderNoticeBody(message: string): string {
  return `<div class="comparison"><p class="empty">${escapeHtml(message)}</p></div>`;
}

/**
 * A whole HTML document with a strict CSP; see `WebviewAssets` and `InlineAssets`. Without a
 * comparison the container is left empty for the panel's first `update` message.
 */
export function renderComparisonPage(c: Comparison | undefined, locale: Locale, assets: WebviewAssets | InlineAssets): string {
  const s = stringsFor(locale);
  const inline = 'inline' in assets;
  const nonce = escapeHtml(assets.nonce ?? randomNonce());
  const policy = inline
    ? `default-src 'none'; style-src 'nonce-${nonce}'; img-src data:; base-uri 'none'; form-action 'none'`
    : `default-src 'none'; style-src ${escapeHtml(assets.cspSource)} 'nonce-${nonce}'; ` +
      `script-src 'nonce-${nonce}'; img-src ${escapeHtml(assets.cspSource)} data:; base-uri 'none'; form-action 'none'`;
  const styles = (inline ? FALLBACK_THEME_CSS + PANEL_CSS : PANEL_CSS) + HISTORY_CSS;
  const stylesheet = !inline && assets.styleUri ? `<link rel="stylesheet" href="${escapeHtml(assets.styleUri)}">` : '';
  const script = inline ? '' : `<script nonce="${nonce}" src="${escapeHtml(assets.scriptUri)}"></script>`;
  const title = c?.current?.name ? `${s.title}: ${c.current.name}` : s.title;
  return [
    '<!DOCTYPE html>',
    `<html lang="${LANGUAGE_TAG[isLocale(locale) ? locale : 'en']}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${policy}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)}</title>`,
    `<style nonce="${nonce}">${styles}</style>`,
    stylesheet,
    '</head>',
    `<body${inline ? ' class="standalone"' : ''}>`,
    `<main id="${BODY_CONTAINER_ID}">${c ? renderComparisonBody(c, locale, { actions: !inline }) : ''}</main>`,
    script,
    '</body>',
    '</html>',
  ].join('\n');
}

function stringsFor(locale: Locale): Strings {
  const safeLocale: Locale = isLocale(locale) ? locale : 'en';
  return { ...comparisonLabels(safeLocale), ...interfaceText(safeLocale).page };
}

function renderHeader(c: Comparison, s: Strings, options: BodyOptions): string {
  const current = c?.current;
  const week = current?.week ? `<span class="week" title="${escapeHtml(s.week)}">${escapeHtml(current.week)}</span>` : '';
  const previous = c?.previous
    ? `<p class="compared-with">${escapeHtml(s.comparedWith)} <span class="previous-name">${escapeHtml(c.previous.name)}</span>` +
      (c.previous.week ? ` <span class="week">${escapeHtml(c.previous.week)}</span>` : '') +
      '</p>'
    : `<p class="no-previous">${escapeHtml(s.noPrevious)}</p>`;
  const note = c?.note ? `<p class="note">${escapeHtml(c.note)}</p>` : '';
  const actions = options.actions
    ? '<div class="actions">' +
      `<button type="button" data-action="openPrevious"${c?.previous ? '' : ' disabled'}>${escapeHtml(s.openPrevious)}</button>` +
      `<button type="button" data-action="copyMarkdown">${escapeHtml(s.copyMarkdown)}</button>` +
      '</div>'
    : '';
  return `<header class="header"><h1><span class="report-name">${escapeHtml(current?.name)}</span>${week}</h1>${previous}${note}${actions}</header>`;
}

function renderCounts(c: Comparison, rows: readonly ComparisonRow[], s: Strings): string {
  const counts = c?.counts ?? countStatuses(rows);
  const items = STATUSES.filter((status) => status === 'improved' || status === 'worsened' || counts[status] > 0).map(
    (status) =>
      `<li class="count status-${status}"><span class="status-mark" aria-hidden="true">${STATUS_MARK[status]}</span> ` +
      `<span class="count-value">${escapeHtml(counts[status] ?? 0)}</span> ` +
      `<span class="count-label">${escapeHtml(s.status[status])}</span></li>`,
  );
  return `<ul class="counts">${items.join('')}</ul>`;
}

function countStatuses(rows: readonly ComparisonRow[]): Comparison['counts'] {
  const counts = Object.fromEntries(STATUSES.map((status) => [status, 0])) as Comparison['counts'];
  for (const row of rows) if (row.status in counts) counts[row.status] += 1;
  return counts;
}

function renderSection(section: string, rows: readonly ComparisonRow[], s: Strings, options: BodyOptions, locale: Locale): string {
  const heading = !section ? `<h2 class="no-section">${escapeHtml(s.noSection)}</h2>` : `<h2>${escapeHtml(section)}</h2>`;
  const head =
    '<thead><tr>' +
    `<th scope="col" class="metric">${escapeHtml(s.metric)}</th>` +
    `<th scope="col" class="value">${escapeHtml(s.thisWeek)}</th>` +
    `<th scope="col" class="value">${escapeHtml(s.lastWeek)}</th>` +
    `<th scope="col" class="delta">${escapeHtml(s.delta)}</th>` +
    `<th scope="col" class="trend">${escapeHtml(s.trend)}</th>` +
    '</tr></thead>';
  return `<section class="section">${heading}<table>${head}<tbody>${rows.map((row) => renderRow(row, s, options.actions ? locale : undefined)).join('')}</tbody></table></section>`;
}

/** `historyLocale`: the trend becomes a button that opens the metric's history chart (where a script handles it). */
function renderRow(row: ComparisonRow, s: Strings, historyLocale?: Locale): string {
  const status = STATUSES.includes(row.status) ? row.status : 'unchanged';
  const line = Number.isInteger(row.line) && (row.line as number) >= 0 ? ` data-line="${row.line}" tabindex="0"` : '';
  return (
    `<tr class="row status-${status}"${line}>` +
    `<th scope="row" class="metric" title="${escapeHtml(rowName(row))}">${escapeHtml(rowName(row))}</th>` +
    `<td class="value current">${valueCell(row.current, row)}</td>` +
    `<td class="value previous">${valueCell(row.previous, row)}</td>` +
    `<td class="delta">${deltaCell(row, status, s)}</td>` +
    `<td class="trend">${historyLocale && line ? historyButton(row, historyLocale) : sparklineSvg(row)}</td>` +
    '</tr>'
  );
}

function historyButton(row: ComparisonRow, locale: Locale): string {
  const { showHistoryTitle } = historyLabels(locale);
  return (
    `<button type="button" class="history-button" data-action="showHistory" data-label="${escapeHtml(row.label)}" ` +
    `title="${escapeHtml(showHistoryTitle)}" aria-label="${escapeHtml(`${showHistoryTitle}: ${rowName(row)}`)}">${sparklineSvg(row)}</button>`
  );
}

/**
 * Last week's plan against this week: one row per target (a planned number or item), with what this
 * week has and met / missed / mentioned / not mentioned, marked like the comparison's statuses.
 */
function renderPlans(plans: readonly PlanResult[], locale: Locale): string {
  if (plans.length === 0) return '';
  const p = planLabels(locale);
  const head =
    '<thead><tr>' +
    `<th scope="col" class="metric">${escapeHtml(p.plan)}</th>` +
    `<th scope="col" class="value">${escapeHtml(p.target)}</th>` +
    `<th scope="col" class="metric">${escapeHtml(p.thisWeek)}</th>` +
    `<th scope="col" class="delta">${escapeHtml(p.result)}</th>` +
    '</tr></thead>';
  const rows = plans.map((plan) => {
    const status = PLAN_ROW_STATUS[plan.status] ?? 'gone';
    const line = Number.isInteger(plan.line) && (plan.line as number) >= 0 ? ` data-line="${plan.line}" tabindex="0"` : '';
    const target = planTarget(plan, locale);
    const actual = planActual(plan);
    return (
      `<tr class="row plan status-${status}"${line}>` +
      `<th scope="row" class="metric" title="${escapeHtml(plan.text)}">${escapeHtml(plan.text)}</th>` +
      `<td class="value target">${target ? escapeHtml(target) : '<span class="missing">—</span>'}</td>` +
      `<td class="metric actual" title="${escapeHtml(actual)}">${actual ? escapeHtml(actual) : '<span class="missing">—</span>'}</td>` +
      `<td class="delta"><span class="status-mark" aria-hidden="true">${STATUS_MARK[status]}</span> ${escapeHtml(p.status[plan.status])}</td>` +
      '</tr>'
    );
  });
  return `<section class="section plans"><h2>${escapeHtml(p.heading)}</h2><table>${head}<tbody>${rows.join('')}</tbody></table></section>`;
}

function valueCell(value: number | undefined, row: ComparisonRow): string {
  const text = formatValue(value, row);
  return text ? escapeHtml(text) : '<span class="missing">—</span>';
}

/**
 * ▲/▼ say which way the number went; the mark after it (✓ ✗ ≠) says whether that is good news, so
 * the cell reads right without colour. The word is there for screen readers and the title.
 */
function deltaCell(row: ComparisonRow, status: RowStatus, s: Strings): string {
  const statusText = escapeHtml(s.status[status]);
  const delta = formatDelta(row);
  if (!delta) return `<span class="badge">${statusText}</span>`;
  const relative = formatRelative(row);
  const mark =
    status === 'unchanged' ? '' : ` <span class="status-mark" aria-hidden="true" title="${statusText}">${STATUS_MARK[status]}</span>`;
  return (
    `<span class="delta-value">${escapeHtml(delta)}</span>` +
    (relative ? ` <span class="relative">${escapeHtml(relative)}</span>` : '') +
    mark +
    `<span class="visually-hidden"> ${statusText}</span>`
  );
}

const SPARK_WIDTH = 84;
const SPARK_HEIGHT = 22;
const SPARK_PAD = 3;

/** The trend as an inline SVG polyline, last point marked; empty when there is no value to draw. */
export function sparklineSvg(row: Pick<ComparisonRow, 'trend' | 'unit' | 'decimals'>): string {
  const points = (Array.isArray(row.trend) ? row.trend : []).filter(
    (point): point is TrendPoint => typeof point?.value === 'number' && Number.isFinite(point.value),
  );
  if (points.length === 0) return '';
  const values = points.map((point) => point.value);
  const low = Math.min(...values);
  const high = Math.max(...values);
  const step = points.length > 1 ? (SPARK_WIDTH - 2 * SPARK_PAD) / (points.length - 1) : 0;
  const xy = values.map((value, i) => {
    const x = points.length > 1 ? SPARK_PAD + i * step : SPARK_WIDTH / 2;
    const share = high === low ? 0.5 : (value - low) / (high - low);
    return [round(x), round(SPARK_HEIGHT - SPARK_PAD - share * (SPARK_HEIGHT - 2 * SPARK_PAD))];
  });
  const [lastX, lastY] = xy[xy.length - 1];
  const description = points.map((point) => `${point.week}: ${formatValue(point.value, row)}`).join(', ');
  const line = xy.length > 1 ? `<polyline points="${xy.map(([x, y]) => `${x},${y}`).join(' ')}"/>` : '';
  return (
    `<svg class="sparkline" viewBox="0 0 ${SPARK_WIDTH} ${SPARK_HEIGHT}" width="${SPARK_WIDTH}" height="${SPARK_HEIGHT}" ` +
    `role="img" aria-label="${escapeHtml(description)}"><title>${escapeHtml(description)}</title>` +
    `${line}<circle cx="${lastX}" cy="${lastY}" r="2.2"/></svg>`
  );
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}

/** New metrics (also in their section's table), gone ones with last week's value, missing sections. */
function renderChangeLines(c: Comparison, rows: readonly ComparisonRow[], gone: readonly ComparisonRow[], s: Strings): string {
  const newLabels = rows.filter((row) => row.status === 'new').map(rowName);
  const goneItems = gone.map((row) => `${rowName(row)} (${formatValue(row.previous, row) || '—'})`);
  const line = (className: string, caption: string, items: readonly string[]) =>
    items.length === 0
      ? ''
      : `<p class="${className}"><span class="caption">${escapeHtml(caption)}</span> ` +
        `${items.map((item) => `<span class="item">${escapeHtml(item)}</span>`).join(escapeHtml(s.listSeparator))}</p>`;
  const missingSections = Array.isArray(c?.missingSections) ? c.missingSections : [];
  const lines =
    line('changes status-new', s.newMetrics, newLabels) +
    line('changes status-gone', s.gone.trim(), goneItems) +
    line('changes missing-sections', s.missingSections, missingSections);
  return lines ? `<footer class="change-lines">${lines}</footer>` : '';
}

function randomNonce(): string {
  const bytes = new Uint8Array(16);
  globalThis.crypto.getRandomValues(bytes);
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

// Theme colours come from VS Code's --vscode-* variables, so light, dark and high contrast themes
// all work; status colours are also carried by ▲/▼ and hidden text, never by colour alone.
const PANEL_CSS = `
body { margin: 0; padding: 0 20px 20px; font-family: var(--vscode-font-family); font-size: var(--vscode-font-size);
  color: var(--vscode-foreground); background: var(--vscode-editor-background); line-height: 1.45; }
.header h1 { font-size: 1.5em; font-weight: 600; margin: 18px 0 4px; display: flex; align-items: baseline; gap: 10px; flex-wrap: wrap; }
.week { font-size: 0.8em; font-weight: normal; color: var(--vscode-descriptionForeground); font-variant-numeric: tabular-nums; }
.compared-with, .note { margin: 2px 0; color: var(--vscode-descriptionForeground); }
.previous-name { color: var(--vscode-foreground); }
.no-previous { margin: 8px 0; padding: 6px 10px; border-left: 3px solid var(--vscode-editorWarning-foreground);
  background: var(--vscode-textBlockQuote-background); }
.actions { display: flex; gap: 8px; margin: 10px 0 4px; }
.actions button { font: inherit; padding: 3px 12px; border-radius: 2px; cursor: pointer;
  color: var(--vscode-button-secondaryForeground); background: var(--vscode-button-secondaryBackground);
  border: 1px solid var(--vscode-button-border, transparent); }
.actions button:hover:not(:disabled) { background: var(--vscode-button-secondaryHoverBackground); }
.actions button:focus-visible { outline: 1px solid var(--vscode-focusBorder); outline-offset: 2px; }
.actions button:disabled { opacity: 0.5; cursor: default; }
.status-improved { --status-color: var(--vscode-charts-green); }
.status-worsened { --status-color: var(--vscode-charts-red); }
.status-changed { --status-color: var(--vscode-charts-yellow, var(--vscode-editorWarning-foreground)); }
.status-unchanged { --status-color: var(--vscode-descriptionForeground); }
.status-new { --status-color: var(--vscode-charts-blue); }
.status-gone { --status-color: var(--vscode-disabledForeground); }
.counts { list-style: none; display: flex; flex-wrap: wrap; gap: 8px; padding: 0; margin: 14px 0; }
.count { padding: 4px 12px; border-radius: 4px; border: 1px solid var(--vscode-panel-border); border-left: 3px solid var(--status-color); }
.count-value { font-size: 1.35em; font-weight: 600; color: var(--status-color); font-variant-numeric: tabular-nums; }
.count .status-mark { color: var(--status-color); }
.count-label { color: var(--vscode-descriptionForeground); }
.section h2 { font-size: 1.1em; font-weight: 600; margin: 20px 0 6px; }
.section h2.no-section { color: var(--vscode-descriptionForeground); font-style: italic; }
table { width: 100%; table-layout: fixed; border-collapse: collapse; font-variant-numeric: tabular-nums; }
th, td { padding: 4px 8px; text-align: left; border-bottom: 1px solid var(--vscode-panel-border); vertical-align: middle; }
thead th { font-size: 0.9em; font-weight: 600; color: var(--vscode-descriptionForeground); }
th.value, td.value, th.delta, td.delta { text-align: right; white-space: nowrap; }
th.value { width: 17%; }
th.delta { width: 16%; }
th.trend { width: 96px; }
td.value.previous { color: var(--vscode-descriptionForeground); }
th.metric { overflow-wrap: anywhere; }
tbody th.metric { font-weight: normal; }
tr.row > th:first-child { box-shadow: inset 3px 0 0 var(--status-color); }
tr.row td.delta { color: var(--status-color); font-weight: 600; }
tr.row .relative { font-weight: normal; font-size: 0.9em; }
tr.row[data-line] { cursor: pointer; }
tr.row[data-line]:hover { background: var(--vscode-list-hoverBackground); }
tr.row:focus-visible { outline: 1px solid var(--vscode-focusBorder); outline-offset: -1px; }
tr.status-gone th.metric, tr.status-gone td.value { color: var(--vscode-disabledForeground); }
.missing { color: var(--vscode-disabledForeground); }
.badge { font-size: 0.85em; font-weight: normal; padding: 0 6px; border-radius: 8px; border: 1px solid var(--status-color); }
.sparkline { display: block; overflow: visible; }
.sparkline polyline { fill: none; stroke: var(--status-color, currentColor); stroke-width: 1.5; stroke-linejoin: round; stroke-linecap: round; }
.sparkline circle { fill: var(--status-color, currentColor); }
.change-lines { margin-top: 18px; }
.changes { margin: 4px 0; }
.changes .caption { color: var(--status-color, var(--vscode-descriptionForeground)); font-weight: 600; }
.empty { color: var(--vscode-descriptionForeground); font-style: italic; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
body.vscode-high-contrast th, body.vscode-high-contrast td, body.vscode-high-contrast .count { border-color: var(--vscode-contrastBorder); }
body.vscode-high-contrast tr.row[data-line]:hover { background: transparent; outline: 1px dashed var(--vscode-contrastActiveBorder); outline-offset: -1px; }
`;

// Outside VS Code nobody defines the --vscode-* variables: Default Light/Dark Modern values.
const FALLBACK_THEME_CSS = `
:root { color-scheme: light dark;
  --vscode-font-family: system-ui, -apple-system, "Segoe UI", "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif;
  --vscode-font-size: 13px; --vscode-foreground: #3b3b3b; --vscode-editor-background: #ffffff;
  --vscode-descriptionForeground: #717171; --vscode-disabledForeground: rgba(97, 97, 97, 0.5);
  --vscode-charts-green: #388a34; --vscode-charts-red: #e51400; --vscode-charts-blue: #1a85ff;
  --vscode-panel-border: rgba(128, 128, 128, 0.35); --vscode-list-hoverBackground: #f2f2f2;
  --vscode-focusBorder: #005fb8; --vscode-editorWarning-foreground: #bf8803; --vscode-textBlockQuote-background: #f8f8f8; }
@media (prefers-color-scheme: dark) { :root {
  --vscode-foreground: #cccccc; --vscode-editor-background: #1f1f1f;
  --vscode-descriptionForeground: #9d9d9d; --vscode-disabledForeground: rgba(204, 204, 204, 0.5);
  --vscode-charts-green: #89d185; --vscode-charts-red: #f14c4c; --vscode-charts-blue: #3794ff;
  --vscode-list-hoverBackground: #2a2d2e; --vscode-focusBorder: #0078d4;
  --vscode-editorWarning-foreground: #cca700; --vscode-textBlockQuote-background: #2b2b2b; } }
`;
