// Glob matching without regular expressions: settings come from users, and a glob compiled to a
// RegExp can backtrack exponentially. Dynamic programming keeps every match O(pattern × text).

const MAX_BRACE_EXPANSIONS = 64;
/**
 * Longer patterns match nothing. Settings cut them before they get here (settings.ts); this bound
 * keeps any other caller's match O(MAX_PATTERN_CHARS × text) too.
 */
export const MAX_PATTERN_CHARS = 1024;

/** `a***b` is `a*b`: a run of stars matches what one does, and each one would cost a pass over the text. */
export function collapseStars(pattern: string): string {
  return pattern.replace(/\*{2,}/g, '*');
}

/** `{a,b}` alternatives expanded (bounded); nested braces are taken literally. */
export function expandBraces(pattern: string): string[] {
  const open = pattern.indexOf('{');
  const close = open < 0 ? -1 : pattern.indexOf('}', open);
  if (open < 0 || close < 0) return [pattern];
  const head = pattern.slice(0, open);
  const tail = expandBraces(pattern.slice(close + 1));
  const out: string[] = [];
  for (const alt of pattern.slice(open + 1, close).split(',')) {
    for (const rest of tail) {
      if (out.length >= MAX_BRACE_EXPANSIONS) return out;
      out.push(head + alt + rest);
    }
  }
  return out;
}

/** `*`, `?` and `[abc]`/`[a-z]`/`[!a]` within one path segment (or a label). */
export function matchWildcard(pattern: string, text: string): boolean {
  const collapsed = collapseStars(pattern);
  if (collapsed.length > MAX_PATTERN_CHARS) return false;
  const p = [...collapsed];
  const t = [...text];
  // reachable[j]: pattern prefix consumed so far matches text prefix of length j
  let reachable = new Array<boolean>(t.length + 1).fill(false);
  reachable[0] = true;
  for (let i = 0; i < p.length; i++) {
    const next = new Array<boolean>(t.length + 1).fill(false);
    if (p[i] === '*') {
      let any = false;
      for (let j = 0; j <= t.length; j++) {
        any = any || reachable[j];
        next[j] = any;
      }
    } else {
      let cls: ((c: string) => boolean) | undefined;
      let width = 1;
      if (p[i] === '[') {
        const end = p.indexOf(']', i + 2);
        if (end > 0) {
          cls = charClass(p.slice(i + 1, end));
          width = end - i + 1;
        }
      }
      for (let j = 0; j < t.length; j++) {
        if (!reachable[j]) continue;
        const c = t[j];
        if (cls ? cls(c) : p[i] === '?' || p[i] === c) next[j + 1] = true;
      }
      i += width - 1;
    }
    reachable = next;
  }
  return reachable[t.length];
}

function charClass(body: string[]): (c: string) => boolean {
  const negate = body[0] === '!' || body[0] === '^';
  const items = negate ? body.slice(1) : body;
  return (c) => {
    let hit = false;
    for (let k = 0; k < items.length; k++) {
      if (items[k + 1] === '-' && k + 2 < items.length) {
        if (c >= items[k] && c <= items[k + 2]) hit = true;
        k += 2;
      } else if (items[k] === c) hit = true;
    }
    return hit !== negate;
  };
}

/** A path glob (`**` spans folders) against a `/`-separated relative path. */
export function matchPathGlob(pattern: string, path: string): boolean {
  if (pattern.replace(/\*{3,}/g, '**').length > MAX_PATTERN_CHARS) return false;
  const segments = path.split('/').filter(Boolean);
  return expandBraces(pattern).some((p) => matchSegments(collapseGlobStars(p.split('/').filter(Boolean)), segments));
}

/** Consecutive `**` segments are one; within a segment, star runs are one star. */
function collapseGlobStars(segments: string[]): string[] {
  const out: string[] = [];
  for (const segment of segments) {
    if (segment === '**' || /^\*{3,}$/.test(segment)) {
      if (out[out.length - 1] !== '**') out.push('**');
    } else out.push(collapseStars(segment));
  }
  return out;
}

function matchSegments(pattern: string[], path: string[]): boolean {
  let reachable = new Array<boolean>(path.length + 1).fill(false);
  reachable[0] = true;
  for (const seg of pattern) {
    const next = new Array<boolean>(path.length + 1).fill(false);
    if (seg === '**') {
      let any = false;
      for (let j = 0; j <= path.length; j++) {
        any = any || reachable[j];
        next[j] = any;
      }
    } else {
      for (let j = 0; j < path.length; j++) if (reachable[j] && matchWildcard(seg, path[j])) next[j + 1] = true;
    }
    reachable = next;
  }
  return reachable[path.length];
}
