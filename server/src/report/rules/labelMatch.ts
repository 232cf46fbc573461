// Which metrics a threshold names: a substring of the label, or a glob (`*成功率`, `P?告警数`) for
// the whole label. Never a regular expression: settings come from users.
import { matchWildcard } from '../glob';
import { normaliseLabel } from '../metrics/labels';

/** A predicate over labels; built once per pattern. */
export function labelMatcher(pattern: string): (label: string) => boolean {
  const isGlob = /[*?]/.test(pattern);
  // Globs keep their wildcards through normalisation, which would strip `*` and `?` as punctuation.
  const wanted = isGlob ? normaliseGlob(pattern) : normaliseLabel(pattern);
  if (!wanted) return () => false;
  return isGlob
    ? (label) => matchWildcard(wanted, normaliseLabel(label))
    : (label) => normaliseLabel(label).includes(wanted);
}

function normaliseGlob(pattern: string): string {
  return pattern
    .split(/([*?])/)
    .map((part) => (part === '*' || part === '?' ? part : normaliseLabel(part)))
    .join('');
}
