// The server's messages over stdio (`--stdio`, how editors other than VS Code and the tests start it):
// each message leaves in ONE write of header and body. vscode-jsonrpc's stream writer writes the
// header, waits for its callback and only then writes the body, each queued behind an immediate:
// on Linux, where writes to a pipe are synchronous, that is two system calls and two reads on the
// client's side per message, which for a small answer (an outline, a hover) cost as much as the
// answer itself. VS Code starts the server over IPC (client/src/extension.ts), which this leaves alone.
import { format } from 'node:util';
import { AbstractMessageWriter, type Message, type MessageWriter } from 'vscode-languageserver/node';

export class OneWriteMessageWriter extends AbstractMessageWriter implements MessageWriter {
  /** Consecutive failed writes, as vscode-jsonrpc counts them (the connection gives up after a few). */
  private errorCount = 0;

  constructor(private readonly stream: NodeJS.WritableStream) {
    super();
    stream.on('error', (error: Error) => this.fireError(error));
    stream.on('close', () => this.fireClose());
  }

  write(message: Message): Promise<void> {
    let frame: Buffer;
    try {
      const body = JSON.stringify(message);
      const length = Buffer.byteLength(body, 'utf8');
      const header = `Content-Length: ${length}\r\n\r\n`;
      frame = Buffer.allocUnsafe(header.length + length);
      frame.write(body, frame.write(header, 0, 'ascii'), 'utf8');
    } catch (error) {
      this.fireError(error as Error);
      return Promise.reject(error as Error);
    }
    return new Promise((resolve, reject) => {
      this.stream.write(frame, (error?: Error | null) => {
        if (!error) {
          this.errorCount = 0;
          return resolve();
        }
        this.fireError(error, message, ++this.errorCount);
        reject(error);
      });
    });
  }

  end(): void {
    this.stream.end();
  }
}

/**
 * Over stdio anything a library prints to stdout would corrupt the protocol: console output goes to
 * the client's log instead (what vscode-languageserver does when it sets up `--stdio` itself).
 */
export function consoleToClientLog(log: { log(message: string): void; warn(message: string): void; error(message: string): void }): void {
  const to =
    (write: (message: string) => void) =>
    (...args: unknown[]) =>
      write(format(...args));
  console.log = console.info = console.debug = console.trace = to((m) => log.log(m));
  console.warn = to((m) => log.warn(m));
  console.error = to((m) => log.error(m));
}
