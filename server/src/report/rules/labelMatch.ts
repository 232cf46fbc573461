// Which metrics a threshold names: a substring of the label, or a glob (`*成功率`, `P?告警数`) for
// the whole label. Never a regular expression: settings come from users.
import { matchWildcard } from '../glob';
import { labelIdentity } from '../compare/matchMetrics';
import { normaliseLabel } from '../metrics/labels';
import { toHalfWidth } from '../metrics/text';

/** A predicate over labels; built once per pattern. */
export function labelMatcher(pattern: string): (label: string) => boolean {
  const isGlob = /[*?]/.test(pattern);
  // Globs keep their wildcards through normalisation, which would strip `*` and `?` as punctuation.
  const wanted = isGlob ? normaliseGlob(pattern) : normaliseLabel(pattern);
  if (!wanted) return () => false;
  return isGlob ? (label) => matchWildcard(wanted, normaliseLabel(label)) : (label) => normaliseLabel(label).includes(wanted);
}

function normaliseGlob(pattern: string): string {
  return pattern
    .split(/([*?])/)
    .map((part) => (part === '*' || part === '?' ? part : normaliseLabel(part)))
    .join('');
}

/**
 * Whether `text` still names the metric `label` (a value left as `XX`, or written in words): then
 * it is not missing. English labels must stand as whole words (`PR` is not in `improve`); others
 * are looked for in the text with spacing, punctuation, width and plurals ignored.
 */
export function textNamesLabel(text: string, label: string): boolean {
  const wanted = labelIdentity(label);
  if (wanted.length < 2) return false;
  if (/^[a-z0-9]+$/.test(wanted)) return ` ${asciiWords(text)} `.includes(` ${asciiWords(label)} `);
  return labelIdentity(text).includes(wanted);
}

/** Words of letters or of digits (`84PRs` is `84 pr`), lowercase, in the singular. */
function asciiWords(text: string): string {
  const words = toHalfWidth(text).match(/[A-Za-z]+|[0-9]+/g) ?? [];
  return words.map(labelIdentity).join(' ');
}
