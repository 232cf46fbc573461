import { describe, expect, it } from 'vitest';
import { planNextReport, type PlanOptions } from '../../../server/src/report/nextWeek';
import type { Report } from '../../../server/src/report/model';
import { readFixture } from '../../helpers/fixtures';
import { locatedAll } from './locatedMetric';

const { metrics: fixtureMetrics } = JSON.parse(readFixture('next-week/metrics.json')) as {
  metrics: Array<[string, string] | [string, string, string]>;
};

const options = (extra: Partial<PlanOptions> = {}): PlanOptions => ({
  values: 'placeholder',
  numbering: 'iso',
  today: '2024-12-27',
  extractMetrics: (report: Report) => locatedAll(report, fixtureMetrics),
  ...extra,
});

describe('planNextReport', () => {
  it('names next week’s file by the series’ scheme, in the same folder, with the transformed text', () => {
    const text = readFixture('next-week/2024-W52.md');
    const plan = planNextReport({ fileName: '/r/周报/2024-W52.md', text }, options());
    expect(plan).toEqual({ fileName: '/r/周报/2025-W01.md', text: readFixture('next-week/2025-W01.expected.md') });
  });

  it('keeps CRLF line endings', () => {
    const text = readFixture('next-week/2024-W52.md').replace(/\n/g, '\r\n');
    const plan = planNextReport({ fileName: '2024-W52.md', text }, options());
    expect(plan.text).toBe(readFixture('next-week/2025-W01.expected.md').replace(/\n/g, '\r\n'));
  });

  it('falls back to next week’s Monday for a name without a week or date', () => {
    const plan = planNextReport(
      { fileName: 'notes/本周.md', text: '# 第51周\n\nCreated: 2023年12月22日\n' },
      options({ extractMetrics: () => [] }),
    );
    expect(plan.fileName).toBe('notes/2023-12-25.md');
    expect(plan.text).toBe('# 第52周\n\nCreated: 2023年12月29日\n');
  });

  it('counts from today for a file that states no week at all', () => {
    const plan = planNextReport({ fileName: 'a.md', text: '' }, options({ extractMetrics: () => [], today: '2024-03-13' }));
    expect(plan).toEqual({ fileName: '2024-03-18.md', text: '\n' });
  });
});

describe('planNextReport with the real metric extraction', () => {
  it('gives the same next week for the fixture as the hand-placed metrics do', () => {
    const text = readFixture('next-week/2024-W52.md');
    const plan = planNextReport({ fileName: '2024-W52.md', text }, { values: 'placeholder', numbering: 'iso', today: '2024-12-27' });
    expect(plan.text).toBe(readFixture('next-week/2025-W01.expected.md'));
  });
});

describe('planNextReport: tables', () => {
  it('blanks metric values in table cells and keeps the table', () => {
    const text = [
      '# Week 10',
      '',
      '## Operations metrics',
      '',
      '| Metric | Value |',
      '| --- | --- |',
      '| Success rate | 99.95% |',
      '',
    ].join('\n');
    const plan = planNextReport({ fileName: 'week-10.md', text }, { values: 'placeholder', numbering: 'iso', today: '2024-03-08' });
    expect(plan.fileName).toBe('week-11.md');
    expect(plan.text).toBe(
      ['# Week 11', '', '## Operations metrics', '', '| Metric | Value |', '| --- | --- |', '| Success rate | XX% |', ''].join('\n'),
    );
  });
});
