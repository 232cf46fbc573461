import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { planNextReport, shiftWeekText } from '../../../server/src/report/nextWeek';
import { parseReport } from '../../../server/src/report/parseReport';
import { completionItems } from '../../../server/src/service/completion';

/** Text made of the pieces reports are made of, so the generator reaches the interesting paths. */
const piece = fc.constantFrom(
  '# 第52周',
  '## 【重点工作】',
  '## 下周工作及目标',
  '- ',
  '1. ',
  '【',
  '】',
  '：',
  '99.9%',
  '16/24',
  '（',
  '）',
  'Created: 2023年12月29日',
  '2023-W53',
  'week-54',
  '第五十四周',
  '12.30-1.5',
  '---',
  'week: 52',
  '\n',
  '\n\n',
  ' ',
  'text',
  '$',
  '}',
);
const reportText = fc.array(piece, { maxLength: 40 }).map((parts) => parts.join(''));

describe('bad input never throws', () => {
  it('planNextReport and shiftWeekText', () => {
    fc.assert(
      fc.property(reportText, fc.constantFrom<'iso' | 'first-day'>('iso', 'first-day'), (text, numbering) => {
        const plan = planNextReport(
          { fileName: `${text.slice(0, 12)}.md`, text },
          { values: 'placeholder', numbering, today: '2023-12-29' },
        );
        expect(typeof plan.text).toBe('string');
        expect(typeof shiftWeekText(text, { weeks: 1, numbering }).text).toBe('string');
      }),
      { numRuns: 300 },
    );
  });

  it('completionItems at any position, including past the line end', () => {
    fc.assert(
      fc.property(reportText, reportText, fc.nat(60), fc.nat(60), (text, lastWeek, line, character) => {
        const report = parseReport(text);
        const lineText = report.lines[line] ?? '';
        const items = completionItems({
          report,
          metrics: [],
          position: { line, character },
          lineText,
          previous: { report: parseReport(lastWeek), metrics: [] },
          today: '2023-12-29',
          numbering: 'iso',
          locale: 'zh-cn',
        });
        expect(Array.isArray(items)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
