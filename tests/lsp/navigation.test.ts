// Previous/Next Report, go to definition and find references over real stdio JSON-RPC, on a
// four-week series with a missing week (W12) and a metric renamed from W13 (线上告警 → 线上告警总数).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as path from 'node:path';
import { readFileSync } from 'node:fs';
import type { Location } from 'vscode-languageserver-protocol';
import { TestClient } from './lspClient';
import { fixturesDir } from '../helpers/fixtures';
import type { NeighbourReportResult } from '../../server/src/protocol';

const folder = path.join(fixturesDir, 'navigation');
const fileOf = (week: string) => path.join(folder, '支付组', `2024-W${week}.md`);
const linesOf = (week: string) => readFileSync(fileOf(week), 'utf8').split('\n');
let client: TestClient;
const uris: Record<string, string> = {};

beforeAll(async () => {
  client = new TestClient({ workspaceFolder: folder, locale: 'zh-cn' });
  await client.initialize();
  for (const week of ['11', '13', '14']) uris[week] = await client.openFile(fileOf(week));
});

afterAll(() => client.shutdown());

/** The position of `text` in week `week`'s report, one character in. */
function at(week: string, text: string) {
  const line = linesOf(week).findIndex((l) => l.includes(text));
  return { line, character: linesOf(week)[line].indexOf(text) + 1 };
}

const weekIn = (uri: string | undefined) => /2024-W(\d+)\.md$/.exec(decodeURIComponent(uri ?? ''))?.[1];
const weekOf = (location: Location) => weekIn(location.uri);
const lineText = (location: Location) => linesOf(weekOf(location)!)[location.range.start.line];

describe('Previous Report / Next Report over LSP', () => {
  const neighbour = (week: string, direction: 'previous' | 'next') =>
    client.request<NeighbourReportResult | null>('weeklyReport/neighbourReport', { uri: uris[week], direction });

  it('opens the week before and after when they exist', async () => {
    const back = (await neighbour('14', 'previous'))!;
    expect(weekIn(back.uri)).toBe('13');
    expect(back).toMatchObject({ message: '已打开上一份周报 2024-W13。', skippedWeeks: false });
    const forward = (await neighbour('13', 'next'))!;
    expect(weekIn(forward.uri)).toBe('14');
  });

  it('skips the missing week and says so, both ways', async () => {
    const back = (await neighbour('13', 'previous'))!;
    expect(weekIn(back.uri)).toBe('11');
    expect(back).toMatchObject({ message: '已打开 2024-W11（2 周前）；2024-W12 没有周报。', skippedWeeks: true });
    const forward = (await neighbour('11', 'next'))!;
    expect(weekIn(forward.uri)).toBe('13');
    expect(forward.message).toBe('已打开 2024-W13（2 周后）；2024-W12 没有周报。');
  });

  it('stays at either end of the series with a message, not an error', async () => {
    const latest = (await neighbour('14', 'next'))!;
    expect(latest).toEqual({ message: '这是本系列最新的一份周报。', skippedWeeks: false });
    const w10 = await client.openFile(fileOf('10'));
    const first = await client.request<NeighbourReportResult>('weeklyReport/neighbourReport', { uri: w10, direction: 'previous' });
    expect(first).toEqual({ message: '这是本系列的第一份周报。', skippedWeeks: false });
  });

  it('answers null for a Markdown file that is no report', async () => {
    const notes = await client.openFile(path.join(folder, '支付组', '说明.md'));
    expect(await client.request('weeklyReport/neighbourReport', { uri: notes, direction: 'next' })).toBeNull();
  });
});

describe('go to definition over LSP', () => {
  const definition = (week: string, text: string) =>
    client.request<Location | null>('textDocument/definition', { textDocument: { uri: uris[week] }, position: at(week, text) });

  it('goes from a metric to the same metric in the previous report, across the missing week', async () => {
    const location = (await definition('13', '支付成功率'))!;
    expect(weekOf(location)).toBe('11');
    expect(lineText(location)).toBe('- 支付成功率：99.80%');
    expect(location.range.start.character).toBe(2);
  });

  it('follows the renamed metric back to its old name', async () => {
    const location = (await definition('13', '线上告警总数'))!;
    expect(weekOf(location)).toBe('11');
    expect(lineText(location)).toBe('- 线上告警：412个');
  });

  it('goes from a section title to the same section in the previous report', async () => {
    const location = (await definition('14', '【对账单下载】'))!;
    expect(weekOf(location)).toBe('13');
    expect(lineText(location)).toBe('## 【对账单下载】');
  });

  it('answers null where there is nothing to follow', async () => {
    expect(await definition('14', '联调环境已稳定')).toBeNull();
  });
});

describe('find references over LSP', () => {
  const references = (week: string, text: string, includeDeclaration = true) =>
    client.request<Location[]>('textDocument/references', {
      textDocument: { uri: uris[week] },
      position: at(week, text),
      context: { includeDeclaration },
    });

  it('lists the metric in every report of the series, oldest first, each line with its value', async () => {
    const locations = await references('14', '线上告警总数');
    expect(locations.map((l) => [weekOf(l), lineText(l)])).toEqual([
      ['10', '- 线上告警：388个'],
      ['11', '- 线上告警：412个'],
      ['13', '- 线上告警总数：365个'],
      ['14', '- 线上告警总数：340个'],
    ]);
  });

  it('leaves the report itself out when the client asks so', async () => {
    const locations = await references('13', '测试进度70');
    expect(locations.map(weekOf)).toEqual(['10', '11', '13', '14']);
    expect(locations.map((l) => lineText(l).match(/\d+%/)?.[0])).toEqual(['20%', '40%', '70%', '90%']);
    expect((await references('13', '测试进度70', false)).map(weekOf)).toEqual(['10', '11', '14']);
  });
});
