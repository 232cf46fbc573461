import { fileURLToPath, pathToFileURL } from 'node:url';
import * as path from 'node:path';

/** A file URI's path, or undefined for other schemes (untitled:, vscode-notebook-cell:, …). */
export function uriToPath(uri: string): string | undefined {
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
