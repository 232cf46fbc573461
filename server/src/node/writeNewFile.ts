// Creating a file all or nothing: on a full disk a plain write left 4,096 of 7,573 bytes, cut
// inside a UTF-8 character, and the next run then refused to touch the "existing" file. So the
// text goes to a temporary file beside the target, is flushed to disk, and is linked into place
// only when complete; link never replaces an existing file, and any failure removes the temporary.
// Where the file system has no hard links, the target is created exclusively and removed on failure.
import { closeSync, fsyncSync, linkSync, openSync, unlinkSync, writeSync } from 'node:fs';
import * as path from 'node:path';

export type WriteOutcome = 'created' | 'exists';

/** The file system calls used, replaceable in tests that need a failure the machine cannot produce. */
export interface WriteSystem {
  openSync: typeof openSync;
  writeSync: (fd: number, buffer: Uint8Array, offset: number, length: number) => number;
  fsyncSync: typeof fsyncSync;
  closeSync: typeof closeSync;
  linkSync: typeof linkSync;
  unlinkSync: typeof unlinkSync;
}

const nodeSystem: WriteSystem = { openSync, writeSync, fsyncSync, closeSync, linkSync, unlinkSync };

/**
 * Writes `text` to `target` unless it exists ('exists': left exactly as it was). Throws the system
 * error (EACCES, ENOSPC, …) after removing anything it wrote.
 */
export function writeNewFile(target: string, text: string, system: WriteSystem = nodeSystem): WriteOutcome {
  const temporary = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${Date.now().toString(36)}.tmp`);
  const bytes = Buffer.from(text, 'utf8');
  try {
    writeComplete(temporary, bytes, system);
    try {
      system.linkSync(temporary, target);
    } catch (e) {
      if (!NO_HARD_LINKS.has((e as NodeJS.ErrnoException).code ?? '')) throw e;
      // FAT, exFAT and some network shares have no hard links: create the target itself, exclusively.
      writeComplete(target, bytes, system);
    }
    return 'created';
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') return 'exists';
    throw e;
  } finally {
    removeQuietly(temporary, system);
  }
}

/** Errors of a file system that cannot make hard links. */
const NO_HARD_LINKS = new Set(['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS', 'EXDEV']);

/** Creates `file` (never an existing one) with all of `bytes` flushed to disk, or leaves no `file`. */
function writeComplete(file: string, bytes: Buffer, system: WriteSystem): void {
  const fd = system.openSync(file, 'wx', 0o644);
  try {
    try {
      for (let written = 0; written < bytes.length;) written += system.writeSync(fd, bytes, written, bytes.length - written);
      system.fsyncSync(fd);
    } finally {
      system.closeSync(fd);
    }
  } catch (e) {
    removeQuietly(file, system);
    throw e;
  }
}

function removeQuietly(file: string, system: WriteSystem): void {
  try {
    system.unlinkSync(file);
  } catch {
    // Already gone: nothing of ours is left.
  }
}
