// The server against files it must not read (issue 10), over real stdio: `previous:` links to a
// device, a FIFO, /etc/passwd, a 200 MB file; a symlink out of the workspace announced by the file
// watcher after start-up; a template outside the workspace or on a pipe; encodings and a BOM.
// In each case the report still gets its diagnostics, another open report keeps answering, no
// line of the outside file appears, and the server's memory stays small.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CompletionItem, CompletionList, DocumentSymbol, WorkspaceSymbol } from 'vscode-languageserver-protocol';
import { TestClient } from './lspClient';
import { fixturesDir } from '../helpers/fixtures';
import { documentSymbolTimesUntil } from './answersDuring';

const TEST_TIMEOUT_MS = 120_000;
/** Generous against a loaded CI machine; the measured figures are printed. */
const ANSWER_BOUND_MS = 2_000;
const RSS_BOUND_MB = 300;
/** Issue 10's goal for another report's documentSymbol while a heavy one is checked (printed, see below). */
const SYMBOL_MEDIAN_GOAL_MS = 100;
/**
 * A request that waited longer than this was held up by the check, not merely slowed by a busy
 * machine: 2.5× the goal, and far below what a check done in one piece makes its requests wait.
 */
const BLOCKED_MS = 250;
/** Text that must never reach the client: it lives only in files outside the workspace. */
const SECRET = '机密外部指标';

const team = path.join(fixturesDir, 'cli', 'team');
const week21Text = fs.readFileSync(path.join(team, '2024-W21.md'), 'utf8');
const week22Text = fs.readFileSync(path.join(team, '2024-W22.md'), 'utf8');
const outsideReport = `# 第21周\n\nCreated: 2024年5月24日 17:55\n\n## 【${SECRET}】\n\n- ${SECRET}：42%\n`;

let workspace: string;
let outside: string;
let reports: string;
let client: TestClient;
let smallUri: string;

function rssMb(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? 0) / 1024;
}

async function timed<T>(work: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const started = performance.now();
  const value = await work();
  return { value, ms: performance.now() - started };
}

beforeAll(async () => {
  workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'wr-guard-'));
  outside = fs.mkdtempSync(path.join(os.tmpdir(), 'wr-guard-outside-'));
  reports = path.join(workspace, '周报');
  fs.mkdirSync(reports);
  fs.writeFileSync(path.join(reports, '2024-W21.md'), week21Text);
  execFileSync('mkfifo', [path.join(reports, 'pipe.md')]);
  const huge = path.join(reports, 'huge.md');
  fs.closeSync(fs.openSync(huge, 'w'));
  fs.truncateSync(huge, 200 * 1024 * 1024);
  fs.writeFileSync(path.join(outside, '2024-W21.md'), outsideReport);
  fs.writeFileSync(path.join(outside, 'template.md'), `# 第N周\n\n## 【${SECRET}】\n`);
  client = new TestClient({ workspaceFolder: workspace });
  await client.initialize();
  smallUri = pathToFileURL(path.join(workspace, 'notes', '2024-W20.md')).href;
  await client.open(smallUri, fs.readFileSync(path.join(team, '2024-W20.md'), 'utf8'));
  await client.waitForDiagnostics(smallUri);
});

afterAll(async () => {
  await client.shutdown();
  fs.rmSync(workspace, { recursive: true, force: true });
  fs.rmSync(outside, { recursive: true, force: true });
});

