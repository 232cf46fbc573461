// Measurements over the built server and real stdio JSON-RPC, through the same client the LSP
// tests use. Every wait is on a message from the server, never on a sleep.
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { TestClient } from '../../tests/lsp/lspClient';
import { summarise, type Summary } from './stats';

/** The server process's peak resident memory so far, in MB (Linux; undefined elsewhere). */
export function peakRssMb(pid: number | undefined): number | undefined {
  if (pid === undefined) return undefined;
  try {
    const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) / 1024 : undefined;
  } catch {
    return undefined;
  }
}

/** Spawn → `initialize` result, each on a fresh process. */
export async function coldStart(runs: number): Promise<Summary> {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    const client = new TestClient();
    await client.initialize();
    samples.push(performance.now() - started);
    await client.shutdown();
  }
  return summarise(samples);
}

/**
 * Types at the end of a figures line of the open document, one incremental change per keystroke
 * as an editor sends it. Each version's line is new text, so the parser's block cache cannot
 * answer for the edited block: what a user typing pays.
 */
export class Typist {
  private version = 1;
  private readonly line: number;
  private column: number;

  constructor(
    private readonly client: TestClient,
    readonly uri: string,
    text: string,
  ) {
    const lines = text.split('\n');
    // A figures line: every keystroke there changes what the rules and the comparison see.
    const found = lines.findIndex((l) => /\d%/.test(l));
    this.line = found >= 0 ? found : 0;
    this.column = lines[this.line].replace(/\r$/, '').length;
  }

  /** Sends the next keystroke and returns the version it makes. */
  async keystroke(): Promise<number> {
    this.version++;
    const at = { line: this.line, character: this.column };
    const typed = '，进度'[this.version % 3];
    this.column += typed.length;
    await this.client.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri: this.uri, version: this.version },
      contentChanges: [{ range: { start: at, end: at }, text: typed }],
    });
    return this.version;
  }

  async diagnosticsOf(version: number): Promise<number> {
    const published = await this.client.waitForDiagnostics(this.uri, (p) => p.version === version);
    // Only the last publication matters from here on: keep the client's memory flat.
    this.client.diagnostics.set(this.uri, [published]);
    return published.diagnostics.length;
  }
}

export interface EditingFigures {
  bytes: number;
  diagnostics: number;
  /** didChange sent → publishDiagnostics of that version received. */
  keystrokeToDiagnostics: Summary;
  /** documentSymbol on an unchanged version (the analysis is cached). */
  documentSymbol: Summary;
  /** documentSymbol sent right after a didChange: it pays for the parse. */
  documentSymbolAfterEdit: Summary;
}

async function timeRequest(client: TestClient, method: string, params: unknown): Promise<number> {
  const started = performance.now();
  await client.request(method, params);
  return performance.now() - started;
}

/** Opens `filePath` in a server over `workspace` and types into it. */
export async function measureEditing(workspace: string, filePath: string, keystrokes: number): Promise<EditingFigures> {
  const client = new TestClient({ workspaceFolder: workspace });
  try {
    await client.initialize();
    const text = readFileSync(filePath, 'utf8');
    const uri = pathToFileURL(filePath).href;
    await client.open(uri, text);
    const first = await client.waitForDiagnostics(uri, (p) => p.version === 1);
    const typist = new Typist(client, uri, text);
    const symbolParams = { textDocument: { uri } };

    const latency: number[] = [];
    for (let i = 0; i < keystrokes; i++) {
      const started = performance.now();
      const version = await typist.keystroke();
      await typist.diagnosticsOf(version);
      latency.push(performance.now() - started);
    }

    const cachedSymbols: number[] = [];
    for (let i = 0; i < keystrokes; i++) cachedSymbols.push(await timeRequest(client, 'textDocument/documentSymbol', symbolParams));

    const symbolsAfterEdit: number[] = [];
    for (let i = 0; i < keystrokes; i++) {
      const version = await typist.keystroke();
      symbolsAfterEdit.push(await timeRequest(client, 'textDocument/documentSymbol', symbolParams));
      await typist.diagnosticsOf(version);
    }
    return {
      bytes: Buffer.byteLength(text),
      diagnostics: first.diagnostics.length,
      keystrokeToDiagnostics: summarise(latency),
      documentSymbol: summarise(cachedSymbols),
      documentSymbolAfterEdit: summarise(symbolsAfterEdit),
    };
  } finally {
    await client.shutdown();
  }
}

export interface IndexFigures {
  reports: number;
  /** `initialized` sent → `workspace/symbol` answered (the server awaits its index first). */
  indexMs: number;
  /** Spawn → `workspace/symbol` answered. */
  totalMs: number;
  peakRssMb?: number;
  /** The server's own log line, for cross-checking the count. */
  serverLog?: string;
}

export async function measureIndexing(workspace: string, reports: number): Promise<IndexFigures> {
  const started = performance.now();
  const client = new TestClient({ workspaceFolder: workspace });
  try {
    await client.initialize();
    const initialised = performance.now();
    await client.request('workspace/symbol', { query: '系统运行数据' });
    const answered = performance.now();
    return {
      reports,
      indexMs: answered - initialised,
      totalMs: answered - started,
      peakRssMb: peakRssMb(client.process.pid),
      serverLog: client.logs.find((l) => l.startsWith('Indexed ')),
    };
  } finally {
    await client.shutdown();
  }
}
