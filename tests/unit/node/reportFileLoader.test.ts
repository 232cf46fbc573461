// Last week's file is parsed once and then trusted for a few seconds: a keystroke must not stat it.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { GuardedReader } from '../../../server/src/node/guardedReader';
import { ReportFileLoader } from '../../../server/src/node/reportFileLoader';
import { pathToUri } from '../../../server/src/node/uris';

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

function setUp() {
  const folder = mkdtempSync(path.join(os.tmpdir(), 'loader-'));
  folders.push(folder);
  const file = path.join(folder, '2023-W50.md');
  writeFileSync(file, '# 第50周\n\n- 完成率 80%\n');
  let clock = 0;
  const reader = new GuardedReader();
  let reads = 0;
  const counting = Object.assign(Object.create(reader) as GuardedReader, {
    readUnlessUnchanged: (...args: Parameters<GuardedReader['readUnlessUnchanged']>) => {
      reads++;
      return reader.readUnlessUnchanged(...args);
    },
  });
  const loader = new ReportFileLoader(counting, 3000, () => clock);
  return {
    folder,
    file,
    loader,
    uri: pathToUri(file),
    reads: () => reads,
    advance: (ms: number) => (clock += ms),
  };
}

describe('ReportFileLoader', () => {
  it('answers from its parse without touching the disk until the recheck interval passes', () => {
    const t = setUp();
    const first = t.loader.load(t.uri, 'auto', [t.folder]);
    expect(first?.report.title).toBe('第50周');
    t.advance(1000);
    expect(t.loader.load(t.uri, 'auto', [t.folder])).toBe(first);
    expect(t.reads()).toBe(1);
    writeFileSync(t.file, '# 第49周\n');
    t.advance(2500);
    expect(t.loader.load(t.uri, 'auto', [t.folder])?.report.title).toBe('第49周');
    expect(t.reads()).toBe(2);
  });

  it('reads again at once after a watcher event', () => {
    const t = setUp();
    t.loader.load(t.uri, 'auto', [t.folder]);
    writeFileSync(t.file, '# 第48周\n');
    t.loader.forget(t.file);
    expect(t.loader.load(t.uri, 'auto', [t.folder])?.report.title).toBe('第48周');
  });
});
