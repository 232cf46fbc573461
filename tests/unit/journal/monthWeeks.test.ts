// A monthly report that lists its month's weeks (`## 第1周` … `## 第4周`) is one report, not a
// journal of the year's first weeks; week numbers without a year roll over at the year's end.
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../server/src/report/parseReport';
import { extractMetrics } from '../../../server/src/report/metrics/extractMetrics';
import { newestWeek, readJournal, weeksInTimeOrder, type Journal } from '../../../server/src/report/journal';
import { fileIsMonthly, weeksRunNewestLast } from '../../../server/src/report/journal/recognizeJournal';
import { findMonth } from '../../../server/src/report/parse/weekInfo';
import { weekLabel } from '../../../server/src/report/series/weekPosition';
import type { WeekNumberingSetting } from '../../../server/src/report/week';
import { readFixture } from '../../helpers/fixtures';

function journalOf(text: string, fileName: string, weekNumbering: WeekNumberingSetting = 'auto'): Journal | undefined {
  const report = parseReport(text, { fileName, weekNumbering });
  return readJournal(report, extractMetrics(report), { fileName, weekNumbering });
}

/** A file of `## heading` sections, each with one line under it. */
function withSections(head: string, headings: readonly string[]): string {
  return [head, '', ...headings.flatMap((heading, i) => [`## ${heading}`, '', `- 测试进度${(i + 1) * 20}%`, ''])].join('\n');
}

const labels = (journal: Journal | undefined) => journal?.weeks.map((week) => weekLabel(week.report.week));

describe('a monthly report with its month’s weeks', () => {
  it('reads the Chinese and English fixtures as one report each', () => {
    expect(journalOf(readFixture('monthly-weeks/zh/2023-12.md'), '2023-12.md')).toBeUndefined();
    expect(journalOf(readFixture('monthly-weeks/en/2023-12.md'), '2023-12.md')).toBeUndefined();
    expect(journalOf(readFixture('monthly-weeks/en/2023-12.md'), 'notes.md')).toBeUndefined();
  });

  it.each([
    ['a title naming the month', '# 2023年12月 月报', 'notes.md'],
    ['a title naming the month without 月报', '# 2023年12月', 'notes.md'],
    ['an English month title', '# December 2023', 'notes.md'],
    ['an English monthly title', '# Monthly report 2023-12', 'notes.md'],
    ['the monthly cadence alone', '# 团队月报', 'notes.md'],
    ['front matter', '---\ndate: 2023-12-29\ntitle: 12月月报\n---\n', 'notes.md'],
    ['a month-named file', '# 团队工作汇报', '2023-12.md'],
    ['a Chinese month-named file', '# 团队工作汇报', '2023年12月.md'],
  ])('%s: 第1周 … 第4周, Week 1 … Week 5, W1 … W4, 第一周 … are the month’s sections', (_, head, fileName) => {
    for (const headings of [
      ['第1周', '第2周', '第3周', '第4周'],
      ['第一周', '第二周', '第三周', '第四周'],
      ['Week 1', 'Week 2', 'Week 3', 'Week 4', 'Week 5'],
      ['W1', 'W2', 'W3', 'W4'],
    ]) {
      expect(journalOf(withSections(head, headings), fileName)).toBeUndefined();
    }
  });

  it('places weeks of the month that give their days in that month: a journal of December’s weeks', () => {
    const text = withSections('# 2023年12月 月报', ['第1周（12.4-12.8）', '第2周（12.11-12.15）', '第3周（12.18-12.22）']);
    const journal = journalOf(text, 'notes.md', 'iso');
    expect(labels(journal)).toEqual(['2023-W49', '2023-W50', '2023-W51']);
    // The heading's 「第1周」 is not a week title the report's date could disagree with.
    expect(journal!.weeks.map((week) => week.report.titleWeek)).toEqual([undefined, undefined, undefined]);
  });

  it('keeps a weekly journal a journal, in a month-named file too', () => {
    expect(labels(journalOf(withSections('# 2023 周报', ['第50周', '第51周']), 'notes.md', 'iso'))).toEqual(['2023-W50', '2023-W51']);
    expect(labels(journalOf(withSections('# 团队周报', ['2023-W51', '2023-W52']), 'notes.md', 'iso'))).toEqual(['2023-W51', '2023-W52']);
    expect(labels(journalOf(withSections('# 2023年12月', ['第49周', '第50周']), '2023-12.md', 'iso'))).toEqual(['2023-W49', '2023-W50']);
    // Without a month, `第1周` … are the year's first weeks, as before.
    expect(labels(journalOf(withSections('# 2024 周报', ['第1周', '第2周']), 'notes.md', 'iso'))).toEqual(['2024-W01', '2024-W02']);
  });

  it('tells a monthly file by a month or the monthly cadence, never when a week is stated', () => {
    expect(fileIsMonthly({ frontMatter: {}, title: '2023年12月 月报' })).toBe(true);
    expect(fileIsMonthly({ frontMatter: {}, title: 'This Month in Tooling' })).toBe(true);
    expect(fileIsMonthly({ frontMatter: {}, title: '2023年第51周 周报' })).toBe(false);
    expect(fileIsMonthly({ frontMatter: { week: '2023-W51' }, title: '12月月报' })).toBe(false);
    expect(fileIsMonthly({ frontMatter: {}, title: '周报', fileName: '2023-W51.md' })).toBe(false);
    expect(fileIsMonthly({ frontMatter: {}, title: '周报 12月18日' })).toBe(false);
    // A file opening with its first week's heading: the month comes from its name.
    expect(fileIsMonthly({ frontMatter: {}, title: '第1周', fileName: '2023-12.md' })).toBe(true);
    expect(fileIsMonthly({ frontMatter: {}, title: '第51周', fileName: '2023-12.md' })).toBe(false);
    expect(fileIsMonthly({ frontMatter: {}, title: '2023年12月第1周周报' })).toBe(false);
    expect(fileIsMonthly({ frontMatter: {}, title: 'Week 1 of December 2023' })).toBe(false);
    expect(fileIsMonthly({ frontMatter: {}, title: 'Weekly status', fileName: '2023-12-15.md' })).toBe(false);
  });

  it('dates a file named by its month, in Chinese as in digits, on the month’s first day', () => {
    expect(parseReport('# 团队月报\n', { fileName: '2023年12月.md' }).week).toMatchObject({ date: '2023-12-01', source: 'file-name' });
    expect(parseReport('# 团队月报\n', { fileName: '2023-12.md' }).week).toMatchObject({ date: '2023-12-01', source: 'file-name' });
    expect(parseReport('# 团队月报\n', { fileName: '12月.md' }).week).toBeUndefined();
  });

  it('reads a month named without a day, and no month in a date or a duration', () => {
    expect(findMonth('2023年12月 月报')).toEqual({ year: 2023, month: 12 });
    expect(findMonth('12月月报')).toEqual({ year: undefined, month: 12 });
    expect(findMonth('Monthly report: Dec. 2023')).toEqual({ year: 2023, month: 12 });
    expect(findMonth('2023-12')).toEqual({ year: 2023, month: 12 });
    expect(findMonth('2023-12-15')).toBeUndefined();
    expect(findMonth('12月18日 周报')).toBeUndefined();
    expect(findMonth('持续3个月')).toBeUndefined();
    expect(findMonth('v2023.12.1')).toBeUndefined();
  });
});

