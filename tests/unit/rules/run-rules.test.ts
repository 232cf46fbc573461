import { describe, expect, it } from 'vitest';
import { allRules, ruleCodes, runRules } from '../../../server/src/report/rules/index';
import type { Rule } from '../../../server/src/report/rules/types';
import { contextFor, inReport } from './helpers';

const BODY = ['- 完成率120%', '- TODO 补充', '- 0级报警跟进率76%（16/24）'].join('\n');

describe('runRules', () => {
  it('has one rule per stable code', () => {
    expect(ruleCodes).toEqual(
      expect.arrayContaining([
        'percent-fraction-mismatch',
        'rate-out-of-range',
        'metric-threshold',
        'derived-ratio-mismatch',
        'date-outside-week',
        'placeholder-left',
        'empty-section',
      ]),
    );
    expect(ruleCodes.every((c) => /^[a-z]+(?:-[a-z]+)*$/.test(c))).toBe(true);
    expect(new Set(ruleCodes).size).toBe(allRules.length);
  });

  it('returns findings in document order with default severities', () => {
    const findings = runRules(contextFor(inReport(BODY)));
    expect(findings.map((f) => [f.range.start.line, f.code, f.severity])).toEqual([
      [6, 'rate-out-of-range', 'warning'],
      [7, 'placeholder-left', 'warning'],
      [8, 'percent-fraction-mismatch', 'warning'],
    ]);
  });

  it('applies severities and turns rules off from settings', () => {
    const settings = { rules: { 'rate-out-of-range': 'error', 'placeholder-left': 'off' } };
    const findings = runRules(contextFor(inReport(BODY), { settings }));
    expect(findings.map((f) => [f.code, f.severity])).toEqual([
      ['rate-out-of-range', 'error'],
      ['percent-fraction-mismatch', 'warning'],
    ]);
  });

  it('keeps the other rules when one throws', () => {
    const broken: Rule = {
      code: 'broken',
      defaultSeverity: 'error',
      check() {
        throw new Error('bug');
      },
    };
    const findings = runRules(contextFor(inReport(BODY)), [broken, ...allRules]);
    expect(findings).toHaveLength(3);
  });

  it('runs only the rules it is given', () => {
    const [placeholder] = allRules.filter((r) => r.code === 'placeholder-left');
    expect(runRules(contextFor(inReport(BODY)), [placeholder]).map((f) => f.code)).toEqual(['placeholder-left']);
  });
});
