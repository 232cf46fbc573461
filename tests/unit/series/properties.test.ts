// Whatever the index holds, the lookup never throws and never answers with a later week.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { WeekInfo } from '../../../server/src/report/model';
import { findPreviousReport, seriesHistory } from '../../../server/src/report/series/findPreviousReport';
import type { ReportEntry } from '../../../server/src/report/series/reportEntry';
import { weekPosition } from '../../../server/src/report/series/weekPosition';

const weekInfo: fc.Arbitrary<WeekInfo | undefined> = fc.option(
  fc.record(
    {
      year: fc.oneof(fc.integer({ min: 2019, max: 2026 }), fc.integer()),
      week: fc.oneof(fc.integer({ min: 1, max: 53 }), fc.integer()),
      date: fc.oneof(
        fc.date({ min: new Date('2019-01-01'), max: new Date('2026-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
        fc.string(),
      ),
      source: fc.constant('file-name' as const),
    },
    { requiredKeys: ['source'] },
  ),
  { nil: undefined },
);

const entries = fc
  .array(fc.record({ name: fc.string({ maxLength: 6 }), week: weekInfo, folder: fc.constantFrom('file:///a', 'file:///b') }), {
    maxLength: 12,
  })
  .map((list) =>
    list.map(({ name, week, folder }, i): ReportEntry => ({ uri: `${folder}/${i}-${encodeURIComponent(name)}.md`, week, folder })),
  );

describe('lookup properties', () => {
  it('never throws and only finds earlier weeks of the same scale', () => {
    fc.assert(
      fc.property(entries, fc.constantFrom('iso' as const, 'first-day' as const), (index, numbering) => {
        for (const current of index) {
          const lookup = findPreviousReport(current, index, { numbering });
          expect(lookup.gapWeeks).toBeGreaterThanOrEqual(0);
          if (!lookup.entry) continue;
          const here = weekPosition(current.week, numbering)!;
          const there = weekPosition(lookup.entry.week, numbering)!;
          expect(there.scale).toBe(here.scale);
          expect(there.index).toBeLessThan(here.index);
          expect(lookup.entry.folder).toBe(current.folder);
          expect(seriesHistory(current, index, 5, { numbering }).length).toBeLessThanOrEqual(5);
        }
      }),
    );
  });
});
