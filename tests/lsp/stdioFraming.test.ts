// The server's own stdio reader (server/src/stdioReader.ts) against raw bytes on a real pipe: messages
// cut anywhere by the pipe, several in one write, a header in any case with a charset, a broken
// message that must not stop the ones after it; and the process ending when the client's side of
// stdin closes (exit code 0 after `shutdown`, 1 without), as the library's stream reader did.
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { describe, expect, it } from 'vitest';
import { serverPath } from './lspClient';

const REPORT_URI = 'file:///nowhere/2024-W10.md';
const REPORT = '# 2024年第10周\n\n## 本周工作\n\n- 完成率 80%\n';

function frame(message: object, header = 'Content-Length'): Buffer {
  const body = Buffer.from(JSON.stringify({ jsonrpc: '2.0', ...message }), 'utf8');
  return Buffer.concat([Buffer.from(`${header}: ${body.length}\r\n\r\n`, 'ascii'), body]);
}

/** The responses the server writes, by id (its other messages are left aside). */
function responses(server: ChildProcess): (id: number) => Promise<{ result?: unknown; error?: unknown }> {
  const waiting = new Map<number, (response: { result?: unknown; error?: unknown }) => void>();
  const arrived = new Map<number, { result?: unknown; error?: unknown }>();
  let bytes = Buffer.alloc(0);
  server.stdout!.on('data', (chunk: Buffer) => {
    bytes = Buffer.concat([bytes, chunk]);
    for (;;) {
      const end = bytes.indexOf('\r\n\r\n');
      if (end < 0) return;
      const length = Number(/Content-Length: (\d+)/.exec(bytes.toString('ascii', 0, end))![1]);
      if (bytes.length < end + 4 + length) return;
      const message = JSON.parse(bytes.toString('utf8', end + 4, end + 4 + length)) as { id?: number; result?: unknown; error?: unknown };
      bytes = bytes.subarray(end + 4 + length);
      if (typeof message.id !== 'number' || !('result' in message || 'error' in message)) continue;
      arrived.set(message.id, message);
      waiting.get(message.id)?.(message);
    }
  });
  return (id) => {
    const already = arrived.get(id);
    return already ? Promise.resolve(already) : new Promise((resolve) => waiting.set(id, resolve));
  };
}

interface Symbol {
  name: string;
  children?: Symbol[];
}

/** Every symbol's name in the outline, nested ones included. */
function names(result: unknown): string[] {
  return (result as Symbol[]).flatMap((s) => [s.name, ...names(s.children ?? [])]);
}

function startServer(): ChildProcess {
  return spawn(process.execPath, [serverPath, '--stdio'], { stdio: ['pipe', 'pipe', 'ignore'] });
}

const initialize = { id: 1, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {} } };
const opened = {
  method: 'textDocument/didOpen',
  params: { textDocument: { uri: REPORT_URI, languageId: 'markdown', version: 1, text: REPORT } },
};
const symbols = (id: number) => ({ id, method: 'textDocument/documentSymbol', params: { textDocument: { uri: REPORT_URI } } });

describe('the server reading stdio', () => {
  it('reads messages cut anywhere and several in one write, in the order sent', async () => {
    const server = startServer();
    const response = responses(server);
    try {
      // Everything in one buffer, written a few bytes at a time: headers and bodies are cut mid-way.
      const all = Buffer.concat([
        frame(initialize),
        frame({ method: 'initialized', params: {} }),
        frame(opened),
        frame(symbols(2), 'content-length'),
      ]);
      for (let at = 0; at < all.length; at += 7) {
        server.stdin!.write(all.subarray(at, at + 7));
        // Each piece its own read: the next write waits until the pipe has taken this one.
        if (at % 70 === 0) await new Promise((resolve) => setImmediate(resolve));
      }
      expect(names((await response(2)).result)).toContain('本周工作');

      // A change and a request in one write: the request sees the changed text.
      const changed = { textDocument: { uri: REPORT_URI, version: 2 }, contentChanges: [{ text: REPORT.replace('本周工作', '下周计划') }] };
      server.stdin!.write(
        Buffer.concat([
          frame({ method: 'textDocument/didChange', params: changed }),
          Buffer.from('Content-Type: application/vscode-jsonrpc; charset=utf-8\r\n', 'ascii'),
          frame(symbols(3)),
        ]),
      );
      const second = names((await response(3)).result);
      expect(second).toContain('下周计划');
      expect(second).not.toContain('本周工作');
    } finally {
      server.kill();
    }
  });

  it('goes on after a message that is not JSON', async () => {
    const server = startServer();
    const response = responses(server);
    try {
      server.stdin!.write(
        Buffer.concat([frame(initialize), Buffer.from('Content-Length: 5\r\n\r\n{oops', 'ascii'), frame({ id: 2, method: 'shutdown' })]),
      );
      expect(await response(2)).toMatchObject({ result: null });
      expect(server.exitCode).toBeNull();
    } finally {
      server.kill();
    }
  });

  it('ends when stdin closes: code 0 after shutdown, 1 without', async () => {
    const withShutdown = startServer();
    const response = responses(withShutdown);
    withShutdown.stdin!.write(Buffer.concat([frame(initialize), frame({ id: 2, method: 'shutdown' })]));
    await response(2);
    withShutdown.stdin!.end();
    const [code] = (await once(withShutdown, 'exit')) as [number | null];
    expect(code).toBe(0);

    const without = startServer();
    const initialized = responses(without);
    without.stdin!.write(frame(initialize));
    await initialized(1);
    without.stdin!.end();
    const [codeWithout] = (await once(without, 'exit')) as [number | null];
    expect(codeWithout).toBe(1);
  });
});
