// Replacing a file the user asked to fix (`check --fix`), all or nothing and never over someone
// else's change: the new bytes go to a temporary file beside the target, flushed, given the target's
// permission bits, and renamed over it only if the target still has the stamp (inode, size,
// modification time) it had when its text was read. A symlink is followed: the file it points to
// is replaced, the link stays. Unlike `writeNewFile`, replacing the target is the point here.
import { chmodSync, closeSync, fsyncSync, openSync, realpathSync, renameSync, statSync, unlinkSync, writeSync, type Stats } from 'node:fs';
import * as path from 'node:path';
import type { TextEncodingName } from './decodeText';
import type { WriteSystem } from './writeNewFile';

export type ReplaceOutcome = 'replaced' | 'changed';

/** The file system calls used (`writeNewFile`'s, with rename instead of link), replaceable in tests that need a change at the worst moment. */
export interface ReplaceSystem extends Omit<WriteSystem, 'linkSync'> {
  chmodSync: typeof chmodSync;
  statSync: (file: string) => Stats;
  renameSync: typeof renameSync;
}

const nodeSystem: ReplaceSystem = { openSync, writeSync, fsyncSync, closeSync, chmodSync, statSync, renameSync, unlinkSync };

/** The stamp the guarded reader gives a read (`ReadResult.stamp`), for a file's current state. */
export function fileStamp(stat: Stats): string {
  return `${stat.ino}:${stat.size}:${stat.mtimeMs}`;
}

/**
 * Replaces `file` with `bytes` when it still has `stamp` ('changed': left exactly as it was).
 * Throws the system error (EACCES, ENOSPC, …) after removing the temporary file.
 */
export function replaceFileIfUnchanged(file: string, stamp: string, bytes: Uint8Array, system: ReplaceSystem = nodeSystem): ReplaceOutcome {
  const target = realpathSync.native(file);
  const before = system.statSync(target);
  if (fileStamp(before) !== stamp) return 'changed';
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

/**
 * `text` as bytes in the encoding it was read from, with its byte order mark when it had one;
 * undefined for GB18030, which Node cannot encode without a converter this tool does not ship.
 */
export function encodeText(text: string, encoding: TextEncodingName, bom: boolean): Uint8Array | undefined {
  switch (encoding) {
    case 'utf-8':
      return Buffer.concat([bom ? Buffer.from([0xef, 0xbb, 0xbf]) : Buffer.alloc(0), Buffer.from(text, 'utf8')]);
    case 'utf-16le':
      return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    case 'utf-16be':
      return Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]);
    default:
      return undefined;
  }
}

function removeQuietly(file: string, system: ReplaceSystem): void {
  try {
    system.unlinkSync(file);
  } catch {
    // Renamed into place, or never created: nothing of ours is left.
  }
}
