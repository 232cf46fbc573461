// The server's stdio writer: one write per message, header and body together, lengths in bytes.
import { Writable } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import type { NotificationMessage, ResponseMessage } from 'vscode-languageserver/node';
import { consoleToClientLog, OneWriteMessageWriter } from '../../../server/src/stdioWriter';

/** A stream that keeps each write as it came. */
function recordingStream(fail?: Error): { stream: Writable; writes: Buffer[] } {
  const writes: Buffer[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      writes.push(chunk);
      done(fail ?? null);
    },
  });
  return { stream, writes };
}

describe('OneWriteMessageWriter', () => {
  it('sends each message as one chunk: a Content-Length header in bytes, then the JSON body', async () => {
    const { stream, writes } = recordingStream();
    const writer = new OneWriteMessageWriter(stream);
    const answer: ResponseMessage = { jsonrpc: '2.0', id: 7, result: [{ name: '【系统运行数据】', detail: '99.966%' }] };
    await writer.write(answer);
    const log: NotificationMessage = { jsonrpc: '2.0', method: 'window/logMessage', params: { type: 3, message: 'ok' } };
    await writer.write(log);
    expect(writes).toHaveLength(2);
    const text = writes[0].toString('utf8');
    const [header, body] = text.split('\r\n\r\n');
    expect(header).toBe(`Content-Length: ${Buffer.byteLength(body, 'utf8')}`);
    expect(Buffer.byteLength(body, 'utf8')).toBeGreaterThan(body.length); // the Chinese name is 3 bytes a character
    expect(JSON.parse(body)).toEqual(answer);
    expect(writes[1].toString('utf8')).toMatch(/^Content-Length: \d+\r\n\r\n\{"jsonrpc":"2.0","method":"window\/logMessage"/);
  });

  it('serialises a reusable result once, and frames it for each request id', async () => {
    const { stream, writes } = recordingStream();
    let serialised = 0;
    const outline = [{ name: '【系统运行数据】', kind: 3, toJSON: undefined as unknown }];
    // Counts how often the result is turned into JSON (JSON.stringify calls toJSON each time).
    outline[0].toJSON = () => (serialised++, { name: '【系统运行数据】', kind: 3 });
    const writer = new OneWriteMessageWriter(stream, (result): result is object => result === outline);
    for (const id of [1, 'two']) {
      const answer: ResponseMessage = { jsonrpc: '2.0', id, result: outline as never };
      await writer.write(answer);
    }
    const other: ResponseMessage = { jsonrpc: '2.0', id: 3, result: [{ name: 'x' }] };
    await writer.write(other);
    expect(serialised).toBe(1);
    const frames = writes.map((w) => w.toString('utf8').split('\r\n\r\n'));
    for (const [header, body] of frames) expect(header).toBe(`Content-Length: ${Buffer.byteLength(body, 'utf8')}`);
    expect(frames.map(([, body]) => JSON.parse(body))).toEqual([
      { jsonrpc: '2.0', id: 1, result: [{ name: '【系统运行数据】', kind: 3 }] },
      { jsonrpc: '2.0', id: 'two', result: [{ name: '【系统运行数据】', kind: 3 }] },
      { jsonrpc: '2.0', id: 3, result: [{ name: 'x' }] },
    ]);
  });

  it('writes a reusable result in ASCII, characters past it escaped, so that it parses back to the same value', async () => {
    const { stream, writes } = recordingStream();
    // Chinese, a character outside the BMP (a surrogate pair), a quote and a backslash.
    const outline = [
      { name: '入金有效成功率 99.966%', kind: 16 },
      { name: '🚀 "上线" \\ 完成', kind: 3 },
    ];
    const writer = new OneWriteMessageWriter(stream, (result): result is object => result === outline);
    await writer.write({ jsonrpc: '2.0', id: 5, result: outline } as ResponseMessage);
    const [header, body] = writes[0].toString('latin1').split('\r\n\r\n');
    expect(body).toMatch(/^[\x20-\x7e]*$/);
    expect(body).toContain('\\u5165\\u91d1');
    expect(header).toBe(`Content-Length: ${body.length}`);
    expect(JSON.parse(body)).toEqual({ jsonrpc: '2.0', id: 5, result: outline });
  });

  it('keeps every frame intact across many messages, past the size of the buffers frames are cut from', async () => {
    const { stream, writes } = recordingStream();
    const writer = new OneWriteMessageWriter(stream);
    // 60 messages of ~10 KB (600 KB in all), and one larger than a quarter of the 256 KB slab.
    const sizes = [...Array.from({ length: 60 }, (_, i) => 10_000 + i), 70_000];
    for (const [id, size] of sizes.entries()) await writer.write({ jsonrpc: '2.0', id, result: 'x'.repeat(size) } as ResponseMessage);
    const bodies = writes.map((w) => JSON.parse(w.toString('utf8').split('\r\n\r\n')[1]) as ResponseMessage);
    expect(bodies.map((b) => [b.id, (b.result as string).length])).toEqual(sizes.map((size, id) => [id, size]));
  });

  it('reports a failed write to the connection and rejects', async () => {
    const failure = new Error('EPIPE');
    const { stream } = recordingStream(failure);
    stream.on('error', () => undefined);
    const writer = new OneWriteMessageWriter(stream);
    const errors: unknown[] = [];
    writer.onError(([error, , count]) => errors.push([error.message, count]));
    const answer: ResponseMessage = { jsonrpc: '2.0', id: 1, result: null };
    await expect(writer.write(answer)).rejects.toThrow('EPIPE');
    expect(errors).toContainEqual(['EPIPE', 1]);
  });
});

describe('consoleToClientLog', () => {
  const saved = {
    log: console.log,
    info: console.info,
    debug: console.debug,
    trace: console.trace,
    warn: console.warn,
    error: console.error,
  };
  afterEach(() => Object.assign(console, saved));

  it("sends what a library prints to the client's log instead of stdout", () => {
    const lines: string[] = [];
    consoleToClientLog({
      log: (m) => lines.push(`log ${m}`),
      warn: (m) => lines.push(`warn ${m}`),
      error: (m) => lines.push(`error ${m}`),
    });
    console.log('parsed %d blocks', 3);
    console.warn('slow', { ms: 12 });
    console.error(new Error('boom').message);
    console.dir({ blocks: [1] });
    console.count('runs');
    expect(lines).toEqual(['log parsed 3 blocks', 'warn slow { ms: 12 }', 'error boom', 'log { blocks: [ 1 ] }', 'log runs: 1']);
  });
});
