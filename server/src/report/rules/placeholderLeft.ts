// TODO, TBD, XX%, 待补充, ？？ — text a template or a draft left for later and nobody filled in.
import { message } from '../i18n';
import { normalisedProse } from './lineCache';
import type { Finding, Rule, RuleContext } from './types';
import { ITEMS_PER_STEP, stepwise } from '../base/steps';

const code = 'placeholder-left';

/**
 * Matched on half-width text (so `？？` reads `??`, `ＸＸ` reads `XX`). `xx` only as a whole token:
 * `xx个`, `XX%`, `XX.X%`, but not the letters inside `xxl` or `0x1F`, nor a wildcard in a name
 * (`Factory:RISC-V:XXX系列`) or a flag (`-XX:+UseRVB`). TODO, FIXME, TBD in capitals or in lower case:
 * `Todo Agenda` is a name.
 */
export const PLACEHOLDER =
  /\b(?:TODO|FIXME|TBD|TBC|todo|fixme|tbd|tbc)\b|(?<![A-Za-z0-9-]|[A-Za-z0-9][:._])(?:[xX]{2,}(?:\.[xX]+)?%?|[xX](?:\.[xX]+)?%)(?![A-Za-z0-9])|待补充|待填写|待填|待定|\?{2,}/g;

export const placeholderLeft: Rule = {
  code,
  defaultSeverity: 'warning',
  ...stepwise(function* ({ report, locale }: RuleContext) {
    const findings: Finding[] = [];
    const scan = (written: string, normalised: string, line: number, firstCharacter: number) => {
      for (const [start, end] of placeholdersIn(normalised)) {
        findings.push({
          code,
          severity: 'warning',
          message: message(locale, 'placeholderLeft', { text: written.slice(start, end) }),
          range: { start: { line, character: firstCharacter + start }, end: { line, character: firstCharacter + end } },
        });
      }
    };
    for (const [k, prose] of report.proseLines.entries()) {
      if (k % ITEMS_PER_STEP === ITEMS_PER_STEP - 1) yield;
      scan(prose.text, prose.normalised, prose.line, 0);
    }
    // Table cells are not prose lines: a `| 覆盖率 | XX% |` row a template left is found here. The
    // cell's source is scanned (its range spans the pipes), with inline code masked as in prose.
    for (const table of report.tables) {
      for (const { range } of [...table.header, ...table.rows.flatMap((row) => row.cells)]) {
        const source = (report.lines[range.start.line] ?? '').slice(range.start.character, range.end.character);
        scan(source, normalisedProse(source, inlineCodeSpans(source)), range.start.line, range.start.character);
      }
    }
    return findings;
  }),
};

/**
 * What every PLACEHOLDER match contains (todo, xx, x%, 待, ??…), without its look-behinds: most lines
 * hold none of it, and this plain test lets them skip the full expression and its match objects.
 */
export const MAY_HOLD_PLACEHOLDER = /todo|fixme|tb[dc]|xx|x[%.]|待|\?\?/i;

/**
 * The placeholders of one line (or cell source), normalised (`ProseLine.normalised`), as [start, end)
 * offsets. Not cached by line: one regular expression over the line costs less than looking the line up.
 */
function placeholdersIn(text: string): Array<[number, number]> {
  const found: Array<[number, number]> = [];
  if (!MAY_HOLD_PLACEHOLDER.test(text)) return found;
  for (const match of text.matchAll(PLACEHOLDER)) {
    const start = match.index ?? 0;
    if (!isMentioned(text, start, start + match[0].length)) found.push([start, start + match[0].length]);
  }
  return found;
}

// A note spoken of, not left: `removed FIXME`, `修复一个TODO事项`, `todo 列表`, `your TODO schedule`.
const HANDLED_BEFORE =
  /(?:remove[ds]?|fix(?:e[ds])?|resolve[ds]?|clean(?:ed)? up|address(?:ed)?|修复|移除|删除|清理|解决|处理)(?:\s*(?:an?|the|one|all|some|一个|一些|所有|了))?\s*$/i;
const NOUN_AFTER = /^\s*(?:列表|清单|事项|项|lists?|items?|comments?|schedule|markers?)/i;

function isMentioned(text: string, start: number, end: number): boolean {
  const word = text.slice(start, end);
  if (!/^(?:todo|fixme|tbd|tbc)$/i.test(word)) return false;
  return HANDLED_BEFORE.test(text.slice(Math.max(0, start - 24), start)) || NOUN_AFTER.test(text.slice(end, end + 12));
}

/** `code` spans of a table cell's source, as [start, end) offsets. */
function inlineCodeSpans(source: string): Array<[number, number]> {
  return [...source.matchAll(/(`+)[^`]*?\1/g)].map((match) => [match.index ?? 0, (match.index ?? 0) + match[0].length]);
}
