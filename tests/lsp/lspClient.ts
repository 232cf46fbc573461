// A test client that plays VS Code's part over real stdio JSON-RPC against dist/server.js:
// it answers workspace/configuration and lets tests wait on notifications, never on sleeps.
import { spawn, type ChildProcess } from 'node:child_process';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { readFileSync } from 'node:fs';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import type { PublishDiagnosticsParams } from 'vscode-languageserver-protocol';

export const serverPath = path.resolve(__dirname, '../../dist/server.js');

export interface TestClientOptions {
  workspaceFolder?: string;
  settings?: Record<string, unknown>;
  locale?: string;
}

export class TestClient {
  readonly connection: MessageConnection;
  readonly process: ChildProcess;
  settings: Record<string, unknown>;
  readonly diagnostics = new Map<string, PublishDiagnosticsParams[]>();
  readonly logs: string[] = [];
  readonly shownMessages: string[] = [];
  private waiters: Array<{
    uri: string;
    predicate: (p: PublishDiagnosticsParams) => boolean;
    resolve: (p: PublishDiagnosticsParams) => void;
  }> = [];
  private versions = new Map<string, number>();
  private logWaiters: Array<{ predicate: (line: string) => boolean; resolve: (line: string) => void }> = [];

  constructor(private readonly options: TestClientOptions = {}) {
    this.settings = options.settings ?? {};
    this.process = spawn(process.execPath, [serverPath, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    this.process.stderr!.on('data', (d) => this.logs.push(String(d)));
    this.connection = createMessageConnection(new StreamMessageReader(this.process.stdout!), new StreamMessageWriter(this.process.stdin!));
    this.connection.onRequest('workspace/configuration', (params: { items: Array<{ section?: string }> }) =>
      params.items.map(() => this.settings),
    );
    this.connection.onRequest('client/registerCapability', () => null);
    this.connection.onRequest('workspace/inlayHint/refresh', () => null);
    this.connection.onRequest('workspace/diagnostic/refresh', () => null);
    this.connection.onNotification('window/logMessage', (p: { message: string }) => {
      this.logs.push(p.message);
      this.logWaiters = this.logWaiters.filter((w) => {
        if (!w.predicate(p.message)) return true;
        w.resolve(p.message);
        return false;
      });
    });
    this.connection.onNotification('window/showMessage', (p: { message: string }) => this.shownMessages.push(p.message));
    this.connection.onRequest('window/showMessageRequest', (p: { message: string }) => {
      this.shownMessages.push(p.message);
      return null;
    });
    this.connection.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
      const list = this.diagnostics.get(p.uri) ?? [];
      list.push(p);
      this.diagnostics.set(p.uri, list);
      this.waiters = this.waiters.filter((w) => {
        if (w.uri !== p.uri || !w.predicate(p)) return true;
        w.resolve(p);
        return false;
      });
    });
    this.connection.listen();
  }

  async initialize(): Promise<unknown> {
    const folder = this.options.workspaceFolder;
    const result = await this.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: folder ? pathToFileURL(folder).href : null,
      workspaceFolders: folder ? [{ uri: pathToFileURL(folder).href, name: path.basename(folder) }] : null,
      locale: this.options.locale ?? 'en',
      capabilities: {
        workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true }, workspaceFolders: true, symbol: {} },
        textDocument: {
          documentSymbol: { hierarchicalDocumentSymbolSupport: true },
          publishDiagnostics: { relatedInformation: true },
          codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix'] } } },
          completion: { completionItem: { snippetSupport: true } },
          hover: { contentFormat: ['markdown', 'plaintext'] },
          inlayHint: {},
        },
      },
    });
    await this.connection.sendNotification('initialized', {});
    return result;
  }

  async open(uri: string, text: string, languageId = 'markdown'): Promise<void> {
    this.versions.set(uri, 1);
    await this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
  }

  async openFile(filePath: string): Promise<string> {
    const uri = pathToFileURL(filePath).href;
    await this.open(uri, readFileSync(filePath, 'utf8'));
    return uri;
  }

  async change(uri: string, text: string): Promise<void> {
    const version = (this.versions.get(uri) ?? 1) + 1;
    this.versions.set(uri, version);
    await this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
  }

  request<T>(method: string, params: unknown): Promise<T> {
    return this.connection.sendRequest(method, params) as Promise<T>;
  }

  /** The next diagnostics published for `uri` that satisfy `predicate` (or the latest one already received). */
  waitForDiagnostics(uri: string, predicate: (p: PublishDiagnosticsParams) => boolean = () => true): Promise<PublishDiagnosticsParams> {
    const seen = this.diagnostics.get(uri);
    const latest = seen?.[seen.length - 1];
    if (latest && predicate(latest)) return Promise.resolve(latest);
    return new Promise((resolve) => this.waiters.push({ uri, predicate, resolve }));
  }

  /** The next log line from the server that satisfies `predicate`. */
  waitForLog(predicate: (line: string) => boolean): Promise<string> {
    return new Promise((resolve) => this.logWaiters.push({ predicate, resolve }));
  }

  async changeSettings(settings: Record<string, unknown>): Promise<void> {
    this.settings = settings;
    await this.connection.sendNotification('workspace/didChangeConfiguration', { settings: { weeklyReport: settings } });
  }

  async shutdown(): Promise<void> {
    try {
      await this.connection.sendRequest('shutdown');
      await this.connection.sendNotification('exit');
    } finally {
      this.connection.dispose();
      if (this.process.exitCode === null) this.process.kill();
    }
  }
}
