import { describe, expect, it } from 'vitest';
import { applyTextEdits, certainFixes, type TextEdit } from '../../../server/src/report/fix/fixAll';
import { runRules } from '../../../server/src/report/rules';
import type { Finding } from '../../../server/src/report/rules/types';
import { contextFor, inReport } from '../rules/helpers';

const at = (line: number, start: number, end = start) => ({ start: { line, character: start }, end: { line, character: end } });

function finding(code: string, range: ReturnType<typeof at>, newText?: string): Finding {
  return {
    code,
    severity: 'warning',
    message: code,
    range,
    ...(newText !== undefined && { fix: { title: `→ ${newText}`, range, newText } }),
  };
}

/** Whether any two edits share text (touching ends allowed), as LSP forbids. */
function overlapping(edits: TextEdit[]): boolean {
  const key = (p: { line: number; character: number }) => p.line * 1e6 + p.character;
  const sorted = [...edits].sort((a, b) => key(a.range.start) - key(b.range.start));
  return sorted.some((edit, i) => i > 0 && key(edit.range.start) < key(sorted[i - 1].range.end));
}

describe('certainFixes', () => {
  it('collects the fixes of a report with two wrong percentages into two non-overlapping edits', () => {
    const text = inReport('- 跟进率76%（16/24），成功率50%（3/4）\n- 覆盖率10%（1/3）');
    const context = contextFor(text);
    const findings = runRules(context);
    const { edits, fixed, conflicting } = certainFixes(findings);
    expect(fixed).toEqual(['percent-fraction-mismatch', 'percent-fraction-mismatch', 'percent-fraction-mismatch']);
    expect(conflicting).toEqual([]);
    expect(overlapping(edits)).toBe(false);
    const result = applyTextEdits(text, edits);
    expect(result).toBe(text.replace('76%', '67%').replace('50%', '75%').replace('10%', '33%'));
    // Fixed text has nothing left to fix.
    expect(certainFixes(runRules(contextFor(result))).edits).toEqual([]);
  });

  it('skips findings without a fix and shares one edit two findings agree on', () => {
    const { edits, fixed } = certainFixes([finding('a', at(1, 0, 3), 'x'), finding('b', at(1, 0, 3), 'x'), finding('c', at(2, 0, 1))]);
    expect(edits).toEqual([{ range: at(1, 0, 3), newText: 'x' }]);
    expect(fixed).toEqual(['a', 'b']);
  });

  it('leaves out every fix of text two fixes disagree about, and keeps the others', () => {
    const { edits, fixed, conflicting } = certainFixes([
      finding('a', at(1, 2, 6), 'one'),
      finding('b', at(1, 4, 8), 'two'),
      finding('c', at(1, 7, 9), 'three'), // overlaps b only: still part of the clash
      finding('d', at(1, 9, 10), 'four'), // touches c's end: a separate edit
      finding('e', at(3, 0, 2), 'five'),
    ]);
    expect(conflicting.map((f) => f.code)).toEqual(['a', 'b', 'c']);
    expect(fixed).toEqual(['d', 'e']);
    expect(edits.map((e) => e.newText)).toEqual(['four', 'five']);
  });

  it('treats two insertions at one point as a clash: their order would be a guess', () => {
    const { edits, conflicting } = certainFixes([finding('a', at(0, 3), 'x'), finding('b', at(0, 3), 'y')]);
    expect(edits).toEqual([]);
    expect(conflicting).toHaveLength(2);
  });
});

describe('applyTextEdits', () => {
  it('keeps CRLF, lone CR and a BOM, and changes only the edited characters', () => {
    const text = '\ufeff# 第1周\r\n- 跟进率76%\r- 成功率50%\n';
    const result = applyTextEdits(text, [
      { range: at(2, 5, 8), newText: '75%' },
      { range: at(1, 5, 8), newText: '67%' },
    ]);
    expect(result).toBe('\ufeff# 第1周\r\n- 跟进率67%\r- 成功率75%\n');
  });

  it('counts characters in UTF-16 code units, as LSP does', () => {
    // 𠀀 is one code point but two UTF-16 code units.
    expect(applyTextEdits('𠀀12%', [{ range: at(0, 2, 5), newText: '13%' }])).toBe('𠀀13%');
  });

  it('refuses overlapping edits and positions outside the text instead of guessing', () => {
    expect(() =>
      applyTextEdits('abcdef', [
        { range: at(0, 0, 3), newText: 'x' },
        { range: at(0, 2, 4), newText: 'y' },
      ]),
    ).toThrow(RangeError);
    expect(() => applyTextEdits('abc', [{ range: at(4, 0, 1), newText: 'x' }])).toThrow(RangeError);
  });

  it('applies an edit at the very end of a line without eating its line ending', () => {
    expect(applyTextEdits('ab\r\ncd', [{ range: at(0, 2, 9), newText: 'X' }])).toBe('abX\r\ncd');
  });
});
