import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { readFileSync } from 'node:fs';
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

/** One line per symbol, indented by depth: kind, name, detail, range and selection range. */
function outlineLines(symbols: DocumentSymbol[], depth = 0): string[] {
  const at = (r: DocumentSymbol['range']) => `${r.start.line}:${r.start.character}-${r.end.line}:${r.end.character}`;
  return symbols.flatMap((s) => [
    `${'  '.repeat(depth)}${s.kind} ${s.name} | ${s.detail ?? ''} | ${at(s.range)} ${at(s.selectionRange)}`,
    ...outlineLines(s.children ?? [], depth + 1),
  ]);
}

function allSymbols(symbols: DocumentSymbol[]): DocumentSymbol[] {
  return symbols.flatMap((s) => [s, ...allSymbols(s.children ?? [])]);
}

const NUMBER = 16;

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
    // A number's name is its label and its written value, as the Outline and Go to Symbol show it.
    const metric = data.children!.find((c) => c.name.startsWith('扫码有效成功率'))!;
    expect(metric).toMatchObject({ kind: 16, name: '扫码有效成功率 99.912%' });
  });

  it('answers every section and number of a normal report with its kind and ranges, and nothing on the wire that says nothing', async () => {
    const uri = pathToFileURL(path.join(folder, 'team-a/2024-W10.md')).href;
    const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
    // Headings are Namespace (3), 【】 items Object (19), numbers Number (16) with their written value.
    expect(outlineLines(symbols)).toEqual([
      '3 第10周 |  | 0:0-49:10 0:2-0:6',
      '  3 【重点工作】 |  | 4:0-16:29 4:3-4:9',
      '    19 【清结算系统迁移】 |  | 6:0-13:33 6:2-6:11',
      '    19 【值班制度调整】 |  | 14:0-16:29 14:2-14:10',
      '  3 【系统运行数据】 |  | 18:0-28:16 18:3-18:11',
      '    16 扫码有效成功率 99.912% |  | 22:2-22:17 22:10-22:17',
      '    16 快捷有效成功率 99.871% |  | 23:2-23:17 23:10-23:17',
      '    16 代扣成功率 98.640% |  | 23:19-23:32 23:25-23:32',
      '    16 清算系统月度可用性 99.995% |  | 27:2-27:19 27:12-27:19',
      '    16 事故数AB级 0次 |  | 28:2-28:10 28:8-28:10',
      '    16 CD级 2次 |  | 28:11-28:16 28:14-28:16',
      '  3 【O1 商户体验】 |  | 30:0-34:24 30:3-30:12',
      '    16 测试进度 60% |  | 33:10-33:17 33:14-33:17',
      '  3 【O2 稳定性】 |  | 36:0-44:43 36:3-36:11',
      '    16 健康分 702 |  | 38:12-38:19 38:16-38:19',
      '    16 排名 第五 |  | 38:20-38:24 38:22-38:24',
      '    16 1级报警跟进率 75% (18/24) |  | 39:6-39:22 39:13-39:16',
      '    16 总告警数 388个 |  | 39:24-39:33 39:29-39:33',
      '    16 代码bug服务数 9个 |  | 40:6-40:16 40:14-40:16',
      '    16 慢查服务数 15个 |  | 40:17-40:25 40:22-40:25',
      '    16 漏洞服务数 1个 |  | 40:26-40:34 40:32-40:34',
      '    3 【生产事件】 |  | 42:0-44:43 42:4-42:10',
      '      16 持续 25mins |  | 44:35-44:43 44:37-44:43',
      '  3 【其他】 |  | 46:0-49:10 46:3-46:7',
      '3 下周工作及目标 |  | 51:0-54:10 51:2-51:9',
    ]);
    // Every answer is serialised and parsed whole: no empty `children`, no `detail` (a heading's level
    // repeats the nesting; a number's value is in its name).
    expect(allSymbols(symbols).filter((s) => s.children?.length === 0)).toEqual([]);
    expect(allSymbols(symbols).filter((s) => s.detail !== undefined)).toEqual([]);
  });

  it('lists sections only in a document of more numbers than weeklyReport.outline.maxMetrics (500 by default)', async () => {
    const uri = 'file:///tmp/outline-many-numbers-W03.md';
    // 210 sections of 3 numbers each: 630 numbers.
    const section = (n: number) => `## 【运行指标】 ${n}\n\n- 入金有效成功率：99.9${n % 10}%\n- 事故数AB级0次，CD级${n % 7}次\n\n`;
    const sections = Array.from({ length: 210 }, (_, i) => section(i + 1)).join('');
    await client.open(uri, `# 第3周\n\n${sections}`);
    const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
    expect(symbols.map((s) => s.name)).toEqual(['第3周']);
    expect(symbols[0].children!.map((s) => s.name)).toEqual(Array.from({ length: 210 }, (_, i) => `【运行指标】 ${i + 1}`));
    expect(allSymbols(symbols).filter((s) => s.kind === NUMBER)).toEqual([]);
    // The numbers are still read: hovers and diagnostics cover them.
    const hover = await client.request<{ contents: unknown } | null>('textDocument/hover', {
      textDocument: { uri },
      position: { line: 4, character: 12 },
    });
    expect(JSON.stringify(hover?.contents)).toContain('入金有效成功率');
    await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
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

describe('an outline asked again over LSP', () => {
  // A client of its own: the document opened here is not one of the workspace's reports.
  let own: TestClient;
  beforeAll(async () => {
    own = new TestClient({ workspaceFolder: folder });
    await own.initialize();
  });
  afterAll(() => own.shutdown());

  it('answers an unchanged version again as it was, and each new version with its own outline', async () => {
    const text = readFileSync(path.join(folder, 'team-a/2024-W10.md'), 'utf8');
    const uri = pathToFileURL(path.join(folder, 'team-x/2024-W10.md')).href; // not on disk
    const outline = () => own.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
    await own.open(uri, text);
    const first = await outline();
    // Asked again, after the version's diagnostics too: answered from what the version already has.
    expect(await outline()).toEqual(first);
    await own.waitForDiagnostics(uri, (p) => p.version === 1);
    expect(await outline()).toEqual(first);

    // Asked right after a change, before that version's diagnostics: the changed text's outline.
    await own.change(uri, text.replace('【值班制度调整】', '【值班制度优化】'));
    const changed = await outline();
    expect(allSymbols(changed).map((s) => s.name)).toContain('【值班制度优化】');
    expect(allSymbols(changed).map((s) => s.name)).not.toContain('【值班制度调整】');
    expect(outlineLines(changed)).toEqual(outlineLines(first).map((line) => line.replace('【值班制度调整】', '【值班制度优化】')));
    await own.waitForDiagnostics(uri, (p) => p.version === 2);
    expect(await outline()).toEqual(changed);
  });
});

describe('weeklyReport.outline.maxMetrics over LSP', () => {
  let limited: TestClient;
  const file = path.join(folder, 'team-a/2024-W10.md');
  const outline = (uri: string) => limited.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
  const settingsRead = (client: TestClient) => client.waitForLog((line) => /Settings (changed|unchanged)/.test(line));

  beforeAll(async () => {
    limited = new TestClient({ workspaceFolder: folder, settings: { outline: { maxMetrics: 15 } } });
    await limited.initialize();
  });

  afterAll(() => limited.shutdown());

  it('lists the numbers while the document has at most that many, sections only above it', async () => {
    const uri = await limited.openFile(file);
    const atLimit = await outline(uri);
    expect(allSymbols(atLimit).filter((s) => s.kind === NUMBER)).toHaveLength(15);

    const read = settingsRead(limited);
    await limited.changeSettings({ outline: { maxMetrics: 14 } });
    await read;
    const above = await outline(uri);
    expect(allSymbols(above).filter((s) => s.kind === NUMBER)).toEqual([]);
    // The sections are the same, ranges and all.
    expect(outlineLines(above)).toEqual(outlineLines(atLimit).filter((line) => !/^\s*16 /.test(line)));
  });

  it('falls back on the default for a broken value, and says so once in a message and the log', async () => {
    const uri = pathToFileURL(file).href;
    const logged = limited.waitForLog((line) => line.includes('weeklyReport.outline.maxMetrics'));
    const read = settingsRead(limited);
    await limited.changeSettings({ outline: { maxMetrics: -1 } });
    await read;
    expect(await logged).toContain('weeklyReport.outline.maxMetrics must be a whole number from 0 to 100000; using the default');
    expect(limited.shownMessages.filter((m) => m.includes('outline.maxMetrics'))).toHaveLength(1);
    expect(allSymbols(await outline(uri)).filter((s) => s.kind === NUMBER)).toHaveLength(15);
  });
});
