// The two language servers the bench drives, behind one interface, each as its editor drives it:
// ours through the LSP test client (diagnostics pushed per version), VS Code's Markdown server
// (`vscode-markdown-languageserver`) through a client that plays markdown-language-features'
// part: it answers `markdown/parse` with markdown-it tokens, `markdown/fs/*` from the disk, and
// pulls diagnostics (`textDocument/diagnostic`) after each change, as VS Code does.
import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import MarkdownIt from 'markdown-it';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import { TestClient } from '../../tests/lsp/lspClient';

export type ServerName = 'weekly-report' | 'vscode-markdown';

/** An incremental change, as an editor sends one per keystroke. */
export interface TextChange {
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  text: string;
}

export interface BenchServer {
  readonly name: ServerName;
  readonly pid: number | undefined;
  /** Spawned already; resolves when the `initialize` result is in (and `initialized` is sent). */
  initialize(): Promise<void>;
  open(uri: string, text: string): Promise<void>;
  change(uri: string, version: number, change: TextChange): Promise<void>;
  /** The diagnostics of `version` of `uri`, as the editor would get them; resolves to their count. */
  diagnostics(uri: string, version: number): Promise<number>;
  request(method: string, params: unknown): Promise<unknown>;
  shutdown(): Promise<void>;
}

export type ServerFactory = (workspace: string | undefined) => BenchServer;

/** weekly-report's built server (dist/server.js). */
export const ourServer: ServerFactory = (workspace) => {
  const client = new TestClient({ workspaceFolder: workspace });
  return {
    name: 'weekly-report',
    pid: client.process.pid,
    initialize: async () => void (await client.initialize()),
    open: (uri, text) => client.open(uri, text),
    change: (uri, version, change) =>
      client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [change] }),
    async diagnostics(uri, version) {
      const published = await client.waitForDiagnostics(uri, (p) => p.version === version);
      // Only the last publication matters from here on: keep the client's memory flat.
      client.diagnostics.set(uri, [published]);
      return published.diagnostics.length;
    },
    request: (method, params) => client.request(method, params),
    shutdown: () => client.shutdown(),
  };
};

const PEER_MAIN = path.resolve(__dirname, '../../node_modules/vscode-markdown-languageserver/dist/node/workerMain.js');

/** VS Code's settings for its Markdown server, with validation on (off, it answers every pull with nothing). */
const PEER_SETTINGS = {
  markdown: {
    suggest: { paths: { enabled: true, includeWorkspaceHeaderCompletions: 'onDoubleHash' } },
    validate: {
      enabled: true,
      referenceLinks: { enabled: 'warning' },
      fragmentLinks: { enabled: 'warning' },
      fileLinks: { enabled: 'warning', markdownFragmentLinks: 'inherit' },
      ignoredLinks: [],
      unusedLinkDefinitions: { enabled: 'hint' },
      duplicateLinkDefinitions: { enabled: 'warning' },
    },
    preferredMdPathExtensionStyle: 'auto',
    server: { log: 'off' },
    occurrencesHighlight: { enabled: false },
  },
};

/** VS Code's Markdown server driven as markdown-language-features drives it. */
export const peerServer: ServerFactory = (workspace) => new PeerClient(workspace);

class PeerClient implements BenchServer {
  readonly name = 'vscode-markdown';
  private readonly process: ChildProcess;
  private readonly connection: MessageConnection;
  /** VS Code's engine: markdown-it with HTML and linkify on (the preview's defaults). */
  private readonly markdown = new MarkdownIt({ html: true, linkify: true });
  private readonly texts = new Map<string, string>();

