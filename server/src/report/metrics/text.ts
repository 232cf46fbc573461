// Character-level helpers for scanning prose. Every full-width form used in reports maps onto a
// single ASCII code unit, so normalising char by char keeps each UTF-16 offset valid: the scanner
// reads the normalised text and reports offsets into the text as written.

/** The ASCII (or ¥) code unit a full-width form stands for; -1 for a code unit left as it is. */
function halfWidthCode(code: number): number {
  if (code >= 0xff01 && code <= 0xff5e) return code - 0xfee0;
  switch (code) {
    case 0x3000: // ideographic space
    case 0x00a0:
      return 0x20;
    case 0x2212: // minus sign
    case 0x2013: // en dash, often typed for a minus or a range
      return 0x2d;
    case 0xfe6a:
      return 0x25; // %
    case 0xffe5:
      return 0xa5; // full-width yen sign → ¥
    default:
      return -1;
  }
}

/**
 * Full-width ASCII forms (９９．５％, ：，（）) and minus signs to ASCII; same length as the input.
 * A code-unit loop, not a regular expression with a callback: most lines of a Chinese report hold a
 * few full-width marks at most, and a line with none (below U+00A0 throughout) is returned as it is.
 */
export function toHalfWidth(text: string): string {
  let out = '';
  let copied = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0xa0) continue;
    const half = halfWidthCode(code);
    if (half < 0) continue;
    out += text.slice(copied, i) + String.fromCharCode(half);
    copied = i + 1;
  }
  return copied === 0 ? text : out + text.slice(copied);
}

/** Stands in for masked characters (code spans, URLs): never a digit, always a clause boundary. */
export const MASK_CHAR = '\u0000';

export function maskRanges(text: string, masked: ReadonlyArray<readonly [number, number]>): string {
  if (masked.length === 0) return text;
  const spans: Array<[number, number]> = [];
  for (const range of masked) {
    if (!Array.isArray(range)) continue;
    const from = Math.max(0, Math.floor(Number(range[0]) || 0));
    const to = Math.min(text.length, Math.floor(Number(range[1]) || 0));
    if (to > from) spans.push([from, to]);
  }
  spans.sort((a, b) => a[0] - b[0]);
  // Slices and runs instead of a per-character array: lines with masks are common (HTML comments, links).
  let out = '';
  let at = 0;
  for (const [from, to] of spans) {
    if (to <= at) continue;
    const start = Math.max(from, at);
    out += text.slice(at, start) + MASK_CHAR.repeat(to - start);
    at = to;
  }
  return out + text.slice(at);
}

export function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch >= '0' && ch <= '9';
}

export function isAsciiLetter(ch: string | undefined): boolean {
  return ch !== undefined && ((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z'));
}

export function isSpace(ch: string | undefined): boolean {
  return ch === ' ' || ch === '\t';
}

/** CJK ideographs and the punctuation blocks around them. */
export function isCjk(ch: string | undefined): boolean {
  return ch !== undefined && ch.charCodeAt(0) >= 0x2e80 && ch.charCodeAt(0) < 0xff00;
}

/** Ends a clause: the label of a number never reaches across one of these. */
export function isClauseBoundary(t: string, i: number): boolean {
  const ch = t[i];
  switch (ch) {
    case ',':
    case ';':
    case '!':
    case '?':
    case '\u3002': // 。
    case '\u3001': // 、
    case '|':
    case MASK_CHAR:
      return true;
    case '.':
      return i + 1 >= t.length || isSpace(t[i + 1]);
    default:
      return false;
  }
}

/** Ends a sentence (derived ratios only pair numbers inside one sentence). */
export function isSentenceBoundary(t: string, i: number): boolean {
  const ch = t[i];
  if (ch === ';' || ch === '!' || ch === '?' || ch === '\u3002') return true;
  return ch === '.' && (i + 1 >= t.length || isSpace(t[i + 1]));
}

/** The ASCII word (letters only) ending just before `end`, skipping spaces; '' when none. */
export function wordBefore(t: string, end: number): string {
  let j = end;
  while (j > 0 && isSpace(t[j - 1])) j--;
  let k = j;
  while (k > 0 && isAsciiLetter(t[k - 1]) && j - k < 16) k--;
  return isAsciiLetter(t[k - 1]) ? '' : t.slice(k, j);
}

/** The ASCII word (letters only) starting at `start`. */
export function wordAt(t: string, start: number): string {
  let j = start;
  while (isAsciiLetter(t[j]) && j - start < 24) j++;
  return t.slice(start, j);
}
