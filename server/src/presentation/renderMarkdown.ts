// The comparison as Markdown tables, to paste into the report or an email.
import type { Locale } from '../report/base/locale';
import { formatDelta, formatRelative, formatValue } from '../report/compare/formatDelta';
import { rowsBySection } from '../report/compare/groupRows';
import { comparisonLabels, rowName, STATUS_MARK, statusText } from '../report/compare/labels';
import { ROW_STATUSES, type Comparison, type ReportRef } from '../report/compare/types';

export function renderComparisonMarkdown(comparison: Comparison, locale: Locale = 'en'): string {
  const labels = comparisonLabels(locale);
  const out: string[] = [];
  out.push(
    comparison.previous
      ? `**${escapeInline(refName(comparison.current))}** ${labels.versus} **${escapeInline(refName(comparison.previous))}**`
      : `**${escapeInline(refName(comparison.current))}**`,
  );
  if (comparison.note) out.push('', escapeInline(comparison.note));
  if (!comparison.previous) {
    if (!comparison.note) out.push('', labels.noPrevious);
    return out.join('\n') + '\n';
  }
  const { counts } = comparison;
  out.push('', ROW_STATUSES.map((status) => `${STATUS_MARK[status]} ${counts[status] ?? 0} ${labels.status[status]}`).join(' · '));

  const { sections, gone } = rowsBySection(comparison.rows);
  for (const { section, rows } of sections) {
    out.push('', `#### ${escapeInline(section || labels.noSection)}`, '');
    out.push(
      `| ${labels.metric} | ${labels.thisWeek} | ${labels.lastWeek} | ${labels.delta} | ${labels.statusColumn} |`,
      '| --- | ---: | ---: | ---: | --- |',
    );
    for (const row of rows) {
      const delta = [formatDelta(row), formatRelative(row)].filter(Boolean).join(' ') || '—';
      const cells = [
        rowName(row),
        formatValue(row.current, row),
        formatValue(row.previous, row) || '—',
        delta,
        statusText(row.status, labels),
      ];
      out.push(`| ${cells.map(escapeInline).join(' | ')} |`);
    }
  }
  if (gone.length > 0) {
    const list = gone.map((row) => `${escapeInline(rowName(row))} (${escapeInline(formatValue(row.previous, row))})`).join(', ');
    out.push('', `${labels.gone}${list}`);
  }
  return out.join('\n') + '\n';
}

function refName(ref: ReportRef): string {
  return ref.week && ref.week !== ref.name ? `${ref.name} (${ref.week})` : ref.name;
}

// Report text is pasted elsewhere: it must stay text, never become markup or break the table.
function escapeInline(text: string): string {
  return text.replace(/[\\`*_[\]<>|#~]/g, (ch) => `\\${ch}`).replace(/\r?\n/g, ' ');
}
