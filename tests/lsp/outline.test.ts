import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { DocumentSymbol, FoldingRange, SymbolInformation } from 'vscode-languageserver-protocol';
import { TestClient } from './lspClient';
import { fixturesDir } from '../helpers/fixtures';

const folder = path.join(fixturesDir, 'reports');
let client: TestClient;

beforeAll(async () => {
  client = new TestClient({ workspaceFolder: folder });
  const init = (await client.initialize()) as { capabilities: Record<string, unknown> };
  expect(init.capabilities.documentSymbolProvider).toBeTruthy();
});

afterAll(() => client.shutdown());

function names(symbols: DocumentSymbol[]): unknown[] {
  return symbols.map((s) => {
    const sections = (s.children ?? []).filter((c) => c.kind !== 16);
    return sections.length ? [s.name, names(sections)] : s.name;
  });
}

describe('outline over LSP (dist/server.js --stdio)', () => {
  it('answers documentSymbol with the section tree', async () => {
    const uri = await client.openFile(path.join(folder, 'team-a/2024-W10.md'));
    const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
    expect(names(symbols)).toEqual([
      [
        '第10周',
        [
          ['【重点工作】', ['【清结算系统迁移】', '【值班制度调整】']],
          '【系统运行数据】',
          '【O1 商户体验】',
          ['【O2 稳定性】', ['【生产事件】']],
          '【其他】',
        ],
      ],
      '下周工作及目标',
    ]);
    const data = symbols[0].children!.find((s) => s.name === '【系统运行数据】')!;
    expect(data.selectionRange).toEqual({ start: { line: 18, character: 3 }, end: { line: 18, character: 11 } });
    expect(data.range.start.line).toBe(18);
    expect(data.range.end.line).toBeGreaterThan(25);
    const metric = data.children!.find((c) => c.name === '扫码有效成功率')!;
    expect(metric).toMatchObject({ kind: 16, detail: '99.912%' });
  });

  it('answers foldingRange for sections and multi-line list items', async () => {
    const uri = pathToFileURL(path.join(folder, 'team-a/2024-W10.md')).href;
    const ranges = await client.request<FoldingRange[]>('textDocument/foldingRange', { textDocument: { uri } });
    const starts = ranges.map((r) => r.startLine);
    expect(starts).toContain(4); // 【重点工作】
    expect(starts).toContain(6); // - 【清结算系统迁移】 (multi-line item)
    expect(ranges.every((r) => r.endLine > r.startLine)).toBe(true);
  });

  it('finds sections across every report with workspace/symbol', async () => {
    const symbols = await client.request<SymbolInformation[]>('workspace/symbol', { query: '系统运行数据' });
    const files = symbols.map((s) => path.basename(s.location.uri)).sort();
    expect(files).toEqual(['2024-W10.md', '2024-W11.md', 'crlf.crlf.md', 'empty-sections.md']);
    expect(symbols.every((s) => s.name === '【系统运行数据】')).toBe(true);
  });

  it('gives other Markdown files nothing', async () => {
    const uri = await client.openFile(path.join(folder, 'not-a-report.md'));
    const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
    expect(symbols).toEqual([]);
    const ws = await client.request<SymbolInformation[]>('workspace/symbol', { query: 'Usage' });
    expect(ws).toEqual([]);
  });

  it('survives binary junk and a huge document', async () => {
    const junk = 'file:///tmp/junk-W01.md';
    await client.open(junk, '\u0000\u0001\uFFFD\uD800'.repeat(10000));
    const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: junk } });
    expect(Array.isArray(symbols)).toBe(true);
    const big = 'file:///tmp/big-W02.md';
    const section = '## 【系统运行数据】\n\n- 入金有效成功率：99.966%\n- 事故数AB级0次，CD级1次\n\n';
    await client.open(big, `# 第2周\n\n${section.repeat(60000)}`);
    const bigSymbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: big } });
    expect(bigSymbols[0].children).toHaveLength(60000);
  });
});
