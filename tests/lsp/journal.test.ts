// A journal document (52 weeks in one file) over LSP: one outline symbol per week, the cursor's
// week compared with the week before it, diagnostics from each week checked on its own.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as path from 'node:path';
import { readFileSync } from 'node:fs';
import type { DocumentSymbol, Hover, InlayHint } from 'vscode-languageserver-protocol';
import { TestClient } from './lspClient';
import { fixturesDir } from '../helpers/fixtures';
import type { Comparison } from '../../server/src/report/compare/types';

const folder = path.join(fixturesDir, 'journal');
const file = path.join(folder, 'journal-2023-52-weeks.md');
const lines = readFileSync(file, 'utf8').split('\n');
/** 0-based line of a line's exact text in the fixture. */
const lineOf = (text: string) => lines.indexOf(text);
let client: TestClient;
let uri: string;

beforeAll(async () => {
  client = new TestClient({ workspaceFolder: folder });
  await client.initialize();
  uri = await client.openFile(file);
});

afterAll(() => client.shutdown());

describe('a journal document over LSP', () => {
  it('outlines one top-level symbol per week, its sections inside', async () => {
    const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
    expect(symbols).toHaveLength(52);
    expect(symbols[0].name).toBe('2023年第52周');
    expect(symbols[51].name).toBe('2023年第1周');
    expect(symbols[21].children!.filter((c) => c.kind !== 16).map((c) => c.name)).toEqual(['本周工作', '数据指标', '下周计划']);
  });

  it('compares the week holding the cursor with the week before it, the newest without a cursor', async () => {
    const inWeek30 = lineOf('## 2023年第30周') + 4;
    const at30 = await client.request<Comparison>('weeklyReport/compare', { uri, position: { line: inWeek30, character: 0 } });
    expect(at30.current).toMatchObject({ name: '2023年第30周', week: '2023-W30' });
    expect(at30.previous).toMatchObject({ name: '2023年第29周', week: '2023-W29' });
    const newest = await client.request<Comparison>('weeklyReport/compare', { uri });
    expect(newest.current.week).toBe('2023-W52');
    expect(newest.previous?.week).toBe('2023-W51');
  });

  it('hovers and hints a metric against its own week before', async () => {
    const line = lineOf('- 日活用户 13110 人');
    const hover = await client.request<Hover>('textDocument/hover', { textDocument: { uri }, position: { line, character: 8 } });
    expect(JSON.stringify(hover.contents)).toMatch(/13110人 \| 13073人 \| ▲37/);
    const hints = await client.request<InlayHint[]>('textDocument/inlayHint', {
      textDocument: { uri },
      range: { start: { line: line - 20, character: 0 }, end: { line: line + 20, character: 0 } },
    });
    expect(hints.map((h) => h.position.line)).toContain(line);
    expect(hints.find((h) => h.position.line === line)!.label).toMatch(/▲37/);
  });

  it('publishes each week checked as a report: no week read against another', async () => {
    const { diagnostics } = await client.waitForDiagnostics(uri, (p) => p.diagnostics.length > 0);
    expect(diagnostics.filter((d) => d.code === 'date-outside-week')).toEqual([]);
    expect(diagnostics.map((d) => d.code)).toEqual(Array(5).fill('week-over-week-change'));
  });

  it('after an edit in one week, diagnostics follow that week', async () => {
    const line = lineOf('- 接口成功率 99.45%');
    const edited = [...lines];
    edited[line - 18] = edited[line - 18].replace('99.00%', '99.40%');
    expect(edited[line - 18]).toContain('99.40%');
    await client.change(uri, edited.join('\n'));
    const { diagnostics } = await client.waitForDiagnostics(uri, (p) => p.version === 2);
    // The drop in the edited week is gone; the week after it (above, newest first) now drops from 99.40%.
    expect(diagnostics.some((d) => d.range.start.line === line - 18)).toBe(false);
    expect(diagnostics.filter((d) => d.message.includes('last week 99.40%'))).toHaveLength(1);
    expect(diagnostics).toHaveLength(5);
  });
});
