import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as path from 'node:path';
import { readFileSync } from 'node:fs';
import type { Hover, InlayHint } from 'vscode-languageserver-protocol';
import { TestClient } from './lspClient';
import { fixturesDir } from '../helpers/fixtures';
import type { Comparison } from '../../server/src/report/compare/types';

const folder = path.join(fixturesDir, 'reports');
let client: TestClient;
let uri: string;

beforeAll(async () => {
  client = new TestClient({ workspaceFolder: folder, locale: 'zh-cn' });
  await client.initialize();
  uri = await client.openFile(path.join(folder, 'team-a/2024-W11.md'));
});

afterAll(() => client.shutdown());

describe('comparison over LSP', () => {
  it("answers weeklyReport/compare with last week's values", async () => {
    const c = await client.request<Comparison>('weeklyReport/compare', { uri });
    expect(c.previous?.uri).toMatch(/2024-W10\.md$/);
    const row = c.rows.find((r) => r.label === '扫码有效成功率')!;
    expect(row).toMatchObject({ current: 99.805, previous: 99.912, deltaKind: 'pp', status: 'worsened', section: '【系统运行数据】' });
    expect(row.delta).toBeCloseTo(-0.107, 6);
    const alerts = c.rows.find((r) => r.label === '总告警数')!;
    expect(alerts).toMatchObject({ current: 602, previous: 388, status: 'worsened' });
    expect(c.counts.worsened).toBeGreaterThan(0);
  });

  it('returns null for a file that is not a report', async () => {
    const other = await client.openFile(path.join(folder, 'not-a-report.md'));
    expect(await client.request('weeklyReport/compare', { uri: other })).toBeNull();
  });

  it("hovers a metric with last week's value and the change", async () => {
    const hover = await client.request<Hover>('textDocument/hover', { textDocument: { uri }, position: { line: 12, character: 12 } });
    const value = (hover.contents as { value: string }).value;
    expect(value.split('\n')[0]).toBe('**扫码有效成功率** 99.805%');
    expect(value).toContain('99.912%');
    expect(value).toContain('▼0.107pp');
    expect(value).toContain('上周');
    // The rate went down (▼) and that is bad news: said in words, not only by colour.
    expect(value).toContain('✗ 变差');
  });

  it('shows no trend table when the series has only this week and last week', async () => {
    const hover = await client.request<Hover>('textDocument/hover', { textDocument: { uri }, position: { line: 12, character: 12 } });
    const value = (hover.contents as { value: string }).value;
    expect(value).toContain('99.912%');
    expect(value).not.toContain('趋势');
  });

  it("labels the hover's trend table over more weeks", async () => {
    const historyFolder = path.join(fixturesDir, 'history/zh');
    const history = new TestClient({ workspaceFolder: historyFolder, locale: 'zh-cn' });
    try {
      await history.initialize();
      const file = path.join(historyFolder, '2023-W52.md');
      const latest = await history.openFile(file);
      const line = readFileSync(file, 'utf8')
        .split('\n')
        .findIndex((l) => l.includes('入金有效成功率'));
      const position = { line, character: '- 入金有效成功率：99'.length };
      const hover = await history.request<Hover>('textDocument/hover', { textDocument: { uri: latest }, position });
      const lines = (hover.contents as { value: string }).value.split('\n');
      // Every table but the first (this week / last week / Δ) has a bold heading two lines above it.
      const tableStarts = lines.flatMap((l, i) => (l.startsWith('|') && !lines[i - 1]?.startsWith('|') ? [i] : []));
      expect(tableStarts.length).toBe(2);
      for (const start of tableStarts.slice(1)) expect(lines[start - 2]).toBe('**趋势**');
      expect(lines[tableStarts[1]].split('|').length - 2).toBeGreaterThan(2);
    } finally {
      await history.shutdown();
    }
  });

  it('puts the inlay hint after a fraction and its closing bracket: 76%（16/24） ▲1pp ✓', async () => {
    const range = { start: { line: 0, character: 0 }, end: { line: 40, character: 0 } };
    const hints = await client.request<InlayHint[]>('textDocument/inlayHint', { textDocument: { uri }, range });
    const line = '    - 1级报警跟进率76%（16/24），总告警数为602个';
    const [hint] = hints.filter((h) => h.position.line === 25 && line.slice(0, h.position.character).endsWith('76%（16/24）'));
    // A follow-up rate that rose: up (▲) and good news (✓).
    expect(hint?.label).toBe('▲1pp ✓');
  });

  it('shows inlay hints after metrics, and none when turned off', async () => {
    const range = { start: { line: 0, character: 0 }, end: { line: 40, character: 0 } };
    const hints = await client.request<InlayHint[]>('textDocument/inlayHint', { textDocument: { uri }, range });
    const onLine12 = hints.filter((h) => h.position.line === 12).map((h) => h.label);
    // ▼: the number went down; ✗: that is bad news.
    expect(onLine12).toContain('▼0.107pp ✗');
    await client.changeSettings({ inlayHints: false });
    expect(await client.request<InlayHint[]>('textDocument/inlayHint', { textDocument: { uri }, range })).toEqual([]);
  });
});

describe('an honest comparison over LSP', () => {
  const honest = path.join(fixturesDir, 'compare/honest');
  let server: TestClient;
  let current: string;

  beforeAll(async () => {
    server = new TestClient({ workspaceFolder: honest, locale: 'en' });
    await server.initialize();
    current = await server.openFile(path.join(honest, '2024-W11.md'));
  });

  afterAll(() => server.shutdown());

  it('calls a move with no known direction changed, counts it, and tells namesakes apart', async () => {
    const c = await server.request<Comparison>('weeklyReport/compare', { uri: current });
    expect(c.rows.find((r) => r.label === '健康分')).toMatchObject({ current: 698, previous: 717, status: 'changed' });
    expect(c.counts.changed).toBeGreaterThan(0);
    expect(c.rows.filter((r) => r.label === '快捷支付').map((r) => r.qualifier)).toEqual(['【入金】', '【出金】']);
    expect(c.rows.some((r) => r.label.includes('绩效沟通'))).toBe(false);
  });

  it('marks good and bad news in inlay hints beside the direction of the number', async () => {
    const range = { start: { line: 0, character: 0 }, end: { line: 30, character: 0 } };
    const hints = await server.request<InlayHint[]>('textDocument/inlayHint', { textDocument: { uri: current }, range });
    const labels = hints.map((h) => h.label);
    expect(labels).toContain('▲288 ✗'); // 总告警数 went up: worse
    expect(labels).toContain('▲2 ✗'); // 排名 went from 3rd to 5th: worse
    expect(labels).toContain('▼19 ≠'); // 健康分 moved, direction unknown
  });
});
