import { fileURLToPath, pathToFileURL } from 'node:url';
import * as path from 'node:path';

/**
 * Paths of the URIs asked about lately: every request about a document converts its URI (parsing a
 * URL, decoding, normalising: ~10 µs, as much as the rest of answering an unchanged outline).
 * Bounded: cleared when full, as a workspace scan converts every file's URI once.
 */
const recentPaths = new Map<string, string | undefined>();
const RECENT_PATHS_LIMIT = 256;

/** A file URI's path, or undefined for other schemes (untitled:, vscode-notebook-cell:, …). */
export function uriToPath(uri: string): string | undefined {
  const known = recentPaths.get(uri);
  if (known !== undefined || recentPaths.has(uri)) return known;
  if (recentPaths.size >= RECENT_PATHS_LIMIT) recentPaths.clear();
  const converted = convertUri(uri);
  recentPaths.set(uri, converted);
  return converted;
}

function convertUri(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return path.normalize(fileURLToPath(uri));
  } catch {
    return undefined;
  }
}

export function pathToUri(p: string): string {
  return pathToFileURL(p).href;
}

/** Identity of a document across the client's and our own URI spellings. */
export function uriKey(uri: string): string {
  return uriToPath(uri) ?? uri;
}

/** `path` relative to the first folder containing it, with `/` separators; the base name otherwise. */
export function relativeToFolders(p: string, folders: string[]): string {
  for (const folder of folders) {
    const rel = path.relative(folder, p);
    if (rel && !rel.startsWith('..') && !path.isAbsolute(rel)) return rel.split(path.sep).join('/');
  }
  return path.basename(p);
}
