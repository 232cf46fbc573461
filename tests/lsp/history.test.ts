// weeklyReport/history over stdio: one metric (or every metric of a report) through the fixture
// series, thresholds from the settings, and the hover's trusted command link to the chart.
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Hover } from 'vscode-languageserver-protocol';
import type { HistoryResult, ShowHistoryArgs } from '../../server/src/protocol';
import { fixturesDir } from '../helpers/fixtures';
import { TestClient } from './lspClient';

const folder = path.join(fixturesDir, 'history');
let client: TestClient;
let uri: string;
/** 0-based line of `测试进度100%` in zh/2023-W52.md. */
const PROGRESS_LINE = 12;

beforeAll(async () => {
  client = new TestClient({
    workspaceFolder: folder,
    settings: {
      thresholds: [
        { metric: '成功率', min: 99.95 },
        { metric: '测试进度', max: 100, severity: 'off' },
      ],
    },
  });
  await client.initialize();
  uri = await client.openFile(path.join(folder, 'zh/2023-W52.md'));
});

afterAll(() => client.shutdown());

describe('weeklyReport/history over LSP', () => {
  it('answers with the metric at a line through every report of the series', async () => {
    const result = (await client.request<HistoryResult>('weeklyReport/history', { uri, line: PROGRESS_LINE }))!;
    expect(result.reports.map((report) => [report.week, report.date, report.missingBefore])).toEqual([
      ['2023-W48', '2023-11-20', 0],
      ['2023-W49', '2023-11-27', 0],
      ['2023-W51', '2023-12-11', 1],
      ['2023-W52', '2023-12-18', 0],
    ]);
    expect(result.metrics).toHaveLength(1);
    expect(result.metrics[0].label).toBe('测试进度');
    expect(result.metrics[0].points.map((point) => point.value)).toEqual([40, 60, 80, 100]);
    // A threshold set to `off` is not drawn.
    expect(result.thresholds).toEqual([[]]);
    expect(result.rows.map((row) => [row.week, row.value, row.unit])).toEqual([
      ['2023-W48', 40, '%'],
      ['2023-W49', 60, '%'],
      ['2023-W51', 80, '%'],
      ['2023-W52', 100, '%'],
    ]);
    expect(result.rows[0].file).toMatch(/zh\/2023-W48\.md$/);
  });

  it('lists every metric of the report, with the thresholds that name each', async () => {
    const result = (await client.request<HistoryResult>('weeklyReport/history', { uri }))!;
    expect(result.metrics.map((track) => track.label)).toEqual(['入金有效成功率', '支付系统可用性', '事故数CD级', '测试进度']);
    expect(result.thresholds[0]).toEqual([{ metric: '成功率', min: 99.95 }]);
    expect(result.metrics[2].points.map((point) => point.report)).toEqual([0, 1, 3]);
  });

  it('answers null for a document that is no report, and no metric for a line without one', async () => {
    const other = 'file:///nowhere/notes.md';
    await client.open(other, 'just some notes\n');
    expect(await client.request('weeklyReport/history', { uri: other })).toBeNull();
    const empty = (await client.request<HistoryResult>('weeklyReport/history', { uri, line: 1 }))!;
    expect(empty.metrics).toEqual([]);
    expect(empty.reports).toHaveLength(4);
  });

  it('links the hover to the chart with a command URI carrying the metric', async () => {
    const hover = await client.request<Hover>('textDocument/hover', {
      textDocument: { uri },
      position: { line: PROGRESS_LINE, character: 12 },
    });
    const value = (hover.contents as { value: string }).value;
    const link = /\[Show history\]\(command:weeklyReport\.showMetricHistory\?([^ )]+) "[^"]*"\)/.exec(value);
    expect(link).not.toBeNull();
    const [args] = JSON.parse(decodeURIComponent(link![1])) as [ShowHistoryArgs];
    expect(args).toEqual({ uri, line: PROGRESS_LINE, label: '测试进度' });
  });
});
