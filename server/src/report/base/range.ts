// Order of positions and ranges, answered once for the core and the service: LSP positions compare
// by line, then by UTF-16 character. Ranges are closed at both ends here, so ranges that touch
// overlap, and a cursor just after a word still counts as on it.
import type { Position, Range } from '../model';

/** Negative when `a` comes before `b`, 0 when they are the same place, positive after. */
export function comparePositions(a: Position, b: Position): number {
  return a.line !== b.line ? a.line - b.line : a.character - b.character;
}

/** Whether `position` lies in `range`, both ends included. */
export function rangeContains(range: Range, position: Position): boolean {
  return comparePositions(range.start, position) <= 0 && comparePositions(position, range.end) <= 0;
}

/** Whether the ranges share a position; ranges that only touch at an end share it. */
export function rangesOverlap(a: Range, b: Range): boolean {
  return comparePositions(a.end, b.start) >= 0 && comparePositions(b.end, a.start) >= 0;
}

/** The smallest range covering both. */
export function spanning(a: Range, b: Range): Range {
  return {
    start: comparePositions(b.start, a.start) < 0 ? b.start : a.start,
    end: comparePositions(a.end, b.end) < 0 ? b.end : a.end,
  };
}
