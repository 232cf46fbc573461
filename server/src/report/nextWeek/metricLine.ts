// One line holding metrics, rewritten for next week: each value becomes a placeholder the
// placeholder-left rule flags (or stays, by setting), and in a figures section the explanation
// after the figures (`，由于银商侧系统异常…`) goes, since it explains this week's numbers.
import type { Metric } from '../metrics/types';
import { toHalfWidth } from '../text';

/** What the user types over; the placeholder-left rule flags `XX`, `XX%`, `XX个`, `XX/XX`. */
export const VALUE_PLACEHOLDER = 'XX';

export type NextValues = 'placeholder' | 'last-week';

interface Edit {
  start: number;
  end: number;
  text: string;
}

/** Clause boundaries: Chinese and ASCII commas, semicolons and full stops, but not `1,234`. */
function isClauseEnd(t: string, i: number): boolean {
  const ch = t[i];
  if (ch === ',') return !(/\d/.test(t[i - 1] ?? '') && /\d/.test(t[i + 1] ?? ''));
  return ch === '，' || ch === '；' || ch === ';' || ch === '。' || ch === '、';
}

/**
 * Where the line's figures end: after the run of clauses holding a metric, at the first clause
 * without one that follows them. The line's length when the figures run to the end.
 */
export function figuresEnd(text: string, valueStarts: number[]): number {
  const t = toHalfWidth(text);
  let clauseStart = 0;
  let seenMetric = false;
  for (let i = 0; i <= t.length; i++) {
    if (i < t.length && !isClauseEnd(t, i)) continue;
    const holdsMetric = valueStarts.some((s) => s >= clauseStart && s < i);
    if (holdsMetric) seenMetric = true;
    else if (seenMetric && t.slice(clauseStart, i).trim()) return clauseStart - 1;
    clauseStart = i + 1;
  }
  return text.length;
}

function placeholderEdits(text: string, metric: Metric): Edit[] {
  const { start, end } = { start: metric.valueRange.start.character, end: metric.valueRange.end.character };
  const written = text.slice(start, end);
  const at = toHalfWidth(written).indexOf(toHalfWidth(metric.raw));
  const numberStart = at >= 0 ? start + at : start;
  const numberEnd = at >= 0 ? numberStart + metric.raw.length : end;
  // `60mins` → `XX mins`: a letter right after would make `XXmins` one word the rule cannot see.
  const spacer = /[A-Za-z0-9]/.test(text[numberEnd] ?? '') ? ' ' : '';
  const edits: Edit[] = [{ start: numberStart, end: numberEnd, text: VALUE_PLACEHOLDER + spacer }];
  const fraction = metric.fraction;
  if (fraction && fraction.range.start.line === metric.valueRange.start.line) {
    edits.push({
      start: fraction.range.start.character,
      end: fraction.range.end.character,
      text: `${VALUE_PLACEHOLDER}/${VALUE_PLACEHOLDER}`,
    });
  }
  return edits;
}

/**
 * `metrics` are the metrics on this line (their ranges on it). `cutExplanation` for lines in a
 * figures section.
 */
export function rewriteMetricLine(text: string, metrics: readonly Metric[], values: NextValues, cutExplanation: boolean): string {
  const onLine = metrics.filter((m) => m.valueRange.start.line === m.valueRange.end.line && m.valueRange.end.character <= text.length);
  const cut = cutExplanation
    ? figuresEnd(
        text,
        onLine.map((m) => m.valueRange.start.character),
      )
    : text.length;
  let out = text.slice(0, cut).replace(/\s+$/, '');
  if (values === 'last-week') return out;
  const edits = onLine
    .filter((m) => m.valueRange.end.character <= out.length)
    .flatMap((m) => placeholderEdits(out, m))
    .filter((e) => e.end <= out.length)
    .sort((a, b) => b.start - a.start);
  let last = Infinity;
  for (const edit of edits) {
    if (edit.end > last) continue; // overlapping ranges from a confused extraction: keep the later one
    out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
    last = edit.start;
  }
  return out;
}
