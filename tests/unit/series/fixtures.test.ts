// The lookup over real report files: weeks come from the parser (front matter, title, Created
// line, file name), not from hand-built WeekInfo.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../server/src/report/parseReport';
import { findPreviousReport, seriesHistory } from '../../../server/src/report/series/findPreviousReport';
import { createReportEntry, type ReportEntry } from '../../../server/src/report/series/reportEntry';

const ROOT = join(__dirname, '../../fixtures/series');

function loadIndex(): ReportEntry[] {
  return ['payments', 'platform'].flatMap((folder) =>
    readdirSync(join(ROOT, folder)).map((name) => {
      const path = join(ROOT, folder, name);
      return createReportEntry(pathToFileURL(path).href, parseReport(readFileSync(path, 'utf8'), { fileName: name }));
    }),
  );
}

const index = loadIndex();
const byName = (name: string) => index.find((entry) => entry.uri.endsWith(`/${name}`))!;
const nameOf = (uri: string | undefined) => uri?.split('/').slice(-2).join('/');

describe('findPreviousReport over the fixture series', () => {
  it.each([
    // [report, expected previous, reason, gapWeeks]
    ['2023-W49.md', 'payments/2023-W48.md', 'previous-week', 0], // front matter → file name
    ['2023-W50.md', 'payments/2023-W49.md', 'previous-week', 0], // title → front matter
    ['2023-W51.md', 'payments/2023-W50.md', 'previous-week', 0], // title + Created → title
    ['2024-W02.md', 'payments/2023-W51.md', 'gap', 3], // holidays: 2023-W52, W53 (first-day) and 2024-W01 skipped
    ['2023-12-15.md', 'platform/2023-12-08.md', 'previous-week', 0], // dated file names
    ['2023-12-22.md', 'platform/2023-12-08.md', 'explicit', 1], // previous: wins over 2023-12-15
    ['2023-W48.md', undefined, 'no-earlier-report', 0],
  ] as const)('%s → %s', (name, expected, reason, gapWeeks) => {
    const lookup = findPreviousReport(byName(name), index);
    expect(nameOf(lookup.uri)).toBe(expected);
    expect(lookup.reason).toBe(reason);
    expect(lookup.gapWeeks).toBe(gapWeeks);
  });

  it('keeps the two folders apart unless the whole workspace is one series', () => {
    const current = byName('2023-12-15.md');
    expect(nameOf(findPreviousReport(current, index).uri)).toBe('platform/2023-12-08.md');
    // payments/2023-W50 and platform/2023-12-08 share a week: the tie goes to the first uri.
    expect(nameOf(findPreviousReport(current, index, { series: 'workspace' }).uri)).toBe('payments/2023-W50.md');
  });

  it('gives the trend history of a series, oldest first', () => {
    expect(seriesHistory(byName('2024-W02.md'), index, 3).map((entry) => nameOf(entry.uri))).toEqual([
      'payments/2023-W49.md',
      'payments/2023-W50.md',
      'payments/2023-W51.md',
    ]);
  });
});
