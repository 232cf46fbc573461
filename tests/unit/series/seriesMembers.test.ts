import { describe, expect, it } from 'vitest';
import type { WeekInfo } from '../../../server/src/report/model';
import { findNextReport, seriesMembers } from '../../../server/src/report/series/findPreviousReport';
import type { ReportEntry } from '../../../server/src/report/series/reportEntry';

const FOLDER = 'file:///work/reports';

function entry(name: string, year: number, week: number, folder = FOLDER): ReportEntry {
  const info: WeekInfo = { source: 'file-name', year, week };
  return { uri: `${folder}/${name}`, week: info, folder };
}

describe('seriesMembers and findNextReport', () => {
  const w49 = entry('2023-W49.md', 2023, 49);
  const w50 = entry('2023-W50.md', 2023, 50);
  const w52 = entry('2023-W52.md', 2023, 52);
  const elsewhere = entry('2023-W51.md', 2023, 51, 'file:///work/other');

  it('lists the series oldest first, the report itself included, other folders left out', () => {
    const names = seriesMembers(w50, [w52, elsewhere, w49, w50]).map((e) => e.uri.split('/').pop());
    expect(names).toEqual(['2023-W49.md', '2023-W50.md', '2023-W52.md']);
  });

  it('finds the next report across a gap, and none after the latest', () => {
    expect(findNextReport(w50, [w49, w50, w52, elsewhere])?.uri).toBe(w52.uri);
    expect(findNextReport(w52, [w49, w50, w52])).toBeUndefined();
  });

  it('gives nothing for a report whose week is unknown', () => {
    expect(seriesMembers({ uri: `${FOLDER}/notes.md`, folder: FOLDER }, [w49, w50])).toEqual([]);
  });
});