describe('previous: links the server must not follow', () => {
  it.each([
    ['/dev/zero', 'outside'],
    ['./pipe.md', 'not a regular file'],
    ['/etc/passwd', 'outside'],
    ['./huge.md', 'too large'],
    ['', 'outside'],
  ])(
    'previous: %s → a warning on its line, last week found as usual, nothing of the file shown',
    async (link, why) => {
      const target = link || path.join(outside, '2024-W21.md');
      const uri = pathToFileURL(path.join(reports, '2024-W22.md')).href;
      const text = `---\nprevious: ${target}\n---\n${week22Text}`;
      client.diagnostics.delete(uri);
      await client.open(uri, text);
      // Several edits, as typing: a refusal must not cost a read per keystroke.
      for (let i = 0; i < 4; i++) await client.change(uri, `${text}\n${'x'.repeat(i)}`);
      const { value: published, ms: diagnosticsMs } = await timed(() => client.waitForDiagnostics(uri, (p) => p.version === 5));
      const warning = published.diagnostics.find((d) => d.code === 'previous-link-invalid');
      expect(warning?.range.start.line).toBe(1);
      expect(warning?.message).toContain(why);

      const { value: symbols, ms: symbolMs } = await timed(() =>
        client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: smallUri } }),
      );
      expect(symbols.length).toBeGreaterThan(0);
      expect(symbolMs).toBeLessThan(ANSWER_BOUND_MS);

      const comparison = await client.request<{ previous?: { uri: string } } | null>('weeklyReport/compare', { uri });
      expect(comparison?.previous?.uri).toMatch(/%E5%91%A8%E6%8A%A5\/2024-W21\.md$|周报\/2024-W21\.md$/);
      const everything = JSON.stringify([published, comparison]);
      expect(everything).not.toContain(SECRET);
      expect(everything).not.toMatch(/root:x?:?0/);
      const rss = rssMb(client.process.pid!);
      expect(rss).toBeLessThan(RSS_BOUND_MB);
      console.log(
        `previous: ${link || 'outside file'} → diagnostics ${diagnosticsMs.toFixed(0)} ms after the last edit, documentSymbol elsewhere ${symbolMs.toFixed(1)} ms, RSS ${rss.toFixed(0)} MB`,
      );
      await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
    },
    TEST_TIMEOUT_MS,
  );
});

describe('the file watcher', () => {
  it(
    'does not follow a symlink created after start-up out of the workspace',
    async () => {
      const folder = path.join(workspace, 'team-b');
      fs.mkdirSync(folder);
      const link = path.join(folder, '2024-W21.md');
      fs.symlinkSync(path.join(outside, '2024-W21.md'), link);
      await client.connection.sendNotification('workspace/didChangeWatchedFiles', {
        changes: [{ uri: pathToFileURL(link).href, type: 1 }],
      });
      await client.waitForLog((line) => line.includes('Not indexed (outside)'));
      const uri = pathToFileURL(path.join(folder, '2024-W22.md')).href;
      await client.open(uri, week22Text);
      const published = await client.waitForDiagnostics(uri);
      const comparison = await client.request<{ previous?: unknown } | null>('weeklyReport/compare', { uri });
      const symbols = await client.request<WorkspaceSymbol[]>('workspace/symbol', { query: SECRET });
      expect(comparison?.previous).toBeUndefined();
      expect(symbols).toEqual([]);
      expect(JSON.stringify([published, comparison])).not.toContain(SECRET);
    },
    TEST_TIMEOUT_MS,
  );
});

describe('weeklyReport.template', () => {
  async function completionWith(template: string): Promise<{ items: CompletionItem[]; ms: number }> {
    await client.changeSettings({ template });
    const uri = pathToFileURL(path.join(reports, '2024-W23.md')).href;
    await client.open(uri, '# 第23周\n\nCreated: 2024年6月7日 18:00\n\n## 【\n');
    const { value, ms } = await timed(() =>
      client.request<CompletionItem[] | CompletionList | null>('textDocument/completion', {
        textDocument: { uri },
        position: { line: 4, character: 4 },
      }),
    );
    await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
    return { items: Array.isArray(value) ? value : (value?.items ?? []), ms };
  }

  it.each([
    ['a file outside the workspace', () => path.join(outside, 'template.md')],
    ['a device', () => '/dev/zero'],
    ['a FIFO in the workspace', () => path.join(reports, 'pipe.md')],
    ['a 200 MB file', () => path.join(reports, 'huge.md')],
  ])(
    '%s is refused with one log line; completion answers without it',
    async (_, template) => {
      const { items, ms } = await completionWith(template());
      expect(ms).toBeLessThan(ANSWER_BOUND_MS);
      expect(items.length).toBeGreaterThan(0);
      expect(JSON.stringify(items)).not.toContain(SECRET);
      expect(client.logs.some((l) => l.includes('weeklyReport.template') && l.includes('is not used'))).toBe(true);
      console.log(`template ${template()} → completion ${ms.toFixed(1)} ms, RSS ${rssMb(client.process.pid!).toFixed(0)} MB`);
    },
    TEST_TIMEOUT_MS,
  );
});

