// The one way the server and the CLI read a file from disk (open editor documents aside). A name
// in a report (`previous:`), a setting (`weeklyReport.template`) or a watcher event can point
// anywhere: at /dev/zero, a FIFO, a 200 MB file, a symlink out of the workspace. So: regular files
// only, checked before and after opening without ever blocking; symlinks resolved and required to
// stay inside the allowed folders; the size checked before reading; a refused file is not looked
// at again until it changes.
import { closeSync, constants, fstatSync, openSync, readSync, realpathSync, statSync, type Stats } from 'node:fs';
import * as path from 'node:path';
import { decodeReportBytes, type TextEncodingName } from './decodeText';
import { isInsideFolders } from './folders';
import type { FileRefusal } from '../report/i18n';

/** Why the reader refused a file; `outside` covers network (UNC) paths too. */
export type ReadRefusal = Exclude<FileRefusal, 'not-markdown' | 'not-a-local-file'>;

export type ReadResult =
  | { ok: true; path: string; text: string; encoding: TextEncodingName; bom: boolean; stamp: string }
  | { ok: false; path: string; reason: ReadRefusal; detail?: string };

/** The file still has the `unchangedSince` stamp: the caller's copy is current, nothing was read. */
export interface Unchanged {
  ok: true;
  unchanged: true;
  path: string;
  stamp: string;
}

export interface ReadOptions {
  /** Folders the file must lie in, symlinks resolved; undefined: anywhere (a file the user named). */
  roots?: readonly string[];
  maxBytes: number;
  /**
   * The file was just listed as a regular file (not a link) by a walk of `roots`
   * (`walkMarkdownFiles`): its real path is inside them, so it is opened with no realpath and no
   * stat before, refusing a link put in its place (`O_NOFOLLOW`); the opened file's own stat is
   * checked as always. Ignored without `roots`, and where the system has no such flags (Windows).
   */
  walked?: boolean;
}

export interface CachedReadOptions extends ReadOptions {
  /** The stamp of the caller's copy (from an earlier read): an unchanged file is not read again. */
  unchangedSince?: string;
}

const FAILURE_CACHE_LIMIT = 1024;
// Windows has no O_NONBLOCK: there FIFOs and devices are refused by the type check before opening.
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);
/** A walked file's open: never blocking, never through a link (see `ReadOptions.walked`); undefined where unavailable. */
const WALKED_OPEN_FLAGS =
  constants.O_NONBLOCK !== undefined && constants.O_NOFOLLOW !== undefined ? OPEN_FLAGS | constants.O_NOFOLLOW : undefined;

export class GuardedReader {
  /** Refusals that cost a read (binary, unreadable), by real path, valid while the file is unchanged. */
  private readonly failures = new Map<string, { key: string; result: ReadResult }>();
  /** Each root's real path, when roots are taken as fixed for the reader's life (see the constructor). */
  private readonly realRootOf?: Map<string, string>;

  /**
   * `fixedRoots`: a reader for one short run (the CLI) resolves each root's real path once; a file
   * indexed under a folder then costs one realpath, not two. A long-lived reader (the server, whose
   * workspace folders may be links that move) resolves them on every read.
   */
  constructor({ fixedRoots = false }: { fixedRoots?: boolean } = {}) {
    if (fixedRoots) this.realRootOf = new Map();
  }

  read(file: string, options: ReadOptions): ReadResult {
    const result = this.readUnlessUnchanged(file, options);
    if ('unchanged' in result) throw new Error('unreachable: no stamp was given');
    return result;
  }

  /** Like `read`, but answers `Unchanged` when the file's stamp (inode, size, modification time) is `unchangedSince`. */
  readUnlessUnchanged(file: string, options: CachedReadOptions): ReadResult | Unchanged {
    const requested = path.resolve(file);
    const refuse = (reason: ReadRefusal, detail?: string): ReadResult => ({ ok: false, path: requested, reason, detail });
    // Lexically first: a path outside, a UNC share (`\\host\share`: on Windows, opening one sends the
    // user's credentials to that host) included, is refused before the file system is asked about it.
    if (options.roots && !isInsideFolders(requested, options.roots)) return refuse('outside');
    if (options.walked && options.roots && WALKED_OPEN_FLAGS !== undefined) return this.readWalked(requested, options, refuse);
    let real: string;
    let stat: Stats;
    try {
      // Without roots (a file the user named) the link's target needs no name: stat and open follow
      // it, and the open file is checked to be the one stat saw. One realpath less per named file.
      real = options.roots ? realpathSync.native(requested) : requested;
      if (options.roots && !isInsideFolders(real, this.realRoots(options.roots))) return refuse('outside');
      stat = statSync(real);
    } catch (e) {
      return (e as NodeJS.ErrnoException).code === 'ENOENT' ? refuse('missing') : refuse('unreadable', errorText(e));
    }
    if (!stat.isFile()) return refuse('not-a-file');
    if (stat.size > options.maxBytes) return refuse('too-big');
    const key = stampOf(stat);
    if (options.unchangedSince === key) return { ok: true, unchanged: true, path: requested, stamp: key };
    const cached = this.failures.get(real);
    if (cached && cached.key === key) return { ...cached.result, path: requested };
    const result = readRegularFile(real, stat, key, options.maxBytes, refuse);
    if (result.ok) this.failures.delete(real);
    else this.remember(real, key, result);
    return result.ok ? { ...result, path: requested } : result;
  }

