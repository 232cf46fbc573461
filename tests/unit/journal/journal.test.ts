// Journal files: many weeks in one file, each week read, checked and compared as a report.
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../server/src/report/parseReport';
import { extractMetrics } from '../../../server/src/report/metrics/extractMetrics';
import {
  checkJournal,
  checkJournalWeek,
  compareJournalWeek,
  findWeek,
  JournalCheckCache,
  newestWeek,
  readJournal,
  weekAtLine,
  weeksInTimeOrder,
  type Journal,
} from '../../../server/src/report/journal';
import { runRules } from '../../../server/src/report/rules';
import { defaultSettings } from '../../../server/src/report/settings';
import type { WeekNumberingSetting } from '../../../server/src/report/week';
import { readFixture } from '../../helpers/fixtures';
// @ts-expect-error: a plain ES module script without types (it writes the committed fixture too).
import { journalText } from '../../fixtures/journal/generate.mjs';

const URI = 'file:///notes/周报.md';

function journalOf(text: string, fileName = '周报.md', weekNumbering: WeekNumberingSetting = 'auto'): Journal | undefined {
  const report = parseReport(text, { fileName, weekNumbering });
  return readJournal(report, extractMetrics(report), { fileName, weekNumbering });
}

const options = { settings: defaultSettings, locale: 'en' as const };

/** A cache holding the 52-week file's check, and a view of it that counts the weeks checked again. */
class CountingCache extends JournalCheckCache {
  computed = 0;

  constructor(private readonly inner: JournalCheckCache) {
    super();
  }

  override get(key: string, compute: Parameters<JournalCheckCache['get']>[1]) {
    return this.inner.get(key, () => {
      this.computed++;
      return compute();
    });
  }
}

async function checkedOnce() {
  const cache = new JournalCheckCache();
  const text = readFixture('journal/journal-2023-52-weeks.md');
  await checkJournal(URI, journalOf(text)!, options, cache);
  return { cache, counting: new CountingCache(cache), text };
}

describe('recognising a journal', () => {
  it('reads the 52-week file (newest first) as 52 weeks, each with its own week', () => {
    const journal = journalOf(readFixture('journal/journal-2023-52-weeks.md'))!;
    expect(journal.weeks).toHaveLength(52);
    expect(journal.level).toBe(2);
    expect(journal.weeks[0].report.week).toMatchObject({ year: 2023, week: 52 });
    expect(journal.weeks[51].report.week).toMatchObject({ year: 2023, week: 1 });
    // Each week holds its own sections and metrics only.
    for (const week of journal.weeks) {
      expect(week.report.sections[0].children.map((s) => s.name)).toEqual(['本周工作', '数据指标', '下周计划']);
      expect(
        week.metrics.every((m) => m.range.start.line >= week.section.range.start.line && m.range.start.line <= week.section.range.end.line),
      ).toBe(true);
    }
  });

  it('takes the year of `# 2023 周报` for `## 第N周` headings, and leaves the file title out of the weeks', () => {
    const journal = journalOf(journalText({ weeks: 6, fileTitle: true }))!;
    expect(journal.weeks.map((w) => w.section.name)).toEqual(['第6周', '第5周', '第4周', '第3周', '第2周', '第1周']);
    expect(journal.weeks[0].report.week).toMatchObject({ year: 2023, week: 6 });
  });

  it('reads `## Week of 8 Jan` (oldest first) with the year of the file title', () => {
    const journal = journalOf(readFixture('journal/team-journal-en.md'), 'team-journal.md')!;
    expect(journal.weeks.map((w) => w.report.week?.monday)).toEqual(['2024-01-08', '2024-01-15', '2024-01-22', '2024-01-29']);
  });

  it('reads top-level `# 2023年12月18日-12月22日 周报` entries and ISO week headings', () => {
    const dated = ['# 2023年12月18日-12月22日 周报', '', '- 完成率 90%', '', '# 2023年12月11日-12月15日 周报', '', '- 完成率 80%', ''].join(
      '\n',
    );
    expect(journalOf(dated)?.weeks.map((w) => w.report.week?.monday)).toEqual(['2023-12-18', '2023-12-11']);
    const iso = ['## 2023-W51', '', '- a', '', '## 2023-W52', '', '- b', ''].join('\n');
    expect(journalOf(iso)?.weeks).toHaveLength(2);
  });

  it.each([
    ['a report whose 本周/下周 headings carry dates, with a daily log inside its week', 'journal/not-a-journal.md'],
    ['a report of the fixtures', 'reports/team-a/2024-W10.md'],
  ])('does not read %s as a journal', (_, fixture) => {
    expect(journalOf(readFixture(fixture))).toBeUndefined();
  });

  it('does not read one date heading, or two headings of the same week, as a journal', () => {
    expect(journalOf('# 周报\n\n## 2023-12-18\n\n- a\n\n## 工作\n\n- b\n')).toBeUndefined();
    expect(journalOf('# 2023 周报\n\n## 12月18日\n\n- a\n\n## 12月21日\n\n- b\n')).toBeUndefined();
    expect(journalOf('## This week (Dec 18)\n\n- a\n\n## Next week (Dec 25)\n\n- b\n')).toBeUndefined();
  });

  it('makes a journal without a week in its title read as a report', () => {
    expect(parseReport(readFixture('journal/team-journal-en.md')).looksLikeReport).toBe(true);
    expect(parseReport('# Notes\n\n## Ideas\n\n- a\n').looksLikeReport).toBe(false);
  });
});

