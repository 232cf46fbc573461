import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as fs from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { encodeText, fileStamp, replaceFileIfUnchanged, type ReplaceSystem } from '../../../server/src/node/replaceFile';
import { decodeReportBytes } from '../../../server/src/node/decodeText';

let dir: string;
let file: string;

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(tmpdir(), 'wr-replace-'));
  file = path.join(dir, 'report.md');
  fs.writeFileSync(file, 'old text\n');
});

afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const stampOf = (f: string) => fileStamp(fs.statSync(f));
const OLD = Buffer.from('old text\n');
const leftovers = () => fs.readdirSync(dir).filter((name) => name !== 'report.md');

/** The real file system, with a hook run before the given call. */
function systemWith(before: Partial<Record<keyof ReplaceSystem, () => void>>): ReplaceSystem {
  const real: ReplaceSystem = {
    openSync: fs.openSync,
    writeSync: fs.writeSync,
    fsyncSync: fs.fsyncSync,
    closeSync: fs.closeSync,
    chmodSync: fs.chmodSync,
    statSync: fs.statSync,
    readFileSync: fs.readFileSync,
    renameSync: fs.renameSync,
    unlinkSync: fs.unlinkSync,
  };
  const hooked = { ...real } as Record<keyof ReplaceSystem, (...args: unknown[]) => unknown>;
  for (const [name, hook] of Object.entries(before) as [keyof ReplaceSystem, () => void][]) {
    const call = real[name] as (...args: unknown[]) => unknown;
    hooked[name] = (...args) => {
      hook();
      return call(...args);
    };
  }
  return hooked as unknown as ReplaceSystem;
}

describe('replaceFileIfUnchanged', () => {
  it('replaces a file that still has the stamp it was read with, leaving no temporary file', () => {
    expect(replaceFileIfUnchanged(file, stampOf(file), OLD, Buffer.from('new text\n'))).toBe('replaced');
    expect(fs.readFileSync(file, 'utf8')).toBe('new text\n');
    expect(leftovers()).toEqual([]);
  });

  it('leaves a file alone that changed since it was read', () => {
    const stamp = stampOf(file);
    fs.writeFileSync(file, 'someone else saved this\n');
    expect(replaceFileIfUnchanged(file, stamp, OLD, Buffer.from('new text\n'))).toBe('changed');
    expect(fs.readFileSync(file, 'utf8')).toBe('someone else saved this\n');
    expect(leftovers()).toEqual([]);
  });

  it('leaves a file alone that an editor saved while the new bytes were being written', () => {
    const stamp = stampOf(file);
    // Saved between writing the temporary file and renaming it over the target.
    const system = systemWith({ chmodSync: () => fs.writeFileSync(file, 'saved meanwhile, longer\n') });
    expect(replaceFileIfUnchanged(file, stamp, OLD, Buffer.from('new text\n'), system)).toBe('changed');
    expect(fs.readFileSync(file, 'utf8')).toBe('saved meanwhile, longer\n');
    expect(leftovers()).toEqual([]);
  });

  it('leaves a file alone whose bytes are not what its text encodes back to', () => {
    // Same stamp, other bytes: the text was read from an equivalent but different spelling.
    expect(replaceFileIfUnchanged(file, stampOf(file), Buffer.from('old text\r\n'), Buffer.from('new text\n'))).toBe('not-as-read');
    expect(fs.readFileSync(file, 'utf8')).toBe('old text\n');
  });

  it('removes the temporary file and leaves the target whole when the write fails', () => {
    const system = systemWith({
      fsyncSync: () => {
        throw Object.assign(new Error('no space left on device'), { code: 'ENOSPC' });
      },
    });
    expect(() => replaceFileIfUnchanged(file, stampOf(file), OLD, Buffer.from('new text\n'), system)).toThrow(/no space/);
    expect(fs.readFileSync(file, 'utf8')).toBe('old text\n');
    expect(leftovers()).toEqual([]);
  });
});

describe('encodeText', () => {
  it.each([
    ['utf-8', false],
    ['utf-8', true],
    ['utf-16le', true],
    ['utf-16be', true],
  ] as const)('writes %s (BOM %s) that decodes back to the same text', (encoding, bom) => {
    const text = '# 第15周\r\n- 跟进率67%（16/24）𠀀\n';
    const bytes = encodeText(text, encoding, bom)!;
    expect(decodeReportBytes(bytes)).toEqual({ text, encoding, bom });
  });

  it('writes GB18030 as the reader decodes it, one- two- and four-byte codes alike', () => {
    const text = '# 第51周\n- 跟进率67%（16/24）€ 𠀀 ·\n';
    const bytes = encodeText(text, 'gb18030', false)!;
    // 第 is B5DA and 周 D6DC in GBK, and GB18030 keeps GBK's codes.
    expect(Buffer.from(bytes).subarray(2, 4)).toEqual(Buffer.from([0xb5, 0xda]));
    expect(new TextDecoder('gb18030').decode(bytes)).toBe(text);
  });

  it('gives no bytes for a lone surrogate, which no encoding holds', () => {
    expect(encodeText('a\ud800b', 'gb18030', false)).toBeUndefined();
  });
});