  /** `readUnlessUnchanged` of a walked file (`ReadOptions.walked`): opened first, then checked by its own stat. */
  private readWalked(
    requested: string,
    options: CachedReadOptions,
    refuse: (reason: ReadRefusal, detail?: string) => ReadResult,
  ): ReadResult | Unchanged {
    let fd: number;
    try {
      fd = openSync(requested, WALKED_OPEN_FLAGS!);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      // ELOOP: a link now stands where the walk saw a file.
      return code === 'ENOENT' ? refuse('missing') : code === 'ELOOP' ? refuse('not-a-file') : refuse('unreadable', errorText(e));
    }
    try {
      const stat = fstatSync(fd);
      if (!stat.isFile()) return refuse('not-a-file');
      if (stat.size > options.maxBytes) return refuse('too-big');
      const key = stampOf(stat);
      if (options.unchangedSince === key) return { ok: true, unchanged: true, path: requested, stamp: key };
      const cached = this.failures.get(requested);
      if (cached && cached.key === key) return cached.result;
      const result = readOpenFile(fd, stat, requested, key, options.maxBytes, refuse);
      if (result.ok) this.failures.delete(requested);
      else this.remember(requested, key, result);
      return result;
    } catch (e) {
      return refuse('unreadable', errorText(e));
    } finally {
      closeSync(fd);
    }
  }

  private realRoots(roots: readonly string[]): string[] {
    const known = this.realRootOf;
    if (!known) return roots.map(realRoot);
    return roots.map((root) => known.get(root) ?? known.set(root, realRoot(root)).get(root)!);
  }

  private remember(real: string, key: string, result: ReadResult): void {
    this.failures.set(real, { key, result });
    if (this.failures.size > FAILURE_CACHE_LIMIT) this.failures.delete(this.failures.keys().next().value as string);
  }
}

function readRegularFile(
  real: string,
  stat: Stats,
  stamp: string,
  maxBytes: number,
  refuse: (reason: ReadRefusal, detail?: string) => ReadResult,
): ReadResult {
  let fd: number;
  try {
    fd = openSync(real, OPEN_FLAGS);
  } catch (e) {
    return refuse('unreadable', errorText(e));
  }
  try {
    // The file may have been swapped for a FIFO or device between stat and open.
    const opened = fstatSync(fd);
    if (!opened.isFile() || opened.ino !== stat.ino) return refuse('not-a-file');
    return readOpenFile(fd, opened, real, stamp, maxBytes, refuse);
  } catch (e) {
    return refuse('unreadable', errorText(e));
  } finally {
    closeSync(fd);
  }
}

/** The bytes of an open regular file (`opened`: its stat), decoded; at most `maxBytes`. Throws on a failed read. */
function readOpenFile(
  fd: number,
  opened: Stats,
  real: string,
  stamp: string,
  maxBytes: number,
  refuse: (reason: ReadRefusal, detail?: string) => ReadResult,
): ReadResult {
  const bytes = readBuffer(Math.min(opened.size, maxBytes) + 1);
  let length = 0;
  while (length < bytes.length) {
    const n = readSync(fd, bytes, length, bytes.length - length, null);
    if (n === 0) break;
    length += n;
  }
  if (length > maxBytes) return refuse('too-big');
  const decoded = decodeReportBytes(bytes.subarray(0, length));
  return decoded ? { ok: true, path: real, text: decoded.text, encoding: decoded.encoding, bom: decoded.bom, stamp } : refuse('binary');
}

/** What tells a file's versions apart: inode, size and modification time. */
function stampOf(stat: Stats): string {
  return `${stat.ino}:${stat.size}:${stat.mtimeMs}`;
}

/**
 * Files up to this size are read into one buffer reused by every read: a check of 10,000 reports
 * allocated (and zeroed) 20,000 buffers that only lived until their text was decoded. Larger files
 * get a buffer of their own, so a rare big file does not stay in memory for the rest of the run.
 */
const SHARED_BUFFER_BYTES = 256 * 1024;
let sharedBuffer: Buffer | undefined;

/** A buffer of `size` bytes to read into: only until the bytes are decoded (the text is a copy). */
function readBuffer(size: number): Buffer {
  if (size > SHARED_BUFFER_BYTES) return Buffer.allocUnsafe(size);
  sharedBuffer ??= Buffer.allocUnsafe(SHARED_BUFFER_BYTES);
  return sharedBuffer.subarray(0, size);
}

function realRoot(root: string): string {
  try {
    return realpathSync.native(root);
  } catch {
    return path.resolve(root);
  }
}

function errorText(e: unknown): string {
  const error = e as NodeJS.ErrnoException;
  return error.code ?? error.message;
}
