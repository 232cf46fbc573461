// `check` compares without this week's trends (`currentTrends: false`): its findings must be those
// of the full comparison, for every report of every series fixture and of a series whose metrics
// come and go, and the rows of gone metrics keep their trends.
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareInSeries, loadedReport, type LoadedReport } from '../../../server/src/report/compare/compareInSeries';
import { runRules } from '../../../server/src/report/rules';
import { createReportEntry } from '../../../server/src/report/series/reportEntry';
import { defaultSettings } from '../../../server/src/report/settings';

const SERIES = path.join(__dirname, '../../fixtures/series');

/** Metrics that are written some weeks and left out others: gone rows with trends of every length. */
function comingAndGoing(week: number): string {
  const lines = [`# 第${week}周`, '', '## 【系统运行数据】', `- 入金成功率：99.${week}%`];
  if (week % 3 !== 0) lines.push(`- 告警数 ${10 + week}个`);
  if (week % 4 !== 1) lines.push(`- 平均耗时 ${200 + week}ms`);
  if (week % 5 !== 2) lines.push('', '## 【稳定性】', `- 故障 ${week % 2}次`);
  lines.push('', '## 下周工作', '- 告警数 10个以内', '');
  return lines.join('\n');
}

function fixtureSeries(): Array<[string, LoadedReport[]]> {
  const series = readdirSync(SERIES).map((name): [string, LoadedReport[]] => {
    const folder = path.join(SERIES, name);
    const files = readdirSync(folder).filter((file) => file.endsWith('.md'));
    return [
      name,
      files.map((file) => loadedReport(`file://${folder}/${file}`, readFileSync(path.join(folder, file), 'utf8'), file, 'auto')),
    ];
  });
  const weeks = Array.from({ length: 16 }, (_, k) => k + 1);
  const uriOf = (week: number) => `file:///team/2024-W${String(week).padStart(2, '0')}.md`;
  series.push(['coming and going', weeks.map((week) => loadedReport(uriOf(week), comingAndGoing(week), uriOf(week).slice(7), 'iso'))]);
  return series;
}

describe('a comparison without this week’s trends', () => {
  it.each(fixtureSeries())('finds what the full comparison finds: %s', async (_, reports) => {
    const entries = reports.map((report) => createReportEntry(report.uri, report.report));
    const byUri = new Map(reports.map((report) => [report.uri, report]));
    const load = (uri: string) => byUri.get(uri);
    let goneRows = 0;
    let missing = 0;
    for (const current of reports) {
      const options = { settings: defaultSettings, locale: 'en' as const };
      const full = await compareInSeries(current, entries, load, options);
      const forFindings = await compareInSeries(current, entries, load, { ...options, currentTrends: false });
      const findings = (comparison: typeof full) =>
        runRules({ report: current.report, metrics: current.metrics, settings: defaultSettings, locale: 'en', comparison });
      expect(findings(forFindings)).toEqual(findings(full));
      missing += findings(full).filter((finding) => finding.code === 'metric-missing').length;
      const gone = (comparison: typeof full) => comparison.rows.filter((row) => row.status === 'gone');
      expect(gone(forFindings)).toEqual(gone(full));
      goneRows += gone(full).length;
      // This week's rows: the same but for the trend, which is this week's value alone.
      for (const [k, row] of forFindings.rows.entries()) {
        if (row.status === 'gone') continue;
        expect({ ...row, trend: full.rows[k].trend }).toEqual(full.rows[k]);
        expect(row.trend).toEqual(full.rows[k].trend.slice(-1));
      }
    }
    // The synthetic series exercises what the trends of gone metrics decide.
    if (reports.length > 10) expect([goneRows > 0, missing > 0]).toEqual([true, true]);
  });
});
