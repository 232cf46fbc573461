// The lookup answers from a series index made once per index array: it must give what a plain scan
// of the array gives, and see a changed index.
import { describe, expect, it } from 'vitest';
import type { WeekInfo } from '../../../server/src/report/model';
import { findPreviousReport, seriesHistory, seriesMembers } from '../../../server/src/report/series/findPreviousReport';
import type { ReportEntry } from '../../../server/src/report/series/reportEntry';

function entry(folder: string, name: string, year: number, week: number): ReportEntry {
  const info: WeekInfo = { source: 'file-name', year, week };
  return { uri: `${folder}/${name}`, week: info, folder };
}

/** Deterministic index: two folders (one spelled two ways), two editions, skipped and doubled weeks. */
function workspace(count: number): ReportEntry[] {
  const entries: ReportEntry[] = [];
  let state = 7;
  const random = () => (state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  for (let i = 0; i < count; i++) {
    const folder = random() < 0.5 ? 'file:///w/%E5%91%A8%E6%8A%A5' : random() < 0.5 ? 'file:///w/周报' : 'file:///w/other';
    const year = 2015 + Math.floor(random() * 4);
    const week = 1 + Math.floor(random() * 52);
    const edition = random() < 0.2 ? '.en' : '';
    entries.push(entry(folder, `${year}-W${String(week).padStart(2, '0')}-${i}${edition}.md`, year, week));
  }
  return entries;
}

describe('the series index behind the lookup', () => {
  it('finds the same previous report as a scan of every entry', () => {
    const index = workspace(400);
    const scanned = (current: ReportEntry) => {
      const members = seriesMembers(current, index);
      const at = members.indexOf(current);
      // The latest earlier week; of two reports for it, the smaller uri.
      const sameWeek = (m: ReportEntry) => m.week?.year === current.week?.year && m.week?.week === current.week?.week;
      const earlier = members.slice(0, at).filter((m) => !sameWeek(m));
      const latestWeek = earlier.at(-1)?.week;
      return earlier.find((m) => m.week?.year === latestWeek?.year && m.week?.week === latestWeek?.week)?.uri;
    };
    for (const current of index) expect(findPreviousReport(current, index).entry?.uri).toBe(scanned(current));
  });

  it('follows a series back through many weeks', () => {
    const folder = 'file:///w/team';
    const index = Array.from({ length: 520 }, (_, i) => entry(folder, `r-${i}.md`, 2015 + Math.floor(i / 52), (i % 52) + 1));
    const history = seriesHistory(index[519], index, 12);
    expect(history.map((e) => e.uri)).toEqual(index.slice(507, 519).map((e) => e.uri));
  });

  it('sees a new index array', () => {
    const folder = 'file:///w/team';
    const w49 = entry(folder, 'a.md', 2023, 49);
    const w50 = entry(folder, 'b.md', 2023, 50);
    const w51 = entry(folder, 'c.md', 2023, 51);
    expect(findPreviousReport(w51, [w49, w51]).entry).toBe(w49);
    expect(findPreviousReport(w51, [w49, w50, w51]).entry).toBe(w50);
  });

  it('remembers a lookup per entry, and answers afresh for a new array or an entry changed in place', () => {
    const folder = 'file:///w/team';
    const w49 = entry(folder, 'a.md', 2023, 49);
    const w50 = entry(folder, 'b.md', 2023, 50);
    const w51 = entry(folder, 'c.md', 2023, 51);
    const index = [w49, w50, w51];
    const first = findPreviousReport(w51, index);
    expect(first.entry).toBe(w50);
    // The caller owns what it is given: changing it does not change the next answer.
    first.entry = undefined;
    expect(findPreviousReport(w51, index).entry).toBe(w50);
    // Options the index does not hold are answered apart.
    expect(findPreviousReport(w51, index, { maxGapWeeks: 0 }).tooFar).toBeUndefined();
    // Removed, added, renamed: a new array.
    expect(findPreviousReport(w51, [w49, w51]).entry).toBe(w49);
    const w50b = entry(folder, 'b2.md', 2023, 50);
    expect(findPreviousReport(w51, [w49, w50b, w51]).entry).toBe(w50b);
    // The same entry object given another week or link.
    w51.week = { source: 'file-name', year: 2023, week: 50 };
    expect(findPreviousReport(w51, index).entry).toBe(w49);
    w51.previous = w50.uri;
    expect(findPreviousReport(w51, index)).toMatchObject({ reason: 'explicit', entry: w50 });
  });

  it("answers this week's entry, made afresh from the parse, like the index's entry for the same file", () => {
    const folder = 'file:///w/team';
    const index = [entry(folder, 'a.md', 2023, 49), entry(folder, 'b.md', 2023, 50), entry(folder, 'c.md', 2023, 51)];
    const fresh = (title?: string): ReportEntry => ({ ...index[2], week: { source: 'title', year: 2023, week: 51 }, title });
    expect(findPreviousReport(index[2], index).entry).toBe(index[1]);
    expect(findPreviousReport(fresh(), index).entry).toBe(index[1]);
    // Another week read from the text, or a title stating a cadence: looked up for what it reads.
    expect(findPreviousReport({ ...fresh(), week: { source: 'title', year: 2023, week: 50 } }, index).entry).toBe(index[0]);
    expect(findPreviousReport(fresh('双周报'), index)).toMatchObject({ entry: index[1], usualGapWeeks: 2 });
    expect(findPreviousReport(index[2], index)).toMatchObject({ entry: index[1], usualGapWeeks: 1 });
  });
});
