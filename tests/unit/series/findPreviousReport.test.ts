import { describe, expect, it } from 'vitest';
import type { WeekInfo } from '../../../server/src/report/model';
import { findPreviousReport, seriesHistory, type SeriesOptions } from '../../../server/src/report/series/findPreviousReport';
import { createReportEntry, type ReportEntry } from '../../../server/src/report/series/reportEntry';
import { describeLookup } from '../../../server/src/report/series/describeLookup';

const FOLDER = 'file:///work/%E5%91%A8%E6%8A%A5';

function entry(name: string, week: Partial<WeekInfo> | undefined, extra: Partial<ReportEntry> = {}): ReportEntry {
  const folder = extra.folder ?? FOLDER;
  return { uri: `${folder}/${name}`, week: week && { source: 'file-name', ...week }, folder, ...extra };
}

const yw = (year: number, week: number): Partial<WeekInfo> => ({ year, week });

function previousName(current: ReportEntry, index: ReportEntry[], options?: SeriesOptions): string | undefined {
  return findPreviousReport(current, index, options).uri?.split('/').pop();
}

describe('findPreviousReport', () => {
  const w48 = entry('2023-W48.md', yw(2023, 48));
  const w49 = entry('2023-W49.md', yw(2023, 49));
  const w50 = entry('2023-W50.md', yw(2023, 50));
  const w51 = entry('2023-W51.md', yw(2023, 51));
  const w52 = entry('2023-W52.md', yw(2023, 52));

  it('finds the week right before, whatever order the index is in', () => {
    const lookup = findPreviousReport(w51, [w52, w48, w51, w50, w49]);
    expect(lookup).toMatchObject({ reason: 'previous-week', uri: w50.uri, gapWeeks: 0 });
    expect(lookup.entry).toBe(w50);
  });

  it('bridges a holiday gap with the latest earlier week and says how many weeks were skipped', () => {
    const lookup = findPreviousReport(w51, [w48, w51]);
    expect(lookup).toMatchObject({ reason: 'gap', uri: w48.uri, gapWeeks: 2 });
    expect(describeLookup(lookup, 'en')).toContain('2 weeks');
    expect(describeLookup(lookup, 'en')).toContain('2023-W48');
    expect(describeLookup(lookup, 'zh-cn')).toContain('2 周');
  });

  it('treats no earlier report as a normal result', () => {
    const lookup = findPreviousReport(w48, [w48, w49, w50]);
    expect(lookup).toEqual({ reason: 'no-earlier-report', gapWeeks: 0 });
    expect(describeLookup(lookup, 'en')).toMatch(/No earlier report/);
  });

  it('cannot order a report without a week', () => {
    const lookup = findPreviousReport(entry('notes.md', undefined), [w48, w49]);
    expect(lookup.reason).toBe('no-week');
    expect(describeLookup(lookup, 'zh-cn')).toContain('周次');
  });

  it('skips reports whose week is unknown, later or the same', () => {
    const undated = entry('notes.md', undefined);
    const sameWeek = entry('copy-of-W51.md', yw(2023, 51));
    expect(previousName(w51, [undated, sameWeek, w52, w49])).toBe('2023-W49.md');
  });

  it('keeps to the folder by default and groups the whole workspace on request', () => {
    const otherTeam = entry('2023-W50.md', yw(2023, 50), { folder: 'file:///work/other' });
    expect(previousName(w51, [otherTeam, w48])).toBe('2023-W48.md');
    expect(findPreviousReport(w51, [otherTeam, w48], { series: 'workspace' }).uri).toBe(otherTeam.uri);
  });

  it('lets an explicit previous: link win over the week order', () => {
    const current = entry('2023-W51.md', yw(2023, 51), { previous: `${FOLDER}/2023-W49.md` });
    const lookup = findPreviousReport(current, [w48, w49, w50]);
    expect(lookup).toMatchObject({ reason: 'explicit', uri: w49.uri, gapWeeks: 1 });
    expect(lookup.entry).toBe(w49);
  });

  it('returns an explicit link the index does not hold, and falls back when asked to', () => {
    const current = entry('2023-W51.md', yw(2023, 51), { previous: 'file:///elsewhere/2023-W50.md' });
    const lookup = findPreviousReport(current, [w49, w50]);
    expect(lookup).toMatchObject({ reason: 'explicit', uri: 'file:///elsewhere/2023-W50.md' });
    expect(lookup.entry).toBeUndefined();
    expect(findPreviousReport(current, [w49, w50], { ignoreExplicit: true }).uri).toBe(w50.uri);
  });

  describe('across the year boundary', () => {
    it.each([
      // [label, current, previous, numbering, gapWeeks]
      ['ISO W52 → W01', yw(2024, 1), yw(2023, 52), 'iso', 0],
      ['ISO 53-week year, W53 → W01', yw(2021, 1), yw(2020, 53), 'iso', 0],
      ['ISO 53-week year with W53 missing', yw(2021, 1), yw(2020, 52), 'iso', 1],
      ['first-day W53 → W01', yw(2024, 1), yw(2023, 53), 'first-day', 0],
      ['first-day W52 → W01 with W53 missing', yw(2024, 1), yw(2023, 52), 'first-day', 1],
    ] as const)('%s', (_, currentWeek, previousWeek, numbering, gapWeeks) => {
      const current = entry('current.md', currentWeek);
      const previous = entry('previous.md', previousWeek);
      const older = entry('older.md', { year: previousWeek.year! - 1, week: 30 });
      const lookup = findPreviousReport(current, [older, previous, current], { numbering });
      expect(lookup.uri).toBe(previous.uri);
      expect(lookup.gapWeeks).toBe(gapWeeks);
    });

    it('places a week number without a year by the date beside it', () => {
      // 「第1周」 created 2024-01-05 and 「第52周」 created 2023-12-29 (ISO numbering).
      const current = entry('第1周.md', { week: 1, date: '2024-01-05' });
      const previous = entry('第52周.md', { week: 52, date: '2023-12-29' });
      const lookup = findPreviousReport(current, [previous], { numbering: 'iso' });
      expect(lookup).toMatchObject({ reason: 'previous-week', uri: previous.uri });
    });

    it('orders year-less week numbers among themselves', () => {
      const current = entry('第51周.md', { week: 51 });
      const dated = entry('2023-W50.md', yw(2023, 50));
      const yearLess = entry('第49周.md', { week: 49 });
      expect(findPreviousReport(current, [dated, yearLess])).toMatchObject({ reason: 'gap', uri: yearLess.uri, gapWeeks: 1 });
    });

    it('orders date-only reports (dated file names) by their week', () => {
      const current = entry('2024-01-03.md', { date: '2024-01-03' });
      const previous = entry('2023-12-29.md', { date: '2023-12-29' });
      const sameWeek = entry('2024-01-01.md', { date: '2024-01-01' });
      expect(findPreviousReport(current, [previous, sameWeek])).toMatchObject({ reason: 'previous-week', uri: previous.uri });
    });
  });
});

