import { describe, expect, it } from 'vitest';
import { toCheckDiagnostics } from '../../../server/src/cli/check';
import type { Finding } from '../../../server/src/report/rules/types';

const on = (line: number, from: number, to: number) => ({ start: { line, character: from }, end: { line, character: to } });

function finding(code: string, line: number, fix?: { from: number; to: number; newText: string }): Finding {
  return {
    code,
    severity: 'warning',
    message: code,
    range: on(line, 0, 20),
    ...(fix ? { fix: { title: `Replace with ${fix.newText}`, range: on(line, fix.from, fix.to), newText: fix.newText } } : {}),
  };
}

describe('toCheckDiagnostics', () => {
  it('keeps the fixes check --fix would write and drops those that disagree about the same text', () => {
    const findings = [
      finding('percent-fraction-mismatch', 2, { from: 5, to: 8, newText: '67%' }),
      // Two rules proposing different values for one span: neither is certain.
      finding('percent-fraction-mismatch', 4, { from: 5, to: 8, newText: '75%' }),
      finding('derived-ratio-mismatch', 4, { from: 5, to: 8, newText: '74%' }),
      // Two rules agreeing on one value: both keep it.
      finding('percent-fraction-mismatch', 6, { from: 3, to: 6, newText: '10%' }),
      finding('derived-ratio-mismatch', 6, { from: 3, to: 6, newText: '10%' }),
      finding('placeholder-left', 8),
    ];
    const fixes = toCheckDiagnostics(findings).map((d) => d.fix?.newText);
    expect(fixes).toEqual(['67%', undefined, undefined, '10%', '10%', undefined]);
  });

  it('adds no fix key to a diagnostic without one, so the other formats print as before', () => {
    const [diagnostic] = toCheckDiagnostics([finding('placeholder-left', 1)]);
    expect(Object.keys(diagnostic)).toEqual(['code', 'severity', 'message', 'range']);
  });
});
