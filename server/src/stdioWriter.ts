// The server's messages over stdio (`--stdio`: how editors other than VS Code and the tests start it):
// each message leaves in ONE write of header and body. vscode-jsonrpc's stream writer writes the
// header, waits for its callback and only then writes the body, each queued behind an immediate:
// on Linux, where writes to a pipe are synchronous, that is two system calls and two reads on the
// client's side per message, which for a small answer (an outline, a hover) cost as much as the
// answer itself. A result the service answers again unchanged (the outline of an unchanged version)
// is serialised once. Our VS Code client starts the server over Node IPC (client/src/extension.ts says why).
import { format, inspect } from 'node:util';
import { AbstractMessageWriter, Message, type MessageWriter, type ResponseMessage } from 'vscode-languageserver/node';

export class OneWriteMessageWriter extends AbstractMessageWriter implements MessageWriter {
  /** Consecutive failed writes, as vscode-jsonrpc counts them (the connection gives up after a few). */
  private errorCount = 0;
  /** The UTF-8 JSON of results answered again as they are (`reusable`), made once each. */
  private readonly serialised = new WeakMap<object, Buffer>();
  private readonly frames = new FrameSlab();

  /**
   * `reusable`: whether a result object is answered again unchanged and never mutated, so that its
   * JSON can be made once and kept as long as the object lives.
   */
  constructor(
    private readonly stream: NodeJS.WritableStream,
    private readonly reusable: (result: unknown) => result is object = neverReusable,
  ) {
    super();
    stream.on('error', (error: Error) => this.fireError(error));
    stream.on('close', () => this.fireClose());
  }

  write(message: Message): Promise<void> {
    let frame: Buffer;
    try {
      frame = this.frame(message);
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

  /** `Content-Length: N` and the blank line, then the message's JSON, in one buffer. */
  private frame(message: Message): Buffer {
    const result = Message.isResponse(message) ? message.result : undefined;
    if (!this.reusable(result)) {
      const body = JSON.stringify(message);
      const length = Buffer.byteLength(body, 'utf8');
      const header = `Content-Length: ${length}\r\n\r\n`;
      const frame = this.frames.take(header.length + length);
      frame.write(body, frame.write(header, 0, 'ascii'), 'utf8');
      return frame;
    }
    let json = this.serialised.get(result);
    if (!json) this.serialised.set(result, (json = Buffer.from(asciiJson(result), 'latin1')));
    // A response carrying a result has exactly these members (an error response has no result).
    const response = message as ResponseMessage;
    const opening = `{"jsonrpc":${JSON.stringify(response.jsonrpc)},"id":${JSON.stringify(response.id)},"result":`;
    const length = Buffer.byteLength(opening, 'utf8') + json.length + 1;
    const header = `Content-Length: ${length}\r\n\r\n`;
    const frame = this.frames.take(header.length + length);
    let at = frame.write(header, 0, 'ascii');
    at += frame.write(opening, at, 'utf8');
    at += json.copy(frame, at);
    frame.write('}', at, 'ascii');
    return frame;
  }

  end(): void {
    this.stream.end();
  }
}

/**
 * `value`'s JSON with every character past ASCII written as a `\uXXXX` escape: the same value once
 * parsed, and the receiver decodes the bytes to a one-byte string, which V8 parses faster than a
 * two-byte one. On the example's outline (names in Chinese, 7.8 KB) the client's decode and
 * JSON.parse take 41 instead of 53 µs; made once per reused answer, so the escaping costs nothing
 * per request.
 */
export function asciiJson(value: unknown): string {
  return JSON.stringify(value).replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * Frames cut from 256 KB slabs: Node pools only buffers under 4 KB, and a fresh 8 KB buffer per
 * outline answer cost more than copying into it. A slab is never written over; a new one follows
 * when it is used up, and the old one is freed with the last frame the stream still holds.
 */
class FrameSlab {
  private static readonly SIZE = 256 * 1024;
  private slab = Buffer.allocUnsafeSlow(FrameSlab.SIZE);
  private used = 0;

  take(size: number): Buffer {
    if (size > FrameSlab.SIZE / 4) return Buffer.allocUnsafeSlow(size);
    if (this.used + size > FrameSlab.SIZE) {
      this.slab = Buffer.allocUnsafeSlow(FrameSlab.SIZE);
      this.used = 0;
    }
    const frame = this.slab.subarray(this.used, this.used + size);
    // Each frame starts on an 8-byte boundary, as Node's own pool aligns its slices.
    this.used = (this.used + size + 7) & ~7;
    return frame;
  }
}

function neverReusable(_result: unknown): _result is object {
  return false;
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
  // count, group, table and time print through console.log, assert through console.warn; dir writes on its own.
  console.log = console.info = console.debug = console.trace = to((m) => log.log(m));
  console.dir = (value: unknown) => log.log(inspect(value));
  console.warn = to((m) => log.warn(m));
  console.error = to((m) => log.error(m));
}
