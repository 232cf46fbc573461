// "Fix all": every certain fix of a report's findings as one set of text edits, shared by the
// server's `source.fixAll` code action and `weekly-report check --fix`. A finding carries a fix only
// when the rule is certain of it (see `rules/types.ts`); here the fixes are put together so that
// applying them all at once is itself certain: no two edits may touch the same text.
import type { Position, Range } from '../model';
import type { Finding } from '../rules/types';
import { comparePositions } from '../base/range';

export interface TextEdit {
  range: Range;
  newText: string;
}

export interface CertainFixes {
  /** Non-overlapping edits in document order (LSP applies a WorkspaceEdit's edits as if all at once). */
  edits: TextEdit[];
  /** The codes of the findings these edits fix, one per finding, in document order. */
  fixed: string[];
  /**
   * Findings whose fixes disagree about the same text: none of them is applied, since which one
   * is right is not certain. Their quick fixes stay offered one by one.
   */
  conflicting: Finding[];
}

/**
 * The fixes of `findings` as one set of edits. Two findings proposing the very same edit (two
 * rules agreeing on one value) share it; fixes whose ranges overlap otherwise, or touch at the
 * same point as an insertion, are all left out.
 */
export function certainFixes(findings: readonly Finding[]): CertainFixes {
  const withFix = findings.filter((finding) => finding.fix).sort((a, b) => compareRanges(a.fix!.range, b.fix!.range));
  const groups: Array<{ edit: TextEdit; findings: Finding[]; conflict: boolean }> = [];
  for (const finding of withFix) {
    const edit: TextEdit = { range: finding.fix!.range, newText: finding.fix!.newText };
    const last = groups.at(-1);
    if (last && sameEdit(last.edit, edit)) {
      last.findings.push(finding);
    } else if (last && editsClash(last.edit, edit)) {
      last.findings.push(finding);
      last.conflict = true;
      // Keep the widest end so a third edit overlapping either one is caught too.
      if (comparePositions(edit.range.end, last.edit.range.end) > 0)
        last.edit = { ...last.edit, range: { ...last.edit.range, end: edit.range.end } };
    } else {
      groups.push({ edit, findings: [finding], conflict: false });
    }
  }
  const result: CertainFixes = { edits: [], fixed: [], conflicting: [] };
  for (const group of groups) {
    if (group.conflict) {
      result.conflicting.push(...group.findings);
      continue;
    }
    result.edits.push(group.edit);
    result.fixed.push(...group.findings.map((finding) => finding.code));
  }
  return result;
}

/**
 * `text` with `edits` applied. Positions are LSP's (0-based lines, UTF-16 characters) over lines
 * ended by \r\n, \r or \n, as `splitLines` reads them; line endings, a BOM at the start and every
 * byte outside the edited ranges stay as they were. Edits must not overlap (`certainFixes` makes
 * sure); they are applied from the end backwards so earlier positions stay valid.
 */
export function applyTextEdits(text: string, edits: readonly TextEdit[]): string {
  const lineStarts = lineStartOffsets(text);
  const offsetOf = (position: Position): number => {
    const line = position.line;
    // A position past the text means the edits were made for another version of it.
    if (line < 0 || line >= lineStarts.length) throw new RangeError(`applyTextEdits: line ${line} is not in the text`);
    const start = lineStarts[line];
    const end = line + 1 < lineStarts.length ? lineContentEnd(text, lineStarts[line + 1]) : text.length;
    return Math.min(start + Math.max(position.character, 0), end);
  };
  const ordered = [...edits].sort((a, b) => compareRanges(b.range, a.range));
  let result = text;
  let previousStart = Number.POSITIVE_INFINITY;
  for (const edit of ordered) {
    const start = offsetOf(edit.range.start);
    const end = Math.max(start, offsetOf(edit.range.end));
    if (end > previousStart) throw new RangeError('applyTextEdits: edits overlap');
    result = result.slice(0, start) + edit.newText + result.slice(end);
    previousStart = start;
  }
  return result;
}

/** Offsets where each line starts, splitting on \r\n, \r or \n like `splitLines`. */
function lineStartOffsets(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 13 /* \r */) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    } else if (ch === 10 /* \n */) {
      starts.push(i + 1);
    }
  }
  return starts;
}

/** Where a line's text ends, given where the next line starts: before its terminator. */
function lineContentEnd(text: string, nextLineStart: number): number {
  const before = nextLineStart - 1;
  return text.charCodeAt(before) === 10 && text.charCodeAt(before - 1) === 13 ? before - 1 : before;
}

function compareRanges(a: Range, b: Range): number {
  return comparePositions(a.start, b.start) || comparePositions(a.end, b.end);
}

function sameEdit(a: TextEdit, b: TextEdit): boolean {
  return compareRanges(a.range, b.range) === 0 && a.newText === b.newText;
}

/**
 * Whether `next` (starting at or after `previous`) touches text `previous` replaces. Ranges that
 * only meet at an end do not clash, unless both start there (two insertions at one point, or an
 * insertion where a replacement starts: their order would be a guess).
 */
function editsClash(previous: TextEdit, next: TextEdit): boolean {
  const startOrder = comparePositions(next.range.start, previous.range.end);
  if (startOrder < 0) return true;
  return startOrder === 0 && comparePositions(previous.range.start, next.range.start) === 0;
}
