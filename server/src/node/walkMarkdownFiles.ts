// The one folder walk for reports, used by the server's index at start-up and by the CLI.
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { isMarkdownFile, isWalkedFolder, MAX_WALKED_ENTRIES } from './reportFiles';

export interface WalkOptions {
  /** Into sub-folders (those `isWalkedFolder` accepts), or `root` alone. */
  recursive: boolean;
  /** Told about folders that cannot be read and about a walk cut short. */
  log?(message: string): void;
  maxEntries?: number;
}

/**
 * The Markdown files under `root`, sorted. Symlinks are not followed (neither to files nor to
 * folders): a link can lead out of the workspace, and a link cycle would never end.
 */
export async function walkMarkdownFiles(root: string, options: WalkOptions): Promise<string[]> {
  const maxEntries = options.maxEntries ?? MAX_WALKED_ENTRIES;
  const files: string[] = [];
  const queue = [root];
  let visited = 0;
  for (let next = 0; next < queue.length; next++) {
    const folder = queue[next];
    let entries;
    try {
      entries = await fs.readdir(folder, { withFileTypes: true });
    } catch (e) {
      options.log?.(`Cannot read folder ${folder}: ${(e as Error).message}`);
      continue;
    }
    for (const entry of entries) {
      if (++visited > maxEntries) {
        options.log?.(`Stopped walking ${root} after ${maxEntries} entries.`);
        return files.sort();
      }
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) {
        if (options.recursive && isWalkedFolder(entry.name)) queue.push(full);
      } else if (entry.isFile() && isMarkdownFile(entry.name)) {
        files.push(full);
      }
    }
  }
  return files.sort();
}