describe('week numbers without a year across the year’s end', () => {
  it('newest last: 第51周, 第52周, 第1周 ends in week 1 of the next year', () => {
    const journal = journalOf(withSections('# 2023 周报', ['第51周', '第52周', '第1周']), 'notes.md', 'iso')!;
    expect(labels(journal)).toEqual(['2023-W51', '2023-W52', '2024-W01']);
    expect(weekLabel(newestWeek('file:///n.md', journal, 'iso')!.report.week)).toBe('2024-W01');
  });

  it('newest first: 第1周, 第52周, 第51周 starts with week 1 of the next year', () => {
    const journal = journalOf(withSections('# 2023 周报', ['第1周', '第52周', '第51周']), 'notes.md', 'iso')!;
    expect(labels(journal)).toEqual(['2024-W01', '2023-W52', '2023-W51']);
    expect(labels({ ...journal, weeks: weeksInTimeOrder('file:///n.md', journal, 'iso') })).toEqual(['2023-W51', '2023-W52', '2024-W01']);
  });

  it('gives the file’s year to the longer run of weeks', () => {
    const journal = journalOf(withSections('# 2024 周报', ['第52周', '第1周', '第2周', '第3周']), 'notes.md', 'iso');
    expect(labels(journal)).toEqual(['2023-W52', '2024-W01', '2024-W02', '2024-W03']);
  });

  it('tells which way week numbers run, a drop past half a year being a wrap', () => {
    expect(weeksRunNewestLast([51, 52, 1])).toBe(true);
    expect(weeksRunNewestLast([1, 52, 51])).toBe(false);
    expect(weeksRunNewestLast([3, 2, 1])).toBe(false);
    expect(weeksRunNewestLast([7])).toBeUndefined();
  });
});
