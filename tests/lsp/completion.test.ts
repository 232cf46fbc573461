import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as path from 'node:path';
import { mkdtempSync, cpSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { pathToFileURL } from 'node:url';
import type { CompletionItem, CompletionList } from 'vscode-languageserver-protocol';
import { TestClient } from './lspClient';
import { fixturesDir } from '../helpers/fixtures';

let folder: string;
let client: TestClient;

beforeAll(async () => {
  folder = mkdtempSync(path.join(tmpdir(), 'wr-completion-'));
  cpSync(path.join(fixturesDir, 'reports/team-a'), path.join(folder, '周报'), { recursive: true });
  client = new TestClient({ workspaceFolder: folder });
  await client.initialize();
});

afterAll(() => client.shutdown());

async function complete(uri: string, line: number, character: number): Promise<CompletionItem[]> {
  const result = await client.request<CompletionItem[] | CompletionList | null>('textDocument/completion', {
    textDocument: { uri },
    position: { line, character },
  });
  return Array.isArray(result) ? result : (result?.items ?? []);
}

describe('completion over LSP', () => {
  it("offers last week's sections after 【, those already present ranked last", async () => {
    const uri = pathToFileURL(path.join(folder, '周报/2024-W12.md')).href;
    await client.open(uri, '# 第12周\n\nCreated: 2024年3月22日 18:00\n\n## 【重点工作】\n\n## 【\n');
    const items = await complete(uri, 6, 4);
    const labels = items.map((i) => i.label);
    expect(labels).toContain('【系统运行数据】');
    expect(labels).toContain('【O2 稳定性】');
    const sorted = [...items].sort((a, b) => (a.sortText ?? a.label).localeCompare(b.sortText ?? b.label));
    expect(sorted[sorted.length - 1].label).toBe('【重点工作】');
  });

  it("offers last week's metric labels with last week's values as snippets", async () => {
    const uri = pathToFileURL(path.join(folder, '周报/2024-W12.md')).href;
    await client.change(uri, '# 第12周\n\nCreated: 2024年3月22日 18:00\n\n## 【系统运行数据】\n\n- \n');
    const items = await complete(uri, 6, 2);
    const rate = items.find((i) => i.label === '扫码有效成功率');
    expect(rate?.insertTextFormat).toBe(2);
    expect(rate?.textEdit && 'newText' in rate.textEdit ? rate.textEdit.newText : rate?.insertText).toContain('${1:99.805}%');
  });

  it("offers the whole skeleton with this file's week in an empty report file", async () => {
    const uri = pathToFileURL(path.join(folder, '周报/2024-W13.md')).href;
    await client.open(uri, '');
    const items = await complete(uri, 0, 0);
    const skeleton = items.find((i) => String(i.insertText ?? (i.textEdit as { newText?: string })?.newText).includes('第13周'));
    expect(skeleton).toBeDefined();
  });

  it("plans next week's report without touching any file", async () => {
    const source = path.join(folder, '周报/2024-W11.md');
    const before = readFileSync(source);
    const mtime = statSync(source).mtimeMs;
    const uri = await client.openFile(source);
    const plan = await client.request<{ uri: string; text: string }>('weeklyReport/nextReport', { uri });
    expect(decodeURIComponent(plan.uri)).toMatch(/周报\/2024-W12\.md$/);
    expect(plan.text).toMatch(/^# 第12周/);
    expect(plan.text).toContain('对账单下载提测');
    expect(plan.text).toContain('扫码有效成功率：XX%');
    expect(readFileSync(source).equals(before)).toBe(true);
    expect(statSync(source).mtimeMs).toBe(mtime);
  });
});
