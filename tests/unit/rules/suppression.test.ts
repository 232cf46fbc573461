import { describe, expect, it } from 'vitest';
import { runRules } from '../../../server/src/report/rules/index';
import { readSuppressions } from '../../../server/src/report/rules/suppression';
import { contextFor, inReport } from './helpers';

const codesByLine = (body: string) => runRules(contextFor(inReport(body))).map((f) => `${f.range.start.line - 6}:${f.code}`);

describe('suppression comments', () => {
  it.each([
    [
      'disable … enable one rule',
      ['<!-- weekly-report-disable placeholder-left -->', '- TODO', '- 完成率120%', '<!-- weekly-report-enable -->', '- TODO'],
      ['2:rate-out-of-range', '4:placeholder-left'],
    ],
    [
      'disable every rule',
      ['<!-- weekly-report-disable -->', '- TODO', '- 完成率120%', '<!-- weekly-report-enable -->', '- 待定'],
      ['4:placeholder-left'],
    ],
    [
      'enable one rule inside a disable-all block',
      ['<!-- weekly-report-disable -->', '<!-- weekly-report-enable rate-out-of-range -->', '- TODO', '- 完成率120%'],
      ['3:rate-out-of-range'],
    ],
    ['disable-next-line', ['<!-- weekly-report-disable-next-line -->', '- TODO', '- TODO'], ['2:placeholder-left']],
    [
      'disable-next-line for other codes',
      ['<!-- weekly-report-disable-next-line rate-out-of-range, empty-section -->', '- TODO'],
      ['1:placeholder-left'],
    ],
    ['disable-line', ['- TODO <!-- weekly-report-disable-line placeholder-left -->', '- TODO'], ['1:placeholder-left']],
    ['disable-file', ['- TODO', '<!-- weekly-report-disable-file Placeholder-Left -->', '- 完成率120%'], ['2:rate-out-of-range']],
    ['an unrelated comment', ['<!-- markdownlint-disable -->', '- TODO'], ['1:placeholder-left']],
  ])('%s', (_name, lines, expected) => {
    expect(codesByLine(lines.join('\n'))).toEqual(expected);
  });

  it('silences nothing on lines past the end', () => {
    const suppressions = readSuppressions(['<!-- weekly-report-disable-next-line -->']);
    expect(suppressions.isSuppressed('placeholder-left', 1)).toBe(true);
    expect(suppressions.isSuppressed('placeholder-left', 5)).toBe(false);
  });
});
