// The one reader of files on disk: what it refuses, what it decodes, and that a refusal is not
// paid for again until the file changes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as fs from 'node:fs';
import { execFileSync } from 'node:child_process';
import * as os from 'node:os';
import * as path from 'node:path';
import { GuardedReader } from '../../../server/src/node/guardedReader';
import { decodeReportBytes } from '../../../server/src/node/decodeText';

const REPORT = '# 第51周周报\n\n## 数据\n\n- 成功率 99.9%\n';
const MAX = 64 * 1024;

let root: string;
let outside: string;

beforeAll(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'weekly-report-reader-'));
  outside = fs.mkdtempSync(path.join(os.tmpdir(), 'weekly-report-outside-'));
  fs.writeFileSync(path.join(root, 'report.md'), REPORT);
  fs.writeFileSync(path.join(outside, 'secret.md'), '# secret\n');
});

afterAll(() => {
  fs.rmSync(root, { recursive: true, force: true });
  fs.rmSync(outside, { recursive: true, force: true });
});

describe('GuardedReader', () => {
  it('reads a UTF-8 report inside the allowed folders', () => {
    const read = new GuardedReader().read(path.join(root, 'report.md'), { roots: [root], maxBytes: MAX });
    expect(read).toMatchObject({ ok: true, text: REPORT, encoding: 'utf-8' });
  });

  it.each([
    ['a path outside the folders', () => path.join(outside, 'secret.md')],
    ['a relative climb out of them', () => path.join(root, '..', '..', '..', 'etc', 'passwd')],
    ['a symlink leading out', () => linkTo(path.join(outside, 'secret.md'), 'link.md')],
    ['a UNC share', () => '//attacker/share/x.md'],
  ])('refuses %s as outside', (_, target) => {
    const read = new GuardedReader().read(target(), { roots: [root], maxBytes: MAX });
    expect(read).toMatchObject({ ok: false, reason: 'outside' });
  });

  it('follows a symlink that stays inside', () => {
    const link = linkTo(path.join(root, 'report.md'), 'inside-link.md');
    expect(new GuardedReader().read(link, { roots: [root], maxBytes: MAX })).toMatchObject({ ok: true, text: REPORT });
  });

  it('refuses devices, folders and FIFOs without reading or blocking', () => {
    const reader = new GuardedReader();
    const fifo = path.join(root, 'pipe.md');
    execFileSync('mkfifo', [fifo]);
    expect(reader.read('/dev/zero', { maxBytes: MAX })).toMatchObject({ ok: false, reason: 'not-a-file' });
    expect(reader.read(fifo, { roots: [root], maxBytes: MAX })).toMatchObject({ ok: false, reason: 'not-a-file' });
    expect(reader.read(root, { maxBytes: MAX })).toMatchObject({ ok: false, reason: 'not-a-file' });
  });

  it('refuses a file over the size cap before reading it', () => {
    const big = path.join(root, 'big.md');
    // Sparse: 200 MB on paper, nothing on disk.
    fs.closeSync(fs.openSync(big, 'w'));
    fs.truncateSync(big, 200 * 1024 * 1024);
    expect(new GuardedReader().read(big, { roots: [root], maxBytes: MAX })).toMatchObject({ ok: false, reason: 'too-big' });
  });

  it('says missing for a file that does not exist', () => {
    expect(new GuardedReader().read(path.join(root, 'gone.md'), { roots: [root], maxBytes: MAX })).toMatchObject({
      ok: false,
      reason: 'missing',
    });
  });

  it('remembers a binary file until it changes', () => {
    const file = path.join(root, 'binary.md');
    const binary = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1]);
    fs.writeFileSync(file, binary);
    const reader = new GuardedReader();
    expect(reader.read(file, { roots: [root], maxBytes: MAX })).toMatchObject({ ok: false, reason: 'binary' });
    // Same inode, size and modification time, other bytes: the refusal is answered from memory, not by reading.
    fs.utimesSync(file, 1_700_000_000, 1_700_000_000);
    expect(reader.read(file, { roots: [root], maxBytes: MAX })).toMatchObject({ ok: false, reason: 'binary' });
    fs.writeFileSync(file, 'abcdefgh');
    fs.utimesSync(file, 1_700_000_000, 1_700_000_000);
    expect(reader.read(file, { roots: [root], maxBytes: MAX })).toMatchObject({ ok: false, reason: 'binary' });
    fs.writeFileSync(file, REPORT);
    expect(reader.read(file, { roots: [root], maxBytes: MAX })).toMatchObject({ ok: true, text: REPORT });
  });

  it('answers unchanged for a file whose stamp the caller holds', () => {
    const reader = new GuardedReader();
    const file = path.join(root, 'report.md');
    const first = reader.read(file, { roots: [root], maxBytes: MAX });
    if (!first.ok) throw new Error('expected a read');
    expect(reader.readUnlessUnchanged(file, { roots: [root], maxBytes: MAX, unchangedSince: first.stamp })).toMatchObject({
      unchanged: true,
    });
  });

  describe('a file a walk listed (walked: opened without realpath or stat first)', () => {
    const walked = (file: string) => new GuardedReader().read(file, { roots: [root], maxBytes: MAX, walked: true });

    it('reads it as an unwalked read does', () => {
      const file = path.join(root, 'report.md');
      expect(walked(file)).toEqual(new GuardedReader().read(file, { roots: [root], maxBytes: MAX }));
    });

    it('refuses a link put where the walk saw a file, even one leading inside', () => {
      expect(walked(linkTo(path.join(root, 'report.md'), 'walked-link.md'))).toMatchObject({ ok: false, reason: 'not-a-file' });
      expect(walked(linkTo(path.join(outside, 'secret.md'), 'walked-out.md'))).toMatchObject({ ok: false, reason: 'not-a-file' });
    });

    it('refuses a FIFO without blocking, a file over the cap, a missing file and a path outside', () => {
      const fifo = path.join(root, 'walked-pipe.md');
      execFileSync('mkfifo', [fifo]);
      expect(walked(fifo)).toMatchObject({ ok: false, reason: 'not-a-file' });
      const big = path.join(root, 'walked-big.md');
      fs.closeSync(fs.openSync(big, 'w'));
      fs.truncateSync(big, 200 * 1024 * 1024);
      expect(walked(big)).toMatchObject({ ok: false, reason: 'too-big' });
      expect(walked(path.join(root, 'walked-gone.md'))).toMatchObject({ ok: false, reason: 'missing' });
      expect(walked(path.join(outside, 'secret.md'))).toMatchObject({ ok: false, reason: 'outside' });
    });

    it('answers unchanged for the stamp an unwalked read gave', () => {
      const file = path.join(root, 'report.md');
      const { stamp } = new GuardedReader().read(file, { roots: [root], maxBytes: MAX }) as { stamp: string };
      const reader = new GuardedReader();
      expect(reader.readUnlessUnchanged(file, { roots: [root], maxBytes: MAX, walked: true, unchangedSince: stamp })).toMatchObject({
        unchanged: true,
      });
    });
  });

  function linkTo(target: string, name: string): string {
    const link = path.join(root, name);
    fs.rmSync(link, { force: true });
    fs.symlinkSync(target, link);
    return link;
  }
});

