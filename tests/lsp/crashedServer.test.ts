// The VS Code client's error handler against a real pipe failing under it. A server being killed
// can fail the client's next write (EPIPE: its stdin is gone) before the client reads the close of
// its stdout; the library's default handler shut the client down on that uncounted stream error,
// so the server was never restarted. The handler must go on, and restart on the close.
import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import { restartingErrorHandler } from '../../client/src/restartingErrorHandler';

/**
 * A process that closes its stdin, says so (a `stdinClosed` notification) and keeps its stdout open
 * until told to exit (a line on a pipe of its own): the moment between a server's death and its close.
 */
const DYING_SERVER = `
const fs = require('node:fs');
fs.closeSync(0);
const body = JSON.stringify({ jsonrpc: '2.0', method: 'stdinClosed' });
process.stdout.write('Content-Length: ' + Buffer.byteLength(body) + '\\r\\n\\r\\n' + body);
fs.createReadStream(null, { fd: 3 }).on('data', () => process.exit(1));
`;

describe('a connection whose writes fail before it closes', () => {
  it('goes on after each failed write, and restarts the server on the close', async () => {
    const server = spawn(process.execPath, ['-e', DYING_SERVER], { stdio: ['pipe', 'pipe', 'ignore', 'pipe'] });
    // What vscode-languageclient builds for a server on stdio.
    const connection = createMessageConnection(new StreamMessageReader(server.stdout!), new StreamMessageWriter(server.stdin!));
    const handler = restartingErrorHandler(
      { continue: 'continue', restart: 'restart', doNotRestart: 'doNotRestart' },
      { connectionFailed: (error) => error, restarting: () => 'restarting', gaveUp: () => 'gave up' },
    );
    const errors: Array<{ message: string; count: number | undefined; action: string }> = [];
    const failed = new Promise<void>((resolve) =>
      connection.onError(([error, , count]) => {
        errors.push({ message: error.message, count, action: handler.error(error, undefined, count).action });
        resolve();
      }),
    );
    const closed = new Promise<string>((resolve) => connection.onClose(() => resolve(handler.closed().action)));
    const stdinClosed = new Promise<void>((resolve) => connection.onNotification('stdinClosed', () => resolve()));
    connection.listen();
    await stdinClosed;

    // The editor sends a keystroke to a server whose stdin is closed: the write fails, the connection is still open.
    const sent = connection.sendNotification('textDocument/didChange', {
      textDocument: { uri: 'file:///r/2024-W10.md', version: 2 },
      contentChanges: [{ text: '# 2024-W10\n' }],
    });
    await expect(sent).rejects.toThrow(/EPIPE/);
    await failed;
    expect(errors.some((e) => e.count === undefined)).toBe(true);
    expect(errors.map((e) => e.action)).toEqual(errors.map(() => 'continue'));

    // Then the process ends and its stdout closes: the handler restarts it.
    (server.stdio[3] as NodeJS.WritableStream).write('exit\n');
    expect(await closed).toBe('restart');
    connection.dispose();
  });
});