describe('encodings', () => {
  async function outline(uri: string, text: string): Promise<string[]> {
    await client.open(uri, text);
    const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
    const names = (list: DocumentSymbol[]): string[] => list.flatMap((s) => [s.name, ...names(s.children ?? [])]);
    return names(symbols);
  }

  it('a report sent with a BOM has the same outline as without', async () => {
    const plain = await outline(pathToFileURL(path.join(workspace, 'enc', '2024-W22.md')).href, week22Text);
    const withBom = await outline(pathToFileURL(path.join(workspace, 'enc', 'bom-2024-W22.md')).href, `\uFEFF${week22Text}`);
    expect(withBom).toEqual(plain);
    expect(plain[0]).toBe('第22周');
  });

  it.each(['2024-W22.gb18030.md', '2024-W22.utf16le.md'])(
    "last week's report in %s is read from disk",
    async (name) => {
      const folder = path.join(workspace, `enc-${name.split('.')[1]}`);
      fs.mkdirSync(folder);
      const onDisk = path.join(folder, '2024-W21.md');
      const week21 = fs.readFileSync(path.join(fixturesDir, 'encodings', name.replace('W22', 'W21')));
      fs.writeFileSync(onDisk, week21);
      await client.connection.sendNotification('workspace/didChangeWatchedFiles', {
        changes: [{ uri: pathToFileURL(onDisk).href, type: 1 }],
      });
      const uri = pathToFileURL(path.join(folder, '2024-W22.md')).href;
      await client.open(uri, week22Text);
      await client.waitForDiagnostics(uri);
      const comparison = await client.request<{ previous?: { uri: string; title?: string } } | null>('weeklyReport/compare', { uri });
      expect(comparison?.previous?.uri).toMatch(/2024-W21\.md$/);
      expect(JSON.stringify(comparison)).toContain('任务调度成功率');
    },
    TEST_TIMEOUT_MS,
  );
});

describe('reports built to be slow or deep', () => {
  const head = '# 第51周周报\n\nCreated: 2023年12月16日 08:02\n\n## 数据\n\n';
  it.each([
    ['one 200 KB line of 20,000 metrics', () => head + Array.from({ length: 20_000 }, (_, i) => `x${i % 100} ${i + 3}个`).join(', ')],
    ['>×10,000 on one line', () => `${head}${'>'.repeat(10_000)} 数据 5 个\n`],
    ['- ×10,000 on one line', () => `${head}${'- '.repeat(10_000)}数据 5 个\n`],
    ['a 1,000-level nested list', () => head + Array.from({ length: 1000 }, (_, i) => `${'  '.repeat(i)}- 项${i} ${i}个`).join('\n')],
    ['a 10,000-column table', () => `${head}|${Array.from({ length: 10_000 }, (_, i) => `c${i}`).join('|')}|\n|${'---|'.repeat(10_000)}\n`],
  ])(
    '%s: diagnostics with one plain-text information; another report answers meanwhile',
    async (name, text) => {
      const uri = pathToFileURL(path.join(workspace, 'heavy', '2023-W51.md')).href;
      client.diagnostics.delete(uri);
      try {
        const started = performance.now();
        await client.open(uri, text());
        await client.change(uri, `${text()}\n`);
        const publishing = client.waitForDiagnostics(uri, (p) => p.version === 2);
        const answers = await documentSymbolTimesUntil(client, smallUri, publishing);
        const published = await publishing;
        const checkMs = performance.now() - started;
        const blocked = answers.times.filter((ms) => ms > BLOCKED_MS).length;
        console.log(
          `${name}: checked in ${checkMs.toFixed(0)} ms; documentSymbol elsewhere during the check: ${answers.times.length} requests (${answers.answeredBeforeSettled} answered before the diagnostics, ${blocked} over ${BLOCKED_MS} ms), median ${answers.median.toFixed(1)} ms (goal ${SYMBOL_MEDIAN_GOAL_MS}), worst ${answers.worst.toFixed(1)} ms`,
        );
        expect(answers.symbols.length).toBeGreaterThan(0);
        // Counts, not the median's milliseconds (which a machine at load 12 on 2 cores pushed past the
        // goal for a check of a few slices). Requests are made one after another, so a check done in
        // one piece answers none of them before its diagnostics (the first waits for all of it); a
        // sliced one answers about one per slice, and at least one per BLOCKED_MS however slow the
        // machine, since the check and the answers slow down together. One stretch is allowed: the
        // opening and the edit of the heavy report are read in one piece before the check begins.
        expect(answers.answeredBeforeSettled).toBeGreaterThanOrEqual(Math.floor(checkMs / BLOCKED_MS) - 1);
        expect(answers.worst).toBeLessThan(ANSWER_BOUND_MS);
        expect(published.diagnostics.filter((d) => d.code === 'block-read-as-plain-text').length).toBeGreaterThanOrEqual(1);
        expect(client.process.exitCode).toBeNull();
      } finally {
        // Closed even when an assertion failed: the next case opens the same uri afresh.
        await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
      }
    },
    TEST_TIMEOUT_MS,
  );
});
