// What `check` does before the first file is checked, once for all its threads: each named file's
// series folder walked and indexed, then every named file found readable. Indexing is cut into
// pieces of consecutive files that the threads may share (`PieceIndexer`); the index is put
// together in the walk's order whoever read which piece, so it is the one a single thread builds.
import * as path from 'node:path';
import type { Settings } from '../protocol';
import type { ReportEntry } from '../report/series/reportEntry';
import { pathToUri } from '../node/uris';
import { walkMarkdownFiles } from '../node/walkMarkdownFiles';
import { readReportFile } from './readReportFile';
import { indexFiles } from './reportFolder';
import { seriesFolderOf, type FolderIndexes } from './series';

/** Files indexed as one piece: small enough that threads sharing the pieces end together. */
const PIECE_FILES = 256;

/** A run of consecutive files of one folder's walk: the unit threads share the indexing in. */
export interface IndexPiece {
  folder: string;
  files: readonly string[];
}

/** A piece's entries, and the files it read whole (readable: see `planCheck`). */
export interface IndexedPiece {
  entries: ReportEntry[];
  readable: string[];
}

type PlanSettings = Pick<Settings, 'files' | 'weekNumbering'>;

/** Indexes every piece, answering in the pieces' order: on this thread, or shared with workers. */
export type PieceIndexer = (pieces: readonly IndexPiece[]) => Promise<IndexedPiece[]>;

export async function indexPiece({ folder, files }: IndexPiece, settings: PlanSettings): Promise<IndexedPiece> {
  const readable: string[] = [];
  const entries = await indexFiles(folder, files, settings, (file) => readable.push(file));
  return { entries, readable };
}

/** Every piece indexed on this thread, one after another. */
export function indexHere(settings: PlanSettings): PieceIndexer {
  return async (pieces) => {
    const indexed: IndexedPiece[] = [];
    for (const piece of pieces) indexed.push(await indexPiece(piece, settings));
    return indexed;
  };
}

/**
 * Each named file's series folder indexed, then `ensureReadable`'s answer: a usage error for the
 * first named file that cannot be read. A named file the index read whole is readable (inside its
 * folder, a regular file, under the index's size limit, text), so only the others are read here:
 * each file is read once to index it and once to check it, not three times.
 */
export async function planCheck(
  files: readonly string[],
  { settings, root }: { settings: PlanSettings; root: string | undefined },
  indexPieces: PieceIndexer = indexHere(settings),
): Promise<FolderIndexes> {
  const resolved = files.map((file) => path.resolve(file));
  const folders = seriesFolders(resolved, root);
  const pieces: IndexPiece[] = [];
  for (const folder of folders) {
    const walked = await walkMarkdownFiles(folder, { recursive: root !== undefined });
    for (let start = 0; start < walked.length; start += PIECE_FILES)
      pieces.push({ folder, files: walked.slice(start, start + PIECE_FILES) });
  }
  const indexed = await indexPieces(pieces);
  const entries = new Map<string, ReportEntry[]>(folders.map((folder) => [folder, []]));
  const read = new Set<string>();
  pieces.forEach((piece, i) => {
    entries.get(piece.folder)!.push(...indexed[i].entries);
    for (const file of indexed[i].readable) read.add(file);
  });
  files.forEach((file, i) => {
    if (!read.has(resolved[i])) readReportFile(file);
  });
  return entries;
}

/** The named files' series folders, each once, in the order first named. */
function seriesFolders(resolved: readonly string[], root: string | undefined): string[] {
  // The series folder depends on the file's folder only: converted to a uri and back once per folder.
  const byParent = new Map<string, string>();
  for (const file of resolved) {
    const parent = path.dirname(file);
    if (!byParent.has(parent)) byParent.set(parent, seriesFolderOf(pathToUri(file), root));
  }
  return [...new Set(byParent.values())];
}
