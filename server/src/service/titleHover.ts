// Hover on the report's title: the week and dates it was read as, and how far back the report it
// is compared with lies (the comparison's note), in the user's language.
import { MarkupKind, type Hover, type Position } from 'vscode-languageserver';
import type { Comparison } from '../report/compare/types';
import type { Report } from '../report/model';
import type { Locale } from '../report/base/locale';
import { describeWeek } from '../report/series/describeWeek';
import type { WeekNumberingSetting } from '../report/week';
import { completionText } from './completion/text';

export function titleHover(
  report: Pick<Report, 'titleRange' | 'week'>,
  comparison: Comparison | undefined,
  numbering: WeekNumberingSetting,
  position: Position,
  locale: Locale,
): Hover | undefined {
  const range = report.titleRange;
  if (!range || position.line !== range.start.line) return undefined;
  const lines = describeWeek(report.week, numbering, locale);
  if (!lines) return undefined;
  const previous = comparison?.previous;
  if (previous) {
    const where = previous.week ?? previous.name;
    lines.push('', completionText(locale).comparedWith(where));
  }
  if (comparison?.note) lines.push('', comparison.note);
  return { contents: { kind: MarkupKind.Markdown, value: lines.join('\n\n') }, range };
}
