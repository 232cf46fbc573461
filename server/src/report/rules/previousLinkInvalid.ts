// `previous: ../../etc/passwd`, `previous: /dev/zero`, `previous: notes.txt`: a front matter link
// to last week's report that the server or CLI refused to follow. The comparison has already
// fallen back to the usual lookup; this says why on the link's own line.
import { message } from '../i18n';
import type { Finding, Rule } from './types';

const code = 'previous-link-invalid';
/** The link as shown in the message: a pasted path can be any length. */
const MAX_SHOWN_CHARS = 120;

export const previousLinkInvalid: Rule = {
  code,
  defaultSeverity: 'warning',
  check({ report, previousLinkRefusal, locale }) {
    if (!previousLinkRefusal) return [];
    const line = previousLine(report.lines ?? [], report.frontMatterEndLine);
    if (line === undefined) return [];
    const text = report.lines[line];
    const start = text.length - text.trimStart().length;
    const link = (report.frontMatter['previous'] ?? '').trim();
    const shown = link.length > MAX_SHOWN_CHARS ? `${link.slice(0, MAX_SHOWN_CHARS)}…` : link;
    const finding: Finding = {
      code,
      severity: 'warning',
      message: message(locale, 'previousLinkInvalid', { link: shown, reason: previousLinkRefusal }),
      range: { start: { line, character: start }, end: { line, character: text.trimEnd().length } },
    };
    return [finding];
  },
};

/** The front matter line holding the `previous:` key (keys are case-insensitive, as the front matter reader reads them). */
function previousLine(lines: readonly string[], frontMatterEndLine: number): number | undefined {
  for (let i = 1; i < frontMatterEndLine; i++) if (/^previous\s*:/i.test(lines[i])) return i;
  return undefined;
}
