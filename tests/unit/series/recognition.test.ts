// Which files are reports: by their own words, or as dated members of a series in their folder.
import { describe, expect, it } from 'vitest';
import {
  datedName,
  fileEdition,
  isRecognisedReport,
  readsAsReport,
  recognisedReports,
} from '../../../server/src/report/series/recognition';
import type { ReportEntry } from '../../../server/src/report/series/reportEntry';

describe('datedName', () => {
  it.each([
    ['2020-03-02.md', '2020-03-02', '{date}'],
    ['2025-02-12_issue-314.md', '2025-02-12', '{date}_issue-#'],
    ['2022-05-16_period-05.01-05.15.md', '2022-05-16', '{date}_period-#.#-#.#'],
    ['2024-03-04_to_2024-03-17.md', '2024-03-04', '{date}_to_{date}'],
    ['20240611-acme-biweekly-7.md', '2024-06-11', '{date}-acme-biweekly-#'],
    ['2016-05-02-twis-61.md', '2016-05-02', '{date}-twis-#'],
    ['20230811.en.md', '2023-08-11', '{date}'],
    ['notes/2023.12.08.md', '2023-12-08', '{date}'],
    ['2022-01.md', '2022-01-01', '{date}'],
    ['report_2022_11.md', '2022-11-01', 'report_{date}'],
  ])('%s → %s, %s', (name, date, scheme) => {
    expect(datedName(name)).toMatchObject({ date, scheme });
  });

  it.each(['README.md', '2023-W51.md', '20231399.md', 'v1.2.3.md', '123456789.md', '2023-13.md', 'v2024-01-2.md'])(
    '%s carries no date',
    (name) => {
      expect(datedName(name)).toBeUndefined();
    },
  );

  it('gives posts dated the same way one family, whatever their slug', () => {
    expect(datedName('2024-06-28-input-text.md')?.family).toBe(datedName('2024-05-30-this-month-in-foo.md')?.family);
    expect(datedName('2024-06-28.md')?.family).not.toBe(datedName('2024-05-30-this-month-in-foo.md')?.family);
  });
});

describe('fileEdition', () => {
  it.each([
    ['20230811.en.md', 'en'],
    ['20230811.zh_CN.md', 'zh-cn'],
    ['report.zh-CN.md', 'zh-cn'],
    ['2023-12-08.md', ''],
    ['2016-05-02-twis-61.md', ''],
  ])('%s → %j', (name, edition) => {
    expect(fileEdition(name)).toBe(edition);
  });
});

describe('readsAsReport', () => {
  it.each([
    '周报 2024-01-05',
    '社区双周报 第3期',
    '团队月报',
    'PLCT开源进展·第29期',
    'Weekly Status Review Meeting',
    'Acme biweekly update',
    'This Week in Foo 314',
    'These Weeks In Foo 61',
    'This month in Foo: new units',
    'Project status',
    'Foo Newsletter #12',
    '社区简报 2024-01',
  ])('reads %j as a report title', (title) => {
    expect(readsAsReport({ frontMatter: {}, title })).toBe(true);
    expect(readsAsReport({ frontMatter: { title } })).toBe(true);
  });

  it.each(['Installation', 'My trip to Kyoto', 'Statistics of 2023'])('does not read %j as one', (title) => {
    expect(readsAsReport({ frontMatter: {}, title, fileName: 'post.md' })).toBe(false);
  });

  it('reads report words in the file name', () => {
    expect(readsAsReport({ frontMatter: {}, title: 'Highlights', fileName: '20240611-acme-biweekly-7.md' })).toBe(true);
  });

  it.each(['README.md', 'readme.zh-CN.md', 'CHANGELOG.md', 'CONTRIBUTING.md', 'docs/ARCHITECTURE.md'])(
    'does not read a project document %j as a report by the words of its title',
    (fileName) => {
      expect(readsAsReport({ frontMatter: {}, title: 'Weekly Report (周报) for VS Code', fileName })).toBe(false);
    },
  );

  it('still reads a project document that states its week or type', () => {
    expect(readsAsReport({ frontMatter: {}, title: '第51周', titleWeek: { week: 51 }, fileName: 'README.md' })).toBe(true);
    expect(readsAsReport({ frontMatter: { type: 'weekly-report' }, title: 'Notes', fileName: 'README.md' })).toBe(true);
  });
});

