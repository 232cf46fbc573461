import { describe, expect, test } from 'vitest';
import { extractLineMetrics } from '../../../server/src/report/metrics/extractLineMetrics';
import { findDerivedRatios } from '../../../server/src/report/metrics/derivedRatios';

/** `ratio = numerator/denominator` for each candidate found in the line. */
function pairs(line: string): string[] {
  return findDerivedRatios(extractLineMetrics(line)).map(
    ({ ratio, numerator, denominator }) => `${ratio.label}=${numerator.label}:${numerator.value}/${denominator.label}:${denominator.value}`,
  );
}

describe('findDerivedRatios', () => {
  test.each<[string, string[]]>([
    ['内测群问题72条，正确回答65条，准确率90.28%；', ['准确率=正确回答:65/内测群问题:72']],
    ['共24个报警，已跟进16个，跟进率67%', ['跟进率=已跟进:16/报警:24']],
    ['失败5笔，成功100笔，成功率95.2%', []],
    ['成功100笔，失败5笔，成功率95.2%', []],
    ['问题72条。正确回答65条，准确率90.28%', []],
    ['问题72条，正确回答65个，准确率90.28%', []],
    ['正确回答65条，准确率90.28%', []],
    ['200 tests, 180 passed, pass rate 90%', ['pass rate=passed:180/tests:200']],
    // `passed 180` is a plain number, not a count: no pairing is guessed.
    ['Tests 200, passed 180, pass rate 90%', []],
    ['问题72条，正确回答65条，准确率90.28%（65/72）', []],
  ])('%s', (line, expected) => expect(pairs(line)).toEqual(expected));
});
