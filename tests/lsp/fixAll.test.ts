import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as path from 'node:path';
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import type { CodeAction, TextDocumentEdit } from 'vscode-languageserver-protocol';
import { TestClient } from './lspClient';
import { fixturesDir } from '../helpers/fixtures';
import { applyTextEdits } from '../../server/src/report/fix/fixAll';
import type { FixAllResult } from '../../server/src/protocol';

const folder = path.join(fixturesDir, 'fix');
const report = path.join(folder, '2024-W15.md');
const text = readFileSync(report, 'utf8');
const fixedText = text.replace('76%（16/24）', '67%（16/24）').replace('50%（3/4）', '75%（3/4）');
let client: TestClient;
let uri: string;

beforeAll(async () => {
  client = new TestClient({ workspaceFolder: folder });
  const init = (await client.initialize()) as { capabilities: { codeActionProvider: { codeActionKinds: string[] } } };
  expect(init.capabilities.codeActionProvider.codeActionKinds).toContain('source.fixAll.weeklyReport');
  uri = await client.openFile(report);
  await client.waitForDiagnostics(uri, (p) => p.diagnostics.length > 0);
});

afterAll(() => client.shutdown());

const wholeLine = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

function codeActions(only?: string[]): Promise<CodeAction[]> {
  return client.request<CodeAction[]>('textDocument/codeAction', {
    textDocument: { uri },
    range: wholeLine,
    context: { diagnostics: [], ...(only && { only }) },
  });
}

describe('fix all over LSP', () => {
  it.each([['source.fixAll'], ['source.fixAll.weeklyReport'], ['source']])(
    'answers only: [%s] with one action whose one edit fixes both wrong percentages',
    async (kind) => {
      const actions = await codeActions([kind]);
      expect(actions).toHaveLength(1);
      expect(actions[0].kind).toBe('source.fixAll.weeklyReport');
      expect(actions[0].title).toMatch(/\(2\)/);
      const changes = actions[0].edit!.documentChanges as TextDocumentEdit[];
      expect(changes).toHaveLength(1);
      expect(changes[0].textDocument).toEqual({ uri, version: 1 });
      expect(changes[0].edits.map((e) => e.newText)).toEqual(['67%', '75%']);
      expect(applyTextEdits(text, changes[0].edits)).toBe(fixedText);
    },
  );

  it('offers no fix-all to the light bulb (no only) nor to a quick-fix request', async () => {
    expect((await codeActions()).some((a) => a.kind === 'source.fixAll.weeklyReport')).toBe(false);
    expect(await codeActions(['quickfix'])).toEqual([]);
  });

  it('answers weeklyReport/fixAll with the version, the edits and how many findings they fix', async () => {
    const result = await client.request<FixAllResult>('weeklyReport/fixAll', { uri });
    expect(result).toMatchObject({ version: 1, fixed: 2, conflicting: 0 });
    expect(applyTextEdits(text, result.edits)).toBe(fixedText);
  });

  it('has nothing to fix once the fixes are in', async () => {
    await client.change(uri, fixedText);
    await client.waitForDiagnostics(uri, (p) => p.version === 2);
    expect(await codeActions(['source.fixAll'])).toEqual([]);
    expect(await client.request<FixAllResult>('weeklyReport/fixAll', { uri })).toEqual({ version: 2, edits: [], fixed: 0, conflicting: 0 });
  });

  it('answers null for a document that is not a report', async () => {
    const notReport = pathToFileURL(path.join(folder, 'notes.md')).href;
    await client.open(notReport, 'just some notes, 76%（16/24）\n');
    expect(await client.request('weeklyReport/fixAll', { uri: notReport })).toBeNull();
  });
});
