// The previous report whatever the cadence: how far back it is, said in the note, and week-over-week
// rules silent past the bound (weeklyReport.maxGapWeeks beyond the series' usual gap).
import { describe, expect, it } from 'vitest';
import { compareInSeries, loadedReport, type LoadedReport } from '../../../server/src/report/compare/compareInSeries';
import { extractMetrics } from '../../../server/src/report/metrics/extractMetrics';
import { runRules } from '../../../server/src/report/rules';
import { describeLookup } from '../../../server/src/report/series/describeLookup';
import { findPreviousReport } from '../../../server/src/report/series/findPreviousReport';
import { createReportEntry, type ReportEntry } from '../../../server/src/report/series/reportEntry';
import { defaultSettings } from '../../../server/src/report/settings';

const FOLDER = 'file:///r/news';
const dated = (date: string, extra: Partial<ReportEntry> = {}): ReportEntry => ({
  uri: `${FOLDER}/${date}.md`,
  folder: FOLDER,
  week: { date, source: 'file-name' },
  ...extra,
});

describe('the previous report of a series, whatever its cadence', () => {
  it('calls a biweekly report 2 weeks back on time, and says so', () => {
    const index = ['2024-01-05', '2024-01-19', '2024-02-02', '2024-02-16'].map((d) => dated(d));
    const lookup = findPreviousReport(index[3], index);
    expect(lookup).toMatchObject({ reason: 'previous-week', uri: index[2].uri, gapWeeks: 0, weeksBack: 2, usualGapWeeks: 2 });
    expect(describeLookup(lookup, 'en')).toBe('Biweekly series: comparing with 2024-02-02, 2 weeks earlier.');
    expect(describeLookup(lookup, 'zh-cn')).toBe('双周报系列：与 2 周前的 2024-02-02 比较。');
  });

  it('takes a 5-week month in a monthly series as on time', () => {
    const index = ['2024-01-31', '2024-02-29', '2024-03-29', '2024-05-03'].map((d) => dated(d));
    const lookup = findPreviousReport(index[3], index);
    expect(lookup).toMatchObject({ reason: 'previous-week', weeksBack: 5, usualGapWeeks: 4 });
    expect(describeLookup(lookup, 'en')).toContain('Monthly series');
    expect(describeLookup(lookup, 'zh-cn')).toContain('月报系列');
  });

  it('reads the cadence from the title while the series is too short to measure', () => {
    const current = dated('2024-01-19', { title: 'Acme 双周报' });
    const lookup = findPreviousReport(current, [dated('2024-01-05'), current]);
    expect(lookup).toMatchObject({ reason: 'previous-week', usualGapWeeks: 2 });
  });

  it('says nothing extra for a weekly report of last week', () => {
    const index = ['2024-01-05', '2024-01-12', '2024-01-19'].map((d) => dated(d));
    expect(describeLookup(findPreviousReport(index[2], index), 'en')).toBeUndefined();
  });

  it('keeps parallel editions apart: the .en report follows the .en report', () => {
    const en = (d: string) => ({ ...dated(d), uri: `${FOLDER}/${d.replace(/-/g, '')}.en.md` });
    const zh = (d: string) => ({ ...dated(d), uri: `${FOLDER}/${d.replace(/-/g, '')}.zh_CN.md` });
    const index = [en('2024-01-05'), zh('2024-01-05'), zh('2024-01-19'), en('2024-01-19'), zh('2024-02-02')];
    expect(findPreviousReport(index[3], index).uri).toBe(index[0].uri);
    expect(findPreviousReport(index[4], index).uri).toBe(index[2].uri);
  });

  it('marks a draft dated years after the last report as too far, and says why', () => {
    const index = ['2021-03-05', '2021-03-12', '2021-03-19'].map((d) => dated(d));
    const draft = dated('2024-06-07');
    const lookup = findPreviousReport(draft, [...index, draft]);
    expect(lookup).toMatchObject({ reason: 'gap', uri: index[2].uri, tooFar: true, usualGapWeeks: 1 });
    expect(describeLookup(lookup, 'en')).toMatch(
      /^The previous report \(2021-03-19\) is \d+ weeks earlier, \d+ weeks beyond this series' usual gap of 1 week: week-over-week checks are off\.$/,
    );
    expect(describeLookup(lookup, 'zh-cn')).toContain('不做周环比检查');
    expect(findPreviousReport(draft, [...index, draft], { maxGapWeeks: 1000 }).tooFar).toBeUndefined();
  });

  it('never calls a report the user named too far', () => {
    const old = dated('2021-03-19');
    const draft = dated('2024-06-07', { previous: old.uri });
    expect(findPreviousReport(draft, [old, draft])).toMatchObject({ reason: 'explicit', uri: old.uri });
    expect(findPreviousReport(draft, [old, draft]).tooFar).toBeUndefined();
  });

  it('bounds the gap by the setting, beyond the usual gap', () => {
    const index = ['2024-01-05', '2024-01-12', '2024-01-19', '2024-03-29'].map((d) => dated(d));
    expect(findPreviousReport(index[3], index).tooFar).toBe(true); // 10 weeks back: 9 beyond a weekly gap
    expect(findPreviousReport(index[3], index, { maxGapWeeks: 9 }).tooFar).toBeUndefined();
  });
});

describe('week-over-week rules past the bound', () => {
  const text = (date: string, value: number) => `# 周报 ${date}\n\n## 数据\n\n- 告警数 ${value} 条\n- 成功率 ${value / 10}%\n`;
  const load = (date: string, value: number): LoadedReport => loadedReport(`${FOLDER}/${date}.md`, text(date, value), `${date}.md`, 'auto');

  async function findings(currentDate: string) {
    const reports = [load('2021-03-05', 500), load('2021-03-12', 520), load('2021-03-19', 480)];
    const current = load(currentDate, 960);
    const entries = [...reports, current].map((r) => createReportEntry(r.uri, r.report));
    const comparison = await compareInSeries(current, entries, (uri) => reports.find((r) => r.uri === uri), {
      settings: defaultSettings,
      locale: 'en',
    });
    const found = runRules({
      report: current.report,
      metrics: extractMetrics(current.report),
      settings: defaultSettings,
      locale: 'en',
      comparison,
    });
    return { comparison, codes: found.map((f) => f.code), messages: found };
  }

  it('compares a week later, with the week-over-week findings', async () => {
    const { comparison, codes } = await findings('2021-03-26');
    expect(comparison.previousTooFar).toBeUndefined();
    expect(comparison.previousWeeksBack).toBeUndefined();
    expect(codes).toContain('week-over-week-change');
  });

  it('says in the finding how far back the previous report is when it is not last week', async () => {
    const { comparison, messages } = await findings('2021-04-09');
    expect(comparison.previousWeeksBack).toBe(3);
    expect(messages.find((m) => m.code === 'week-over-week-change')?.message).toMatch(/\(the previous report is 3 weeks earlier\)$/);
  });

  it('still shows a report from years ago, but the rules stay silent and the note says why', async () => {
    const { comparison, codes } = await findings('2024-06-07');
    expect(comparison.previous?.uri).toBe(`${FOLDER}/2021-03-19.md`);
    expect(comparison.previousTooFar).toBe(true);
    expect(comparison.note).toContain('week-over-week checks are off');
    expect(codes.filter((c) => ['week-over-week-change', 'progress-regressed', 'metric-missing'].includes(c))).toEqual([]);
  });
});