describe('a journal as a series', () => {
  const journal = journalOf(readFixture('journal/journal-2023-52-weeks.md'))!;

  it('orders the weeks in time whatever the file order, and finds the newest', () => {
    const ordered = weeksInTimeOrder(URI, journal, 'auto');
    expect(ordered[0].report.week?.week).toBe(1);
    expect(ordered[51].report.week?.week).toBe(52);
    expect(newestWeek(URI, journal, 'auto')?.section.name).toBe('2023年第52周');
    expect(findWeek(URI, journal, '30', 'auto')?.report.week?.week).toBe(30);
    expect(findWeek(URI, journal, '2023-W07', 'auto')?.report.week?.week).toBe(7);
    expect(findWeek(URI, journal, '第8周', 'auto')?.report.week?.week).toBe(8);
  });

  it('compares a week with the week before it in time, its trend from the weeks before', async () => {
    const week30 = findWeek(URI, journal, '30', 'auto')!;
    const comparison = await compareJournalWeek(URI, journal, week30, options);
    expect(comparison.current).toMatchObject({ name: '2023年第30周', week: '2023-W30' });
    expect(comparison.previous).toMatchObject({
      name: '2023年第29周',
      week: '2023-W29',
      uri: `${URI}#L${week30.section.range.end.line + 3}`,
    });
    const users = comparison.rows.find((row) => row.label === '日活用户')!;
    expect([users.previous, users.current]).toEqual([12000 + 29 * 37, 12000 + 30 * 37]);
    expect(users.trend.length).toBeGreaterThan(2);
  });

  it('compares the oldest week with nothing', async () => {
    const oldest = weeksInTimeOrder(URI, journal, 'auto')[0];
    expect((await compareJournalWeek(URI, journal, oldest, options)).previous).toBeUndefined();
  });

  it('finds the week holding a line', () => {
    const week = journal.weeks[3];
    expect(weekAtLine(journal, week.section.range.start.line + 2)).toBe(week);
  });

  it('checks each week as a report: no date read against another week, findings only between neighbouring weeks', async () => {
    const findings = await checkJournal(URI, journal, options);
    expect(findings.filter((f) => f.code === 'date-outside-week')).toEqual([]);
    // Read as one report the same file has every other week's dates outside its week.
    const whole = parseReport(readFixture('journal/journal-2023-52-weeks.md'), { weekNumbering: 'auto' });
    const asOne = runRules({ report: whole, metrics: extractMetrics(whole), settings: defaultSettings, locale: 'en' });
    expect(asOne.filter((f) => f.code === 'date-outside-week').length).toBeGreaterThan(10);
    // The fixture's 接口成功率 falls from 99.45% to 99.00% every ten weeks: those drops, and nothing else.
    expect(findings.map((f) => f.code)).toEqual(Array(5).fill('week-over-week-change'));
    expect(findings.every((f) => f.message.includes('99.45%'))).toBe(true);
  });

  it('moves cached weeks when lines are added above them instead of checking them again', async () => {
    const { cache, counting, text } = await checkedOnce();
    // Enter in the newest week (the top of a newest-first file): every other week moves a line down.
    const edited = text.replace('### 本周工作\n', '### 本周工作\n\n');
    const journal = journalOf(edited)!;
    const moved = await checkJournal(URI, journal, options, counting);
    expect(counting.computed).toBe(1);
    expect(moved).toEqual(await checkJournal(URI, journal, options));
    const week30 = findWeek(URI, journal, '30', 'auto')!;
    const fresh = await compareJournalWeek(URI, journal, week30, options);
    expect((await checkJournalWeek(URI, journal, week30, options, cache)).comparison).toEqual(fresh);
  });

  it('re-checks only what an edit touched', async () => {
    const { counting, text } = await checkedOnce();
    // An edit inside week 30 that keeps the line count: week 30 and the weeks whose trend holds it.
    const edited = text.replace('日活用户 13110 人', '日活用户 13111 人');
    expect(edited).not.toBe(text);
    await checkJournal(URI, journalOf(edited)!, options, counting);
    expect(counting.computed).toBeGreaterThan(0);
    expect(counting.computed).toBeLessThanOrEqual(defaultSettings.trendWeeks + 1);
  });
});
