// An in-memory workspace for driving the report service in process: a documents store the test
// edits (like the server's TextDocuments), settings from a plain object, a logger that keeps lines.
// No file is read from disk: every report is an open document, and the workspace folder is empty.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { GuardedReader } from '../../../server/src/node/guardedReader';
import { defaultSettings } from '../../../server/src/report/settings';
import type { Settings } from '../../../server/src/protocol';
import type { Locale } from '../../../server/src/report/base/locale';
import {
  createReportService,
  type CancellationToken,
  type ReportDocument,
  type ReportDocuments,
  type ReportService,
} from '../../../server/src/service/reportService';

export class MemoryDocuments implements ReportDocuments {
  private readonly byUri = new Map<string, ReportDocument>();

  get(uri: string): ReportDocument | undefined {
    return this.byUri.get(uri);
  }

  all(): readonly ReportDocument[] {
    return [...this.byUri.values()];
  }

  /** Opens (or replaces) a Markdown document at version 1, or the next version when open. */
  set(uri: string, text: string): ReportDocument {
    const version = (this.byUri.get(uri)?.version ?? 0) + 1;
    const document: ReportDocument = { uri, version, languageId: 'markdown', getText: () => text };
    this.byUri.set(uri, document);
    return document;
  }

  delete(uri: string): void {
    this.byUri.delete(uri);
  }
}

export interface MemoryWorkspace {
  service: ReportService;
  documents: MemoryDocuments;
  logs: string[];
  /** The uri of a report file named `name` in the (empty) workspace folder. */
  uri(name: string): string;
  /** Opens a document, tells the service (as the server does on didOpen), returns it. */
  open(name: string, text: string): ReportDocument;
  dispose(): void;
}

export function memoryWorkspace(settings: Partial<Settings> = {}, locale: Locale = 'zh-cn'): MemoryWorkspace {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'wr-service-'));
  const documents = new MemoryDocuments();
  const logs: string[] = [];
  const keep = (message: string) => void logs.push(message);
  const merged: Settings = { ...defaultSettings, ...settings };
  const service = createReportService({
    documents,
    files: { reader: new GuardedReader() },
    settings: { get: () => Promise.resolve(merged), clear: () => undefined },
    logger: { log: keep, warn: keep, error: keep },
    folders: [folder],
    locale,
  });
  const uri = (name: string) => pathToFileURL(path.join(folder, name)).href;
  return {
    service,
    documents,
    logs,
    uri,
    open(name, text) {
      const document = documents.set(uri(name), text);
      service.documentOpened(document);
      return document;
    },
    dispose: () => fs.rmSync(folder, { recursive: true, force: true }),
  };
}

/** A token the test cancels by hand, counting how often the service looked at it. */
export function manualToken(cancelled = false): CancellationToken & { cancel(): void; reads: number } {
  return {
    reads: 0,
    get isCancellationRequested() {
      this.reads++;
      return cancelled;
    },
    cancel() {
      cancelled = true;
    },
  };
}
