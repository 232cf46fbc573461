// `weekly-report history`: one row per report and tracked metric over a fixture series — a Chinese
// one with a missing week (W50) and plans that are no results, an English one with a renamed
// metric (PR → PRs) and a section name that needs CSV quoting.
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { MetricHistoryRow } from '../../server/src/report/history';
import { fixturesDir } from '../helpers/fixtures';
import { tempDir } from './cliFixtures';
import { runCliWith } from './cliRunner';

const historyDir = path.join(fixturesDir, 'history');
const inHistory = { cwd: historyDir };
const HEADER = ['week', 'date', 'file', 'label', 'section', 'value', 'unit'];

/** RFC 4180 as a spreadsheet reads it: quoted fields may hold commas, doubled quotes and line breaks. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let field = '';
  let record: string[] = [];
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      record.push(field);
      field = '';
    } else if (char === '\r' && text[i + 1] === '\n') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      i++;
    } else field += char;
  }
  if (field !== '' || record.length > 0) throw new Error(`unterminated record: ${JSON.stringify([...record, field])}`);
  return records;
}

type Row = MetricHistoryRow;

describe('weekly-report history', () => {
  it('writes one CSV row per report and tracked metric, RFC 4180 quoted, plans left out', () => {
    const r = runCliWith(inHistory, 'history', 'zh', 'en', '--format', 'csv');
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout.endsWith('\r\n')).toBe(true);
    const [header, ...rows] = parseCsv(r.stdout);
    expect(header).toEqual(HEADER);
    // zh: 4 reports × 4 metrics, less W51's missing 事故数; en: 2 reports × 3 metrics; no 下周/Next week plan.
    expect(rows).toHaveLength(15 + 6);
    expect(rows.every((row) => row.length === HEADER.length)).toBe(true);
    expect(rows.filter((row) => row[3] === '测试进度').map((row) => [row[0], row[5]])).toEqual([
      ['2023-W48', '40'],
      ['2023-W49', '60'],
      ['2023-W51', '80'],
      ['2023-W52', '100'],
    ]);
    expect(rows.some((row) => row[3].includes('对账平台测试进度'))).toBe(false);
    expect(rows.filter((row) => row[3] === 'Open tickets').map((row) => row[5])).toEqual(['23', '19']);
    expect(rows[0]).toEqual(['2023-W48', '2023-11-20', 'zh/2023-W48.md', '入金有效成功率', '【系统运行数据】', '99.951', '%']);
    // The section `Build, test and "release"` holds a comma and quotes: quoted, quotes doubled.
    expect(r.stdout).toContain('"Build, test and ""release"""');
    expect(rows.find((row) => row[3] === 'Build success rate')?.[4]).toBe('Build, test and "release"');
  });

  it('gives the same rows as JSON, with every report of the series so that a missing week shows', () => {
    const csv = parseCsv(runCliWith(inHistory, 'history', 'zh', 'en', '--format', 'csv').stdout).slice(1);
    const r = runCliWith(inHistory, 'history', 'zh', 'en', '--format', 'json');
    expect(r.status).toBe(0);
    const output = JSON.parse(r.stdout) as { reports: Array<{ week: string; missingBefore: number }>; rows: Row[] };
    expect(output.rows.map((row) => HEADER.map((key) => String(row[key as keyof Row])))).toEqual(csv);
    expect(typeof output.rows[0].value).toBe('number');
    // `metric` numbers the metric across the series named: PR and PRs are one, the two series never share one.
    const merged = output.rows.filter((row) => row.label.startsWith('Merged PR'));
    expect(new Set(merged.map((row) => row.metric)).size).toBe(1);
    const zhMetrics = new Set(output.rows.filter((row) => row.file.startsWith('zh/')).map((row) => row.metric));
    expect(zhMetrics).toEqual(new Set([0, 1, 2, 3]));
    expect(merged[0].metric).toBeGreaterThan(3);
    expect(output.reports.map((report) => report.week)).toEqual(['2023-W48', '2023-W49', '2023-W51', '2023-W52', '2024-W01', '2024-W02']);
    expect(output.reports.find((report) => report.week === '2023-W51')?.missingBefore).toBe(1);
    expect(output.reports.filter((report) => report.missingBefore > 0)).toHaveLength(1);
  });

  it('follows a renamed metric as the comparison does, and --metric filters case- and width-insensitively', () => {
    const r = runCliWith(inHistory, 'history', 'en', '--format', 'json', '--metric', 'ＭＥＲＧＥＤ pr');
    expect(r.status).toBe(0);
    const { rows } = JSON.parse(r.stdout) as { rows: Row[] };
    expect(rows.map((row) => [row.week, row.label, row.value])).toEqual([
      ['2024-W01', 'Merged PR', 14],
      ['2024-W02', 'Merged PRs', 17],
    ]);
  });

  it('reads a file as its whole series, each series once however often it is named', () => {
    const fromFile = runCliWith(inHistory, 'history', 'zh/2023-W49.md', '--format', 'csv');
    const fromFolder = runCliWith(inHistory, 'history', 'zh', '--format', 'csv');
    expect(fromFile.status).toBe(0);
    expect(fromFile.stdout).toBe(fromFolder.stdout);
    const twice = runCliWith(inHistory, 'history', 'zh', 'zh/2023-W52.md', '--format', 'csv');
    expect(twice.stdout).toBe(fromFolder.stdout);
  });

  it('prints aligned columns in the chosen language', () => {
    const r = runCliWith(inHistory, 'history', 'zh', '--metric', '成功率', '--locale', 'zh-cn');
    expect(r.status).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines[0].split(/\s{2,}/)).toEqual(['周次', '日期', '文件', '指标', '章节', '数值']);
    expect(lines.slice(1).map((line) => line.split(/\s{2,}/).at(-1))).toEqual(['99.951%', '99.962%', '99.966%', '99.94%']);
    const width = (line: string) => line.indexOf('99.9');
    expect(new Set(lines.slice(1).map(width)).size).toBe(2);
  });

  it('refuses bad input with one stderr line and exit 2', () => {
    const empty = tempDir();
    for (const args of [
      ['history'],
      ['history', 'missing.md'],
      ['history', 'zh', '--format', 'xml'],
      ['history', 'zh', '--metric'],
      ['history', empty],
    ]) {
      const r = runCliWith(inHistory, ...args);
      expect(r.status, args.join(' ')).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr.trimEnd().split('\n'), args.join(' ')).toHaveLength(1);
      expect(r.stderr).toMatch(/^weekly-report: /);
    }
  });
});
