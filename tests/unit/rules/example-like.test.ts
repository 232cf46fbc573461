// The whole pipeline on a report in the real example's style, with its tricky lines: dates that
// look like fractions (12/27, 1/8), a date range before counts and a derived ratio, `第二` as a
// rank, growth-free rates of exactly 100%, a Created line, a next-week section with a deadline.
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runRules } from '../../../server/src/report/rules/index';
import { contextFor } from './helpers';

const fixture = (name: string) => readFileSync(path.resolve(__dirname, '../../fixtures/rules', name), 'utf8');

describe('a report like the example', () => {
  const text = fixture('example-like.md');
  const findings = runRules(contextFor(text));

  it.each(['percent-fraction-mismatch', 'rate-out-of-range', 'derived-ratio-mismatch', 'placeholder-left', 'empty-section'])(
    'gives no %s',
    (code) => {
      expect(findings.filter((f) => f.code === code)).toEqual([]);
    },
  );

  it('finds the metrics the rules check', () => {
    const { metrics } = contextFor(text);
    const labels = metrics.map((m) => m.label);
    expect(labels).toEqual(expect.arrayContaining(['0级报警跟进率', '准确率', '总体进度', '采纳率']));
    expect(metrics.find((m) => m.label === '0级报警跟进率')?.fraction).toMatchObject({ numerator: 20, denominator: 30 });
  });

  it('gives no date finding for plans, past dates and next week', () => {
    expect(findings.filter((f) => f.code === 'date-outside-week')).toEqual([]);
  });

  it('flags what a team threshold asks for', () => {
    const settings = {
      thresholds: [
        { metric: '成功率', min: 99.9 },
        { metric: '事故数*级', max: 1 },
      ],
    };
    const flagged = runRules(contextFor(text, { settings })).filter((f) => f.code === 'metric-threshold');
    expect(flagged.map((f) => f.message)).toEqual(['一次出款成功率 99.412% is below the threshold for “成功率” (min 99.9)']);
  });

  it('flags the tricky lines once they go wrong', () => {
    const broken = text
      .replace('跟进率67%（20/30）', '跟进率76%（20/30）')
      .replace('12.11-12.15号', '12.11-12.27号') // after week 51 under either numbering
      .replace('准确率88.75%', '准确率87.75%')
      .replace('采纳率为24.6%', '采纳率为124.6%')
      .replace('加密机对接中', '加密机对接 TODO');
    const codes = runRules(contextFor(broken))
      .map((f) => f.code)
      .sort();
    expect(codes).toEqual([
      'date-outside-week',
      'derived-ratio-mismatch',
      'percent-fraction-mismatch',
      'placeholder-left',
      'rate-out-of-range',
    ]);
  });
});