describe('seriesHistory', () => {
  const weeks = [46, 47, 48, 50, 51].map((week) => entry(`2023-W${week}.md`, yw(2023, week)));
  const current = weeks[weeks.length - 1];

  it('gives the latest earlier reports, oldest first', () => {
    expect(seriesHistory(current, weeks, 3).map((e) => e.uri.split('/').pop())).toEqual(['2023-W47.md', '2023-W48.md', '2023-W50.md']);
    expect(seriesHistory(current, weeks, 10)).toHaveLength(4);
    expect(seriesHistory(weeks[0], weeks, 5)).toEqual([]);
  });

  it('follows previous: links and survives a cycle', () => {
    const a = entry('a.md', yw(2023, 10), { previous: `${FOLDER}/b.md` });
    const b = entry('b.md', yw(2023, 9), { previous: `${FOLDER}/a.md` });
    const c = entry('c.md', yw(2023, 11), { previous: `${FOLDER}/a.md` });
    expect(seriesHistory(c, [a, b, c], 8).map((e) => e.uri.split('/').pop())).toEqual(['b.md', 'a.md']);
  });
});

describe('createReportEntry', () => {
  const report = (frontMatter: Record<string, string>) => ({
    week: { year: 2023, week: 51, source: 'front-matter' as const },
    title: '第51周',
    frontMatter,
  });

  it('resolves previous: against the report and finds it however the uri is encoded', () => {
    const current = createReportEntry(`${FOLDER}/2023/第51周.md`, report({ previous: '"../2023/第50周.md"' }));
    expect(current.folder).toBe(`${FOLDER}/2023`);
    const indexed = entry('第50周.md', yw(2023, 50), { folder: `${FOLDER}/2023` });
    expect(findPreviousReport(current, [indexed]).entry).toBe(indexed);
  });

  it('has no previous link when the front matter gives none', () => {
    const current = createReportEntry('file:///r/2023-W51.md', report({}));
    expect(current).toEqual({
      uri: 'file:///r/2023-W51.md',
      week: report({}).week,
      title: '第51周',
      previous: undefined,
      folder: 'file:///r',
    });
  });
});
