// Replacing a file the user asked to fix (`check --fix`), all or nothing and never over someone
// else's change: the target must still hold the bytes its text was read from (its text encoded as
// it was read) and keep the stamp (inode, size, modification time) it had then; the new bytes go to
// a temporary file beside it, flushed, given its permission bits, and renamed over it after the stamp
// is checked once more. A symlink is followed: the file it points to is replaced, the link stays.
// Unlike `writeNewFile`, replacing the target is the point here.
import {
  chmodSync,
  closeSync,
  fsyncSync,
  openSync,
  readFileSync,
  realpathSync,
  renameSync,
  statSync,
  unlinkSync,
  writeSync,
  type Stats,
} from 'node:fs';
import * as path from 'node:path';
import type { TextEncodingName } from './decodeText';
import type { WriteSystem } from './writeNewFile';
import { encodeGb18030 } from './encodeGb18030';

/** 'changed': the file changed since it was read; 'not-as-read': its bytes are not its text encoded back (the encoding is written some other, equivalent way), so rewriting it would change bytes nobody fixed. */
export type ReplaceOutcome = 'replaced' | 'changed' | 'not-as-read';

/** The file system calls used (`writeNewFile`'s, with rename instead of link), replaceable in tests that need a change at the worst moment. */
export interface ReplaceSystem extends Omit<WriteSystem, 'linkSync'> {
  chmodSync: typeof chmodSync;
  statSync: (file: string) => Stats;
  readFileSync: (file: string) => Uint8Array;
  renameSync: typeof renameSync;
}

const nodeSystem: ReplaceSystem = { openSync, writeSync, fsyncSync, closeSync, chmodSync, statSync, readFileSync, renameSync, unlinkSync };

/** The stamp the guarded reader gives a read (`ReadResult.stamp`), for a file's current state. */
export function fileStamp(stat: Stats): string {
  return `${stat.ino}:${stat.size}:${stat.mtimeMs}`;
}

/**
 * Replaces `file` with `bytes` when it still has `stamp` and holds `asRead` (otherwise it is left
 * exactly as it was). Throws the system error (EACCES, ENOSPC, …) after removing the temporary file.
 */
export function replaceFileIfUnchanged(
  file: string,
  stamp: string,
  asRead: Uint8Array,
  bytes: Uint8Array,
  system: ReplaceSystem = nodeSystem,
): ReplaceOutcome {
  const target = realpathSync.native(file);
  const before = system.statSync(target);
  if (fileStamp(before) !== stamp) return 'changed';
  if (!Buffer.from(system.readFileSync(target)).equals(asRead))
    return fileStamp(system.statSync(target)) === stamp ? 'not-as-read' : 'changed';
  const temporary = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${Date.now().toString(36)}.fix.tmp`);
  try {
    const fd = system.openSync(temporary, 'wx', 0o600);
    try {
      for (let written = 0; written < bytes.length;) written += system.writeSync(fd, bytes, written, bytes.length - written);
      system.fsyncSync(fd);
    } finally {
      system.closeSync(fd);
    }
    // The same permission bits as the file it replaces (the umask does not apply to chmod).
    system.chmodSync(temporary, before.mode & 0o7777);
    // Checked again as late as possible: an editor saving during the run wins.
    if (fileStamp(system.statSync(target)) !== stamp) return 'changed';
    system.renameSync(temporary, target);
    return 'replaced';
  } finally {
    removeQuietly(temporary, system);
  }
}

/** `text` as bytes in the encoding it was read from, with its byte order mark when it had one; undefined when it cannot be. */
export function encodeText(text: string, encoding: TextEncodingName, bom: boolean): Uint8Array | undefined {
  switch (encoding) {
    case 'utf-8':
      return Buffer.concat([bom ? Buffer.from([0xef, 0xbb, 0xbf]) : Buffer.alloc(0), Buffer.from(text, 'utf8')]);
    case 'utf-16le':
      return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    case 'utf-16be':
      return Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]);
    case 'gb18030': {
      const encoded = encodeGb18030(text);
      return encoded && Buffer.concat([bom ? Buffer.from([0xef, 0xbb, 0xbf]) : Buffer.alloc(0), encoded]);
    }
  }
}

function removeQuietly(file: string, system: ReplaceSystem): void {
  try {
    system.unlinkSync(file);
  } catch {
    // Renamed into place, or never created: nothing of ours is left.
  }
}
