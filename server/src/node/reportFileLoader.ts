// Reports on disk by uri, for the series lookup of the server and the CLI alike: read through the
// guarded reader, parsed once per file version and week numbering. It remembers why a uri was
// refused, so a `previous:` link that was not followed can be reported on its line.
import type { LoadedReport } from '../report/compare/compareInSeries';
import { loadedReport } from '../report/compare/compareInSeries';
import type { FileRefusal } from '../report/i18n';
import { MAX_INDEXED_FILE_BYTES } from '../report/outlineScan';
import type { WeekNumberingSetting } from '../report/week';
import type { GuardedReader } from './guardedReader';
import { isInsideFolders } from './folders';
import { isMarkdownFile } from './reportFiles';
import { uriKey, uriToPath } from './uris';

const CACHE_LIMIT = 128;
/**
 * How long a parsed file is trusted without asking the disk: every keystroke loads last week's
 * report and the trend weeks, and a realpath + stat for each of them was most of a keystroke's I/O.
 * Changes on disk arrive as watcher events (`forget`); a client without them sees a change after
 * at most this long.
 */
export const RECHECK_AFTER_MS = 3000;

export class ReportFileLoader {
  private readonly parsed = new Map<string, { stamp: string; loaded: LoadedReport; checkedAt: number }>();
  private readonly refusals = new Map<string, FileRefusal>();

  constructor(
    private readonly reader: GuardedReader,
    private readonly recheckAfterMs = RECHECK_AFTER_MS,
    private readonly now: () => number = () => performance.now(),
  ) {}

  /** A watcher event says the file changed or went: the next load asks the disk. */
  forget(filePath: string): void {
    for (const key of this.parsed.keys()) if (key.endsWith(`\u0000${filePath}`)) this.parsed.delete(key);
  }

  /** The report at `uri`, if it is a readable Markdown file inside `roots`; undefined otherwise (see `refusalOf`). */
  load(uri: string, numbering: WeekNumberingSetting, roots: readonly string[] | undefined): LoadedReport | undefined {
    const filePath = uriToPath(uri);
    const refused = (reason: FileRefusal): undefined => {
      this.refusals.set(uriKey(uri), reason);
      if (this.refusals.size > CACHE_LIMIT) this.refusals.delete(this.refusals.keys().next().value as string);
      return undefined;
    };
    if (!filePath) return refused('not-a-local-file');
    // Outside first: for `/etc/passwd` that is the reason that matters, not its missing `.md`.
    if (roots && !isInsideFolders(filePath, roots)) return refused('outside');
    if (!isMarkdownFile(filePath)) return refused('not-markdown');
    const key = `${numbering}\u0000${filePath}`;
    const hit = this.parsed.get(key);
    if (hit && this.now() - hit.checkedAt < this.recheckAfterMs) return hit.loaded;
    const read = this.reader.readUnlessUnchanged(filePath, { roots, maxBytes: MAX_INDEXED_FILE_BYTES, unchangedSince: hit?.stamp });
    if (!read.ok) return refused(read.reason);
    this.refusals.delete(uriKey(uri));
    if ('unchanged' in read && hit) {
      hit.checkedAt = this.now();
      return hit.loaded;
    }
    if ('unchanged' in read) return undefined;
    const loaded = loadedReport(uri, read.text, filePath, numbering);
    this.parsed.delete(key);
    this.parsed.set(key, { stamp: read.stamp, loaded, checkedAt: this.now() });
    if (this.parsed.size > CACHE_LIMIT) this.parsed.delete(this.parsed.keys().next().value as string);
    return loaded;
  }

  /** Why the last `load` of `uri` found nothing; undefined when it loaded or was never asked for. */
  refusalOf(uri: string): FileRefusal | undefined {
    return this.refusals.get(uriKey(uri));
  }
}
