import { describe, expect, it } from 'vitest';
import type { WeekInfo } from '../../../server/src/report/model';
import { describeNeighbour, findNeighbourReport, formatWeekSpan } from '../../../server/src/report/navigate';
import type { ReportEntry } from '../../../server/src/report/series/reportEntry';

const FOLDER = 'file:///work/reports';

function entry(name: string, week: Partial<WeekInfo>, folder = FOLDER): ReportEntry {
  return { uri: `${folder}/${name}`, week: { source: 'file-name', ...week }, folder };
}

const w46 = entry('2023-W46.md', { year: 2023, week: 46 });
const w47 = entry('2023-W47.md', { year: 2023, week: 47 });
const w48 = entry('2023-W48.md', { year: 2023, week: 48 });
const w51 = entry('2023-W51.md', { year: 2023, week: 51 });
const elsewhere = entry('2023-W50.md', { year: 2023, week: 50 }, 'file:///work/other');
const weekly = [w46, w47, w48, w51, elsewhere];

describe('findNeighbourReport', () => {
  it('goes one week back in a weekly series without calling it a gap', () => {
    const back = findNeighbourReport(w48, weekly, 'previous');
    expect(back).toMatchObject({ found: true, entry: w47, week: '2023-W47', weeksApart: 1 });
    expect(back.found && back.missing).toBeUndefined();
    expect(describeNeighbour(back, 'en')).toBe('Opened 2023-W47, the previous report.');
    expect(describeNeighbour(back, 'zh-cn')).toBe('已打开上一份周报 2023-W47。');
  });

  it('skips the weeks without a report, in either direction, and names them', () => {
    const back = findNeighbourReport(w51, weekly, 'previous');
    expect(back).toMatchObject({ found: true, entry: w48, weeksApart: 3, missing: { first: '2023-W49', last: '2023-W50' } });
    expect(describeNeighbour(back, 'en')).toBe('Opened 2023-W48, 3 weeks earlier; no report for 2023-W49–W50.');
    expect(describeNeighbour(back, 'zh-cn')).toBe('已打开 2023-W48（3 周前）；2023-W49–W50 没有周报。');

    const forward = findNeighbourReport(w48, weekly, 'next');
    expect(forward).toMatchObject({ found: true, entry: w51, weeksApart: 3, missing: { first: '2023-W49', last: '2023-W50' } });
    expect(describeNeighbour(forward, 'en')).toBe('Opened 2023-W51, 3 weeks later; no report for 2023-W49–W50.');
  });

  it('says so at either end of the series', () => {
    const first = findNeighbourReport(w46, weekly, 'previous');
    expect(first).toEqual({ found: false, direction: 'previous', reason: 'end-of-series' });
    expect(describeNeighbour(first, 'en')).toBe('This is the first report of the series.');
    expect(describeNeighbour(first, 'zh-cn')).toBe('这是本系列的第一份周报。');
    const latest = findNeighbourReport(w51, weekly, 'next');
    expect(describeNeighbour(latest, 'en')).toBe('This is the latest report of the series.');
    expect(describeNeighbour(latest, 'zh-cn')).toBe('这是本系列最新的一份周报。');
  });

  it('gives no place to a report whose week is unknown', () => {
    const notes = { uri: `${FOLDER}/notes.md`, folder: FOLDER };
    const answer = findNeighbourReport(notes, weekly, 'next');
    expect(answer).toMatchObject({ found: false, reason: 'no-week' });
    expect(describeNeighbour(answer, 'en')).toMatch(/week is unknown/);
  });

  it("does not call a biweekly series' usual fortnight a gap, but does call a missed issue one", () => {
    const biweekly = [2, 4, 6, 8, 12].map((week) => entry(`双周报-2024-W${String(week).padStart(2, '0')}.md`, { year: 2024, week }));
    const usual = findNeighbourReport(biweekly[2], biweekly, 'previous');
    expect(usual).toMatchObject({ found: true, weeksApart: 2 });
    expect(usual.found && usual.missing).toBeUndefined();
    expect(describeNeighbour(usual, 'en')).toBe('Opened 2024-W04, 2 weeks earlier.');
    const missed = findNeighbourReport(biweekly[3], biweekly, 'next');
    expect(missed).toMatchObject({ found: true, weeksApart: 4, missing: { first: '2024-W09', last: '2024-W11' } });
  });

  it('crosses a year end by calendar weeks', () => {
    const dec = entry('2023-W51.md', { year: 2023, week: 51 });
    const jan = entry('2024-W02.md', { year: 2024, week: 2 });
    const series = [entry('2023-W50.md', { year: 2023, week: 50 }), dec, jan];
    const forward = findNeighbourReport(dec, series, 'next', { numbering: 'iso' });
    expect(forward).toMatchObject({ found: true, entry: jan, weeksApart: 3, missing: { first: '2023-W52', last: '2024-W01' } });
    expect(describeNeighbour(forward, 'en')).toBe('Opened 2024-W02, 3 weeks later; no report for 2023-W52–2024-W01.');
  });

  it('counts year-less weeks (「第51周」 alone) within their year', () => {
    const series = [47, 48, 51].map((week) => entry(`第${week}周.md`, { week }));
    const back = findNeighbourReport(series[2], series, 'previous');
    expect(back).toMatchObject({ found: true, week: 'W48', weeksApart: 3, missing: { first: 'W49', last: 'W50' } });
  });
});

describe('two reports of one week', () => {
  it('steps from one to the other as neighbours, not as 0 weeks apart', () => {
    const draft = entry('2023-W48-draft.md', { year: 2023, week: 48 });
    // One week's reports are ordered by uri: `2023-W48-draft.md` before `2023-W48.md`.
    const back = findNeighbourReport(w48, [w47, w48, draft], 'previous');
    expect(back).toMatchObject({ found: true, entry: draft, weeksApart: 0 });
    expect(describeNeighbour(back, 'en')).toBe('Opened 2023-W48, the previous report.');
    expect(findNeighbourReport(draft, [w47, w48, draft], 'next')).toMatchObject({ found: true, entry: w48 });
  });
});

describe('formatWeekSpan', () => {
  it('writes one week alone, a span within a year once with the year', () => {
    expect(formatWeekSpan({ first: '2023-W49', last: '2023-W49' })).toBe('2023-W49');
    expect(formatWeekSpan({ first: '2023-W49', last: '2023-W50' })).toBe('2023-W49–W50');
    expect(formatWeekSpan({ first: 'W49', last: 'W50' })).toBe('W49–W50');
  });
});
