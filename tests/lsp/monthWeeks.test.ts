// A monthly report listing its month's weeks over LSP: one title with the weeks as its sections,
// not one node per week as a journal.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as path from 'node:path';
import type { DocumentSymbol } from 'vscode-languageserver-protocol';
import { TestClient } from './lspClient';
import { fixturesDir } from '../helpers/fixtures';
import type { Comparison } from '../../server/src/report/compare/types';

const folder = path.join(fixturesDir, 'monthly-weeks', 'zh');
const NUMBER = 16;
let client: TestClient;
let uri: string;

beforeAll(async () => {
  client = new TestClient({ workspaceFolder: folder });
  await client.initialize();
  uri = await client.openFile(path.join(folder, '2023-12.md'));
});

afterAll(() => client.shutdown());

describe('a monthly report with its weeks as sections, over LSP', () => {
  it('outlines one title holding its four week sections', async () => {
    const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
    expect(symbols.map((s) => s.name)).toEqual(['2023年12月 月报']);
    expect(symbols[0].children!.filter((c) => c.kind !== NUMBER).map((c) => c.name)).toEqual(['第1周', '第2周', '第3周', '第4周']);
  });

  it('compares the month with last month’s report', async () => {
    const comparison = await client.request<Comparison>('weeklyReport/compare', { uri });
    expect(comparison.current.name).toBe('2023年12月 月报');
    expect(comparison.previous?.name).toBe('2023年11月 月报');
  });
});
