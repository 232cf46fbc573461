// Over LSP on the fixture where last week planned 测试进度100% and this week says 80%: the
// diagnostic, the hover line on this week's metric and the plans in weeklyReport/compare.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as path from 'node:path';
import type { Hover } from 'vscode-languageserver-protocol';
import { TestClient } from './lspClient';
import { fixturesDir } from '../helpers/fixtures';
import type { Comparison } from '../../server/src/report/compare/types';

const folder = path.join(fixturesDir, 'rules/target-missed/missed');
let client: TestClient;
let uri: string;

beforeAll(async () => {
  client = new TestClient({ workspaceFolder: folder, locale: 'zh-cn' });
  await client.initialize();
  uri = await client.openFile(path.join(folder, '2024-W21.md'));
});

afterAll(() => client.shutdown());

describe("last week's plan over LSP", () => {
  it('publishes target-missed on this week’s metric', async () => {
    const { diagnostics } = await client.waitForDiagnostics(uri, (p) => p.diagnostics.some((d) => d.code === 'target-missed'));
    const found = diagnostics.filter((d) => d.code === 'target-missed');
    expect(found.map((d) => [d.range.start.line, d.message, d.severity])).toEqual([[6, '测试进度 80%，未达到上周计划的目标 100%', 3]]);
  });

  it('hovers this week’s metric with last week’s target and the result', async () => {
    const hover = await client.request<Hover>('textDocument/hover', { textDocument: { uri }, position: { line: 6, character: 12 } });
    expect((hover.contents as { value: string }).value.split('\n')).toContain('目标 100%（上周计划）· 未达成');
  });

  it('answers weeklyReport/compare with the plans', async () => {
    const c = await client.request<Comparison>('weeklyReport/compare', { uri });
    expect(c.plans?.map((p) => p.status)).toEqual(['missed', 'met', 'met', 'mentioned']);
  });
});
