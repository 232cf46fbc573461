// The one answer to "how did the report write this value", for messages, hovers and the outline.
import type { Metric } from './types';

/**
 * The value and unit exactly as the report writes them (`76%`, `９９．５％`, `$12.5k`): the text
 * the value range covers. A value range always lies on one line; should it not, or should the
 * lines be from another version of the text, the parsed number and unit stand in.
 */
export function writtenValue(lines: readonly string[], metric: Metric): string {
  const { start, end } = metric.valueRange;
  const text = start.line === end.line ? (lines[start.line] ?? '').slice(start.character, end.character) : '';
  return text || `${metric.raw}${metric.unit}`;
}
