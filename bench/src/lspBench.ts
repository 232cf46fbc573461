// Measurements over the two built servers and real stdio JSON-RPC, side by side: both servers run
// on the same workspace and the same text, and take turns (A, B, A, B…) so that load from the rest
// of the machine falls on both alike. Every wait is on a message from a server, never on a sleep.
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import type { BenchServer, ServerFactory, ServerName, TextChange } from './servers';
import { summarise, type Summary } from './stats';

export type PerServer<T> = Record<ServerName, T>;

/** The server process's resident memory now and at its peak, in MB (Linux; undefined elsewhere). */
export function memoryMb(pid: number | undefined): { rss?: number; peak?: number } {
  if (pid === undefined) return {};
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const field = (name: string) => {
      const match = new RegExp(`${name}:\\s+(\\d+) kB`).exec(status);
      return match ? Number(match[1]) / 1024 : undefined;
    };
    return { rss: field('VmRSS'), peak: field('VmHWM') };
  } catch {
    return {};
  }
}

/** Runs `step` for each server in turn, `rounds` times, starting with a different one each round. */
async function alternate(servers: readonly BenchServer[], rounds: number, step: (server: BenchServer) => Promise<void>): Promise<void> {
  for (let round = 0; round < rounds; round++) {
    for (let i = 0; i < servers.length; i++) await step(servers[(round + i) % servers.length]);
  }
}

function timer(): () => number {
  const started = performance.now();
  return () => performance.now() - started;
}

/** Spawn → `initialize` result, and spawn → first diagnostics of `file`, each on a fresh process, taking turns. */
export async function coldStart(factories: readonly ServerFactory[], workspace: string, file: string, runs: number) {
  const text = readFileSync(file, 'utf8');
  const uri = pathToFileURL(file).href;
  const initialize: Record<string, number[]> = {};
  const firstDiagnostics: Record<string, number[]> = {};
  for (let run = 0; run < runs; run++) {
    for (let i = 0; i < factories.length; i++) {
      const elapsed = timer();
      const server = factories[(run + i) % factories.length](workspace);
      try {
        await server.initialize();
        (initialize[server.name] ??= []).push(elapsed());
        await server.open(uri, text);
        await server.diagnostics(uri, 1);
        (firstDiagnostics[server.name] ??= []).push(elapsed());
      } finally {
        await server.shutdown();
      }
    }
  }
  return { initialize: summariseEach(initialize), firstDiagnostics: summariseEach(firstDiagnostics) };
}

/**
 * Types at the end of a figures line, one incremental change per keystroke as an editor sends it.
 * Each version's line is new text, so no parse cache can answer for the edited block.
 */
class Typist {
  private version = 1;
  private readonly line: number;
  private column: number;

  constructor(
    private readonly server: BenchServer,
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
    const change: TextChange = { range: { start: at, end: at }, text: typed };
    await this.server.change(this.uri, this.version, change);
    return this.version;
  }
}

export interface EditingFigures {
  bytes: number;
  diagnostics: number;
  /** didChange sent → that version's diagnostics received (pushed by ours, pulled from the peer). */
  keystrokeToDiagnostics: Summary;
  /** documentSymbol on an unchanged version. */
  documentSymbol: Summary;
  /** documentSymbol sent right after a didChange: it pays for the parse. */
  documentSymbolAfterEdit: Summary;
}

/** Opens `filePath` in both servers over `workspace` and types into it, taking turns keystroke by keystroke. */
export async function measureEditing(
  factories: readonly ServerFactory[],
  workspace: string,
  filePath: string,
  keystrokes: number,
): Promise<PerServer<EditingFigures>> {
  const servers = factories.map((factory) => factory(workspace));
  try {
    const text = readFileSync(filePath, 'utf8');
    const uri = pathToFileURL(filePath).href;
    const typists = new Map<BenchServer, Typist>();
    const first = new Map<BenchServer, number>();
    for (const server of servers) {
      await server.initialize();
      await server.open(uri, text);
      first.set(server, await server.diagnostics(uri, 1));
      // The series' other reports are indexed before typing starts, as after a while in an editor.
      await server.request('workspace/symbol', { query: '' });
      typists.set(server, new Typist(server, uri, text));
    }
    const samples = new Map<BenchServer, { latency: number[]; symbols: number[]; symbolsAfterEdit: number[] }>(
      servers.map((s) => [s, { latency: [], symbols: [], symbolsAfterEdit: [] }]),
    );
    const symbolParams = { textDocument: { uri } };
    await alternate(servers, keystrokes, async (server) => {
      const elapsed = timer();
      const version = await typists.get(server)!.keystroke();
      await server.diagnostics(uri, version);
      samples.get(server)!.latency.push(elapsed());
    });
    await alternate(servers, keystrokes, async (server) => {
      const elapsed = timer();
      await server.request('textDocument/documentSymbol', symbolParams);
      samples.get(server)!.symbols.push(elapsed());
    });
    await alternate(servers, keystrokes, async (server) => {
      const version = await typists.get(server)!.keystroke();
      const elapsed = timer();
      await server.request('textDocument/documentSymbol', symbolParams);
      samples.get(server)!.symbolsAfterEdit.push(elapsed());
      await server.diagnostics(uri, version);
    });
    const figures = {} as PerServer<EditingFigures>;
    for (const server of servers) {
      const s = samples.get(server)!;
      figures[server.name] = {
        bytes: Buffer.byteLength(text),
        diagnostics: first.get(server)!,
        keystrokeToDiagnostics: summarise(s.latency),
        documentSymbol: summarise(s.symbols),
        documentSymbolAfterEdit: summarise(s.symbolsAfterEdit),
      };
    }
    return figures;
  } finally {
    for (const server of servers) await server.shutdown();
  }
}

export interface IndexFigures {
  /** `initialized` sent → the first `workspace/symbol` answered (ours awaits its index; the peer reads every file then). */
  firstWorkspaceSymbolMs: number;
  /** `workspace/symbol` once the workspace is indexed. */
  workspaceSymbol: Summary;
  /** Resident memory after indexing, and its peak. */
  rssMb?: number;
  peakRssMb?: number;
}

/** Each server in turn indexes `workspace`, then answers `workspace/symbol` `repeats` times. */
export async function measureIndexing(
  factories: readonly ServerFactory[],
  workspace: string,
  repeats: number,
): Promise<PerServer<IndexFigures>> {
  const figures = {} as PerServer<IndexFigures>;
  for (const factory of factories) {
    const server = factory(workspace);
    try {
      await server.initialize();
      const first = timer();
      await server.request('workspace/symbol', { query: '系统运行数据' });
      const firstWorkspaceSymbolMs = first();
      const samples: number[] = [];
      for (let i = 0; i < repeats; i++) {
        const elapsed = timer();
        await server.request('workspace/symbol', { query: i % 2 ? '重点工作' : '系统运行数据' });
        samples.push(elapsed());
      }
      const memory = memoryMb(server.pid);
      figures[server.name] = { firstWorkspaceSymbolMs, workspaceSymbol: summarise(samples), rssMb: memory.rss, peakRssMb: memory.peak };
    } finally {
      await server.shutdown();
    }
  }
  return figures;
}

function summariseEach(samples: Record<string, number[]>): PerServer<Summary> {
  return Object.fromEntries(Object.entries(samples).map(([name, list]) => [name, summarise(list)])) as PerServer<Summary>;
}
