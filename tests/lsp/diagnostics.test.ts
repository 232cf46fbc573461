import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as path from 'node:path';
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import type { CodeAction, Diagnostic } from 'vscode-languageserver-protocol';
import { TestClient } from './lspClient';
import { fixturesDir } from '../helpers/fixtures';

const folder = path.join(fixturesDir, 'reports');
const w11 = path.join(folder, 'team-a/2024-W11.md');
let client: TestClient;

beforeAll(async () => {
  client = new TestClient({ workspaceFolder: folder, settings: { thresholds: [{ metric: 'CD级', max: 0 }] } });
  await client.initialize();
});

afterAll(() => client.shutdown());

const codes = (diagnostics: Diagnostic[]) => diagnostics.map((d) => d.code);

describe('diagnostics over LSP', () => {
  it('publishes rule findings after didOpen, including week-over-week ones', async () => {
    const uri = await client.openFile(w11);
    const { diagnostics } = await client.waitForDiagnostics(uri, (p) => p.diagnostics.length > 0);
    const mismatch = diagnostics.find((d) => d.code === 'percent-fraction-mismatch')!;
    expect(mismatch.message).toContain('16/24');
    expect(mismatch.range.start.line).toBe(25);
    expect(codes(diagnostics)).toEqual(
      expect.arrayContaining(['week-over-week-change', 'progress-regressed', 'metric-threshold', 'empty-section']),
    );
    const wow = diagnostics.find((d) => d.code === 'week-over-week-change' && d.message.includes('扫码有效成功率'))!;
    expect(wow.message).toContain('99.912%');
    expect(wow.message).toContain('99.805%');
    expect(diagnostics.every((d) => d.source === 'weekly-report')).toBe(true);
  });

  it('offers a quick fix that corrects the percentage at the same precision', async () => {
    const uri = pathToFileURL(w11).href;
    const { diagnostics } = await client.waitForDiagnostics(uri, (p) => p.diagnostics.length > 0);
    const mismatch = diagnostics.filter((d) => d.code === 'percent-fraction-mismatch');
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: mismatch[0].range,
      context: { diagnostics: mismatch },
    });
    expect(actions).toHaveLength(1);
    const edit = actions[0].edit!.changes![uri][0];
    expect(edit.newText).toBe('67%');
    const line = readFileSync(w11, 'utf8').split('\n')[edit.range.start.line];
    expect(line.slice(edit.range.start.character, edit.range.end.character)).toBe('76%');
    expect(actions[0].diagnostics).toEqual([mismatch[0]]);
  });

  it('offers the fix for a cursor on the line even when the client echoes no diagnostics', async () => {
    const uri = pathToFileURL(w11).href;
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: { line: 25, character: 14 }, end: { line: 25, character: 14 } },
      context: { diagnostics: [] },
    });
    expect(actions.map((a) => a.edit!.changes![uri][0].newText)).toEqual(['67%']);
    const elsewhere = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: { line: 2, character: 0 }, end: { line: 2, character: 0 } },
      context: { diagnostics: [] },
    });
    expect(elsewhere).toEqual([]);
  });

  it('re-checks on didChange and clears a fixed finding', async () => {
    const uri = pathToFileURL(w11).href;
    const fixed = readFileSync(w11, 'utf8').replace('76%（16/24）', '67%（16/24）');
    await client.change(uri, fixed);
    const { diagnostics } = await client.waitForDiagnostics(uri, (p) => p.version === 2);
    expect(codes(diagnostics)).not.toContain('percent-fraction-mismatch');
  });

  it('ignores a configuration notification that changes nothing: no re-index, no re-publish', async () => {
    const uri = pathToFileURL(w11).href;
    await client.waitForDiagnostics(uri, (p) => p.version === 2);
    const publishedBefore = client.diagnostics.get(uri)!.length;
    const indexedBefore = client.logs.filter((l) => l.startsWith('Indexed')).length;
    const handled = client.waitForLog((line) => line.startsWith('Settings '));
    await client.changeSettings(client.settings);
    expect(await handled).toBe('Settings unchanged.');
    expect(client.logs.filter((l) => l.startsWith('Indexed')).length).toBe(indexedBefore);
    expect(client.diagnostics.get(uri)!.length).toBe(publishedBefore);
  });

  it('honours rule settings changed at run time, and reports a broken setting once', async () => {
    const uri = pathToFileURL(w11).href;
    await client.changeSettings({ rules: { 'empty-section': 'off', 'progress-regressed': 'error' }, trendWeeks: 'many' });
    await client.change(uri, readFileSync(w11, 'utf8'));
    const { diagnostics } = await client.waitForDiagnostics(uri, (p) => p.version === 3);
    expect(codes(diagnostics)).not.toContain('empty-section');
    expect(diagnostics.find((d) => d.code === 'progress-regressed')!.severity).toBe(1);
    expect(client.shownMessages.filter((m) => m.includes('trendWeeks'))).toHaveLength(1);
  });

  it('publishes nothing for a Markdown file that is not a report', async () => {
    const uri = await client.openFile(path.join(folder, 'not-a-report.md'));
    const { diagnostics } = await client.waitForDiagnostics(uri);
    expect(diagnostics).toEqual([]);
  });
});
