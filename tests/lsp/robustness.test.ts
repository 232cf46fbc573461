// The server on hostile input, over real stdio: huge documents must not freeze other requests,
// and bad settings, unreadable files and folders full of other files get one message, no crash,
// and no write to the workspace.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { DocumentSymbol, WorkspaceSymbol } from 'vscode-languageserver-protocol';
import { TestClient } from './lspClient';
import { documentSymbolTimesUntil } from './answersDuring';
import { readFixture } from '../helpers/fixtures';
import { largeReport } from '../../bench/src/corpus';

const template = readFixture('reports/team-a/2024-W10.md');
const LONG_TEST_MS = 180_000;
/** Issue 10's goal for another report's documentSymbol during a re-check, as the median of the requests made meanwhile. */
const SYMBOL_MEDIAN_BOUND_MS = 100;

/** Every file under `root` with a hash of its bytes and its mode: "nothing written" is this staying equal. */
function snapshot(root: string): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else files[path.relative(root, full)] = `${contentHash(full)} ${statSync(full).mode}`;
    }
  };
  walk(root);
  return files;
}

function contentHash(file: string): string {
  try {
    return createHash('sha1').update(readFileSync(file)).digest('hex');
  } catch {
    return 'unreadable';
  }
}

function symbolNames(symbols: DocumentSymbol[]): string[] {
  return symbols.flatMap((s) => [s.name, ...symbolNames(s.children ?? [])]);
}

/** A report of `count` list lines under one section, every tenth a figure. */
function manyLinesReport(count: number): string {
  const lines = ['# 第10周', '', 'Created: 2024年3月8日 17:45', '', '## 【系统运行数据】', ''];
  for (let i = 0, head = lines.length; i < count - head; i++) {
    lines.push(i % 10 === 0 ? `- 接口${i}成功率：99.${String(i % 1000).padStart(3, '0')}%` : `- 第${i}项跟进中`);
  }
  return lines.join('\n');
}

describe('huge documents', () => {
  let workspace: string;
  let client: TestClient;
  let smallUri: string;

  beforeAll(async () => {
    workspace = mkdtempSync(path.join(os.tmpdir(), 'weekly-report-huge-'));
    mkdirSync(path.join(workspace, '周报'));
    client = new TestClient({ workspaceFolder: workspace });
    await client.initialize();
    smallUri = pathToFileURL(path.join(workspace, '周报', '2024-W11.md')).href;
    await client.open(smallUri, template);
    await client.waitForDiagnostics(smallUri);
  });

  afterAll(async () => {
    await client.shutdown();
    rmSync(workspace, { recursive: true, force: true });
  });

  /**
   * Opens `text`, waits for its first diagnostics, then changes it and asks for the small
   * document's symbols at once: the answer must come before the big check publishes.
   */
  async function documentSymbolDuringCheck(name: string, text: string) {
    const uri = pathToFileURL(path.join(workspace, '周报', name)).href;
    let started = performance.now();
    await client.open(uri, text);
    await client.waitForDiagnostics(uri, (p) => p.version === 1);
    const firstCheckMs = performance.now() - started;

    started = performance.now();
    let diagnosticsMs = Number.NaN;
    const published = client.waitForDiagnostics(uri, (p) => p.version === 2).then(() => (diagnosticsMs = performance.now() - started));
    await client.change(uri, text.replace('## 【系统运行数据】', '## 【系统运行数据（更新）】'));
    // Requests one after another until the re-check publishes: the first must come back before it.
    let answeredFirst: boolean | undefined;
    const firstAnswer = client
      .request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: smallUri } })
      .then(() => (answeredFirst ??= Number.isNaN(diagnosticsMs)));
    const answers = await documentSymbolTimesUntil(client, smallUri, published);
    await firstAnswer;
    // Stated in the test output: the figures issues 6 and 10 ask for.
    console.log(
      `${name} (${(Buffer.byteLength(text) / 1e6).toFixed(1)} MB, ${text.split('\n').length} lines): first check ${firstCheckMs.toFixed(0)} ms; documentSymbol on a small report during a re-check: ${answers.times.length} requests, median ${answers.median.toFixed(1)} ms, worst ${answers.worst.toFixed(1)} ms; re-check published after ${diagnosticsMs.toFixed(0)} ms`,
    );
    client.diagnostics.delete(uri);
    return { symbols: answers.symbols, answeredFirst: answeredFirst === true, median: answers.median, diagnosticsMs };
  }

  it(
    'a 5 MB report: documentSymbol elsewhere answers before its re-check publishes',
    async () => {
      const result = await documentSymbolDuringCheck('2024-W12.md', largeReport(template, 5 * 1024 * 1024));
      expect(symbolNames(result.symbols)).toContain('【系统运行数据】');
      expect(result.answeredFirst).toBe(true);
      expect(result.median).toBeLessThanOrEqual(SYMBOL_MEDIAN_BOUND_MS);
    },
    LONG_TEST_MS,
  );

  it(
    'a 100,000-line report: documentSymbol elsewhere answers before its re-check publishes',
    async () => {
      const result = await documentSymbolDuringCheck('2024-W13.md', manyLinesReport(100_000));
      expect(result.symbols.length).toBeGreaterThan(0);
      expect(result.answeredFirst).toBe(true);
      expect(result.median).toBeLessThanOrEqual(SYMBOL_MEDIAN_BOUND_MS);
    },
    LONG_TEST_MS,
  );
});