  constructor(private readonly workspace: string | undefined) {
    this.process = spawn(process.execPath, [PEER_MAIN, '--stdio'], { stdio: ['pipe', 'pipe', 'ignore'] });
    this.connection = createMessageConnection(new StreamMessageReader(this.process.stdout!), new StreamMessageWriter(this.process.stdin!));
    const c = this.connection;
    c.onRequest('markdown/parse', ({ uri, text }: { uri: string; text?: string }) =>
      this.markdown.parse(text ?? this.texts.get(uri) ?? readFileSync(fileURLToPath(uri), 'utf8'), {}),
    );
    c.onRequest('markdown/fs/readFile', ({ uri }: { uri: string }) => Array.from(readFileSync(fileURLToPath(uri))));
    c.onRequest('markdown/fs/stat', ({ uri }: { uri: string }) => {
      try {
        return { isDirectory: statSync(fileURLToPath(uri)).isDirectory() };
      } catch {
        return undefined;
      }
    });
    c.onRequest('markdown/fs/readDirectory', ({ uri }: { uri: string }) =>
      readdirSync(fileURLToPath(uri), { withFileTypes: true }).map((d) => [d.name, { isDirectory: d.isDirectory() }]),
    );
    c.onRequest('markdown/findMarkdownFilesInWorkspace', () => (this.workspace ? markdownFiles(this.workspace) : []));
    c.onRequest('markdown/fs/watcher/create', () => null);
    c.onRequest('markdown/fs/watcher/delete', () => null);
    c.onRequest('client/registerCapability', () => null);
    c.onRequest('workspace/diagnostic/refresh', () => null);
    c.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => PEER_SETTINGS));
    c.onNotification('window/logMessage', () => undefined);
    c.listen();
  }

  get pid(): number | undefined {
    return this.process.pid;
  }

  async initialize(): Promise<void> {
    const folder = this.workspace;
    await this.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: folder ? pathToFileURL(folder).href : null,
      workspaceFolders: folder ? [{ uri: pathToFileURL(folder).href, name: path.basename(folder) }] : null,
      initializationOptions: { markdownFileExtensions: ['md'] },
      capabilities: {
        workspace: { configuration: true, workspaceFolders: true, symbol: {}, diagnostics: { refreshSupport: true } },
        textDocument: { documentSymbol: { hierarchicalDocumentSymbolSupport: true }, diagnostic: { dynamicRegistration: false } },
      },
    });
    await this.connection.sendNotification('initialized', {});
    await this.connection.sendNotification('workspace/didChangeConfiguration', { settings: PEER_SETTINGS });
  }

  async open(uri: string, text: string): Promise<void> {
    this.texts.set(uri, text);
    await this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
  }

  async change(uri: string, version: number, change: TextChange): Promise<void> {
    this.texts.set(uri, applyChange(this.texts.get(uri) ?? '', change));
    await this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [change] });
  }

  async diagnostics(uri: string): Promise<number> {
    const report = (await this.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri } })) as { items?: unknown[] };
    return report.items?.length ?? 0;
  }

  request(method: string, params: unknown): Promise<unknown> {
    return this.connection.sendRequest(method, params);
  }

  async shutdown(): Promise<void> {
    try {
      await this.connection.sendRequest('shutdown');
      await this.connection.sendNotification('exit');
    } finally {
      this.connection.dispose();
      this.process.kill();
    }
  }
}

/** What `workspace.findFiles('**\/*.md')` gives markdown-language-features: every Markdown file's uri. */
function markdownFiles(folder: string): string[] {
  const out: string[] = [];
  for (const dirent of readdirSync(folder, { withFileTypes: true })) {
    const full = path.join(folder, dirent.name);
    if (dirent.isDirectory() && dirent.name !== 'node_modules') out.push(...markdownFiles(full));
    else if (dirent.isFile() && dirent.name.endsWith('.md')) out.push(pathToFileURL(full).href);
  }
  return out;
}

/** The peer's client keeps its own copy of open texts: `markdown/parse` names only the uri. */
function applyChange(text: string, { range, text: inserted }: TextChange): string {
  const offset = (line: number, character: number) => {
    let at = 0;
    for (let l = 0; l < line; l++) at = text.indexOf('\n', at) + 1;
    return at + character;
  };
  return (
    text.slice(0, offset(range.start.line, range.start.character)) + inserted + text.slice(offset(range.end.line, range.end.character))
  );
}