describe('decodeReportBytes', () => {
  it('drops a UTF-8 BOM, and says it was there', () => {
    expect(decodeReportBytes(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(REPORT)]))).toEqual({
      text: REPORT,
      encoding: 'utf-8',
      bom: true,
    });
    expect(decodeReportBytes(Buffer.from(REPORT))).toEqual({ text: REPORT, encoding: 'utf-8', bom: false });
  });

  it('reads UTF-16 LE and BE with their BOM', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(REPORT, 'utf16le')]);
    const be = Buffer.from(le);
    be.swap16();
    expect(decodeReportBytes(le)).toEqual({ text: REPORT, encoding: 'utf-16le', bom: true });
    expect(decodeReportBytes(be)).toEqual({ text: REPORT, encoding: 'utf-16be', bom: true });
  });

  it('reads GB18030 (and so GBK) that is not UTF-8', () => {
    // 第51周 in GBK: 第 B5DA, 周 D6DC.
    const bytes = Buffer.from([0x23, 0x20, 0xb5, 0xda, 0x35, 0x31, 0xd6, 0xdc, 0x0a]);
    expect(decodeReportBytes(bytes)).toEqual({ text: '# 第51周\n', encoding: 'gb18030', bom: false });
  });

  it('refuses bytes that are certainly none of these', () => {
    expect(decodeReportBytes(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x0d]))).toBeUndefined();
    // A lone lead byte at the end: neither UTF-8 nor GB18030.
    expect(decodeReportBytes(Buffer.from([0x61, 0x62, 0xe9]))).toBeUndefined();
  });
});