describe('bad settings, unreadable files, folders of other files', () => {
  let workspace: string;
  const clients: TestClient[] = [];

  beforeAll(() => {
    workspace = mkdtempSync(path.join(os.tmpdir(), 'weekly-report-hostile-'));
    const reports = path.join(workspace, '周报');
    mkdirSync(reports);
    writeFileSync(path.join(reports, '2024-W10.md'), template);
    // A wrong percentage (18/24 is 75%, not 86%): the check has something to say.
    const week11 = template
      .replace('# 第10周', '# 第11周')
      .replace('2024年3月8日', '2024年3月15日')
      .replace('75%（18/24）', '86%（18/24）');
    writeFileSync(path.join(reports, '2024-W11.md'), week11);
    writeFileSync(path.join(reports, '2024-W09.md'), template.replace('# 第10周', '# 第9周').replace('2024年3月8日', '2024年3月1日'));
    chmodSync(path.join(reports, '2024-W09.md'), 0o000);
    const attachments = path.join(reports, 'attachments');
    mkdirSync(attachments);
    for (let i = 0; i < 10_000; i++) {
      const ext = ['png', 'txt', 'json', 'csv', 'xlsx'][i % 5];
      writeFileSync(path.join(attachments, `file-${i}.${ext}`), i % 5 === 1 ? `第${i}周 附件\n` : `\u0000${i}`);
    }
  });

  afterAll(async () => {
    for (const client of clients) await client.shutdown();
    chmodSync(path.join(workspace, '周报', '2024-W09.md'), 0o644);
    rmSync(workspace, { recursive: true, force: true });
  });

  async function start(settings: Record<string, unknown>): Promise<TestClient> {
    const client = new TestClient({ workspaceFolder: workspace, settings });
    clients.push(client);
    await client.initialize();
    return client;
  }

  it(
    'a broken settings value: one message, the check still runs, nothing written, no crash',
    async () => {
      const before = snapshot(workspace);
      const client = await start({ thresholds: 'abc', trendWeeks: 'many' });
      const uri = await client.openFile(path.join(workspace, '周报', '2024-W11.md'));
      const { diagnostics } = await client.waitForDiagnostics(uri, (p) => p.version === 1);
      expect(diagnostics.map((d) => d.code)).toContain('percent-fraction-mismatch');
      await client.change(uri, readFileSync(path.join(workspace, '周报', '2024-W11.md'), 'utf8'));
      await client.waitForDiagnostics(uri, (p) => p.version === 2);
      expect(client.shownMessages.filter((m) => m.includes('thresholds'))).toHaveLength(1);
      expect(client.shownMessages.filter((m) => m.includes('trendWeeks'))).toHaveLength(1);
      expect(client.process.exitCode).toBeNull();
      expect(snapshot(workspace)).toEqual(before);
    },
    LONG_TEST_MS,
  );

  it(
    'an unreadable report and 10,000 other files: indexing finishes with one summary line, nothing written',
    async () => {
      const before = snapshot(workspace);
      const unreadable = path.join(workspace, '周报', '2024-W09.md');
      // As root chmod 000 does not stop a read: then the file is simply a report like the others.
      let readable = true;
      try {
        readFileSync(unreadable);
      } catch {
        readable = false;
      }
      const client = await start({});
      const symbols = await client.request<WorkspaceSymbol[]>('workspace/symbol', { query: '系统运行数据' });
      const indexedFiles = new Set(symbols.map((s) => path.basename(new URL((s.location as { uri: string }).uri).pathname)));
      expect(indexedFiles.has('2024-W10.md') && indexedFiles.has('2024-W11.md')).toBe(true);
      expect(indexedFiles.has('2024-W09.md')).toBe(readable);
      expect([...indexedFiles].every((f) => f.endsWith('.md'))).toBe(true);
      const summaries = client.logs.filter((l) => l.startsWith('Indexed '));
      expect(summaries).toEqual([expect.stringMatching(new RegExp(`^Indexed ${readable ? 3 : 2} weekly reports in \\d+ ms\\.$`))]);
      expect(client.process.exitCode).toBeNull();
      expect(snapshot(workspace)).toEqual(before);
    },
    LONG_TEST_MS,
  );
});