const folder = 'file:///r/posts';
const candidate = (name: string, isReport = false): ReportEntry => ({
  uri: `${folder}/${name}`,
  folder,
  ...(isReport ? {} : { byNameOnly: true }),
});
const names = (entries: ReportEntry[]) => [...recognisedReports(entries)].map((uri) => uri.split('/').pop()).sort();

describe('isRecognisedReport', () => {
  it('knows a series member by its uri however it is percent-encoded', () => {
    const entries = ['周报-2020-02-17.md', '周报-2020-02-24.md', '周报-2020-03-02.md'].map((n) => candidate(n));
    expect(isRecognisedReport(entries, `${folder}/周报-2020-02-24.md`)).toBe(true);
    expect(isRecognisedReport(entries, `${folder}/${encodeURIComponent('周报')}-2020-02-24.md`)).toBe(true);
    expect(isRecognisedReport(entries, `${folder}/notes.md`)).toBe(false);
  });
});

describe('recognisedReports', () => {
  it('makes a folder of files named by date a series when they keep a weekly to monthly cadence', () => {
    expect(names(['2020-02-17.md', '2020-02-24.md', '2020-03-02.md'].map((n) => candidate(n)))).toHaveLength(3);
    expect(names(['2022-01-01.md', '2022-02-01.md', '2022-03-01.md', '2022-04-01.md'].map((n) => candidate(n)))).toHaveLength(4);
    expect(names(['2022-01.md', '2022-02.md', '2022-03.md'].map((n) => candidate(n)))).toHaveLength(3);
  });

  it('leaves daily notes and one-off dated posts alone', () => {
    expect(names(['2024-01-01.md', '2024-01-02.md', '2024-01-03.md', '2024-01-04.md'].map((n) => candidate(n)))).toEqual([]);
    expect(names(['2024-01-05-hello.md', '2024-01-12-my-trip.md', '2024-01-19-recipes.md'].map((n) => candidate(n)))).toEqual([]);
    expect(names(['2024-01-05.md', '2024-01-12.md'].map((n) => candidate(n)))).toEqual([]); // too few to be a series
  });

  it('takes in a post with its own slug when most files dated the same way are reports', () => {
    const entries = [
      ...['2024-05-30', '2024-07-31', '2024-08-31'].map((d) => candidate(`${d}-this-month-in-foo.md`, true)),
      candidate('2024-06-28-input-text-emoji.md'),
    ];
    expect(names(entries)).toContain('2024-06-28-input-text-emoji.md');
    const blog = [
      candidate('2024-05-30-this-month-in-foo.md', true),
      ...['2024-06-01-a', '2024-06-09-b', '2024-06-20-c'].map((n) => candidate(`${n}.md`)),
    ];
    expect(names(blog)).toEqual(['2024-05-30-this-month-in-foo.md']);
  });

  it('makes numbered names a series when their metadata dates keep a cadence', () => {
    const issue = (n: number, date?: string): ReportEntry => ({
      ...candidate(`issue-${n}.md`),
      ...(date ? { week: { date, source: 'front-matter' } } : {}),
    });
    expect(names([issue(313, '2025-01-29'), issue(314, '2025-02-05'), issue(315, '2025-02-12')])).toHaveLength(3);
    expect(names([issue(1), issue(2), issue(3)])).toEqual([]); // chapters: no dates
    expect(names([issue(1, '2025-01-01'), issue(2, '2025-01-02'), issue(3, '2025-01-03')])).toEqual([]); // daily
  });

  it('counts each edition as its own series', () => {
    const entries = ['20230811', '20230825', '20230908'].flatMap((d) => [candidate(`${d}.en.md`), candidate(`${d}.zh_CN.md`)]);
    expect(names(entries)).toHaveLength(6);
    expect(
      names(
        entries
          .filter((e) => e.uri.endsWith('.en.md'))
          .slice(0, 2)
          .concat(entries.filter((e) => e.uri.endsWith('.zh_CN.md'))),
      ),
    ).toHaveLength(3);
  });
});
