// The server's messages from stdio (`--stdio`), each handed to the connection as soon as its last
// byte is read. vscode-jsonrpc's stream reader decodes every message behind a semaphore that
// starts each decode with `setImmediate` (its decoders may be asynchronous), and the connection
// then queues the message behind a second `setImmediate`, which, queued from inside the first,
// waits for the next turn of the event loop. It also arms and clears a timer each time a message
// arrives in two reads (a client writes the header and the body separately). For a request
// answered from memory (the outline of an unchanged version) that was a good part of the server's
// side of the round trip. Decoding here is synchronous, so messages are delivered in the order
// they arrived without a semaphore.
import { AbstractMessageReader, type DataCallback, type Disposable, type Message, type MessageReader } from 'vscode-languageserver/node';

const EMPTY = Buffer.alloc(0);
const HEADER_END = Buffer.from('\r\n\r\n', 'ascii');

export class OneHopMessageReader extends AbstractMessageReader implements MessageReader {
  /** Bytes read and not yet part of a delivered message. */
  private pending: Buffer = EMPTY;
  /** The body length of the message whose header was read, -1 while waiting for a header. */
  private bodyLength = -1;
  private decoder = new TextDecoder('utf-8');

  constructor(private readonly stream: NodeJS.ReadableStream) {
    super();
    stream.on('error', (error: Error) => this.fireError(error));
    stream.on('close', () => this.fireClose());
  }

  listen(callback: DataCallback): Disposable {
    const onData = (chunk: Buffer) => this.read(chunk, callback);
    this.stream.on('data', onData);
    return { dispose: () => void this.stream.off('data', onData) };
  }

  private read(chunk: Buffer, callback: DataCallback): void {
    let bytes = this.pending.length === 0 ? chunk : Buffer.concat([this.pending, chunk]);
    for (;;) {
      if (this.bodyLength < 0) {
        const end = bytes.indexOf(HEADER_END);
        if (end < 0) break;
        const header = bytes.toString('ascii', 0, end);
        bytes = bytes.subarray(end + HEADER_END.length);
        if (!this.readHeader(header)) continue;
      }
      if (bytes.length < this.bodyLength) break;
      const body = bytes.subarray(0, this.bodyLength);
      bytes = bytes.subarray(this.bodyLength);
      this.bodyLength = -1;
      let message: Message;
      try {
        message = JSON.parse(this.decoder.decode(body)) as Message;
      } catch (error) {
        this.fireError(error);
        continue;
      }
      callback(message);
    }
    // A copy: the stream's chunk is not kept beyond this call, and a slice would pin all of it.
    this.pending = bytes.length === 0 ? EMPTY : Buffer.from(bytes);
  }

  /**
   * Reads `Content-Length` (required) and `Content-Type`'s charset (UTF-8 unless told), as
   * vscode-jsonrpc does; false, with an error fired, when there is no usable length.
   */
  private readHeader(header: string): boolean {
    let length: number | undefined;
    let charset = 'utf-8';
    for (const line of header.split('\r\n')) {
      const colon = line.indexOf(':');
      if (colon < 0) continue;
      const name = line.slice(0, colon).trim().toLowerCase();
      const value = line.slice(colon + 1).trim();
      if (name === 'content-length') length = Number.parseInt(value, 10);
      else if (name === 'content-type') charset = /charset=([^;\s]+)/i.exec(value)?.[1]?.toLowerCase() ?? charset;
    }
    if (length === undefined || Number.isNaN(length)) {
      this.fireError(new Error(`Header must provide a valid Content-Length property: ${JSON.stringify(header)}`));
      return false;
    }
    if (charset !== this.decoder.encoding && charset !== 'utf8') {
      try {
        this.decoder = new TextDecoder(charset);
      } catch {
        this.fireError(new Error(`Unsupported charset in header: ${charset}`));
        return false;
      }
    }
    this.bodyLength = length;
    return true;
  }
}
