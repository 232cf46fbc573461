// Creating a file all or nothing: a failure at any step leaves no file, an existing target is
// never replaced. ENOSPC is injected through the write function here; tests/cli/guard.test.ts
// fills a real tmpfs where the machine allows mounting one.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { writeNewFile, type WriteSystem } from '../../../server/src/node/writeNewFile';

let folder: string;

beforeAll(() => {
  folder = fs.mkdtempSync(path.join(os.tmpdir(), 'weekly-report-write-'));
});

afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));

const realSystem: WriteSystem = {
  openSync: fs.openSync,
  fsyncSync: fs.fsyncSync,
  closeSync: fs.closeSync,
  linkSync: fs.linkSync,
  unlinkSync: fs.unlinkSync,
  writeSync: (fd, buffer, offset, length) => fs.writeSync(fd, buffer, offset, length),
};

const failure = (code: string) => Object.assign(new Error(`${code}: injected`), { code });

/** The real calls, except writes that stop after `budget` bytes with ENOSPC, as a full disk does. */
function fullDisk(budget: number): WriteSystem {
  let left = budget;
  return {
    ...realSystem,
    writeSync(fd, buffer, offset, length) {
      if (left === 0) throw failure('ENOSPC');
      const n = Math.min(left, length);
      left -= n;
      return fs.writeSync(fd, buffer, offset, n);
    },
  };
}

describe('writeNewFile', () => {
  it('creates the file with the whole text and leaves nothing else', () => {
    const target = path.join(folder, '2024-W11.md');
    expect(writeNewFile(target, '# 第11周\n')).toBe('created');
    expect(fs.readFileSync(target, 'utf8')).toBe('# 第11周\n');
    expect(fs.readdirSync(folder)).toEqual(['2024-W11.md']);
  });

  it('never replaces an existing file', () => {
    const target = path.join(folder, 'kept.md');
    fs.writeFileSync(target, 'mine');
    expect(writeNewFile(target, 'theirs')).toBe('exists');
    expect(fs.readFileSync(target, 'utf8')).toBe('mine');
    expect(fs.readdirSync(folder).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('on a full disk throws ENOSPC and leaves no file, not even a partial one', () => {
    const target = path.join(folder, 'full.md');
    const text = '周报'.repeat(3000);
    expect(() => writeNewFile(target, text, fullDisk(4096))).toThrow(/ENOSPC/);
    expect(fs.existsSync(target)).toBe(false);
    expect(fs.readdirSync(folder).filter((f) => f.includes('full.md'))).toEqual([]);
  });

  it('on a file system without hard links creates the target itself, all or nothing', () => {
    const noLinks: WriteSystem = {
      ...realSystem,
      linkSync: () => {
        throw failure('EPERM');
      },
    };
    const target = path.join(folder, 'fat.md');
    expect(writeNewFile(target, '# 第11周\n', noLinks)).toBe('created');
    expect(fs.readFileSync(target, 'utf8')).toBe('# 第11周\n');
    expect(writeNewFile(target, 'other', noLinks)).toBe('exists');
    expect(fs.readFileSync(target, 'utf8')).toBe('# 第11周\n');
    const full = path.join(folder, 'fat-full.md');
    const text = '周报'.repeat(3000);
    // Room for the temporary file and 4 KB more: the disk fills while the target itself is written.
    expect(() => writeNewFile(full, text, { ...fullDisk(Buffer.byteLength(text) + 4096), linkSync: noLinks.linkSync })).toThrow(/ENOSPC/);
    expect(fs.readdirSync(folder).filter((f) => f.includes('fat-full'))).toEqual([]);
  });
});
