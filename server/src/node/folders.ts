import * as path from 'node:path';

/** Whether `p` is one of `folders` or lies under one (both absolute; compared as written, no symlinks resolved). */
export function isInsideFolders(p: string, folders: readonly string[]): boolean {
  return folders.some((folder) => {
    const rel = path.relative(folder, p);
    return rel === '' || (rel !== '..' && !rel.startsWith(`..${path.sep}`) && !path.isAbsolute(rel));
  });
}
