// An open report's folder is indexed before the rest of the workspace: its first diagnostics need
// its series, not every report of a large workspace.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { GuardedReader } from '../../../server/src/node/guardedReader';
import { WorkspaceIndex } from '../../../server/src/service/workspaceIndex';

const roots: string[] = [];
afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

function workspace(folders: Record<string, number>): string {
  const root = mkdtempSync(path.join(os.tmpdir(), 'index-'));
  roots.push(root);
  for (const [folder, count] of Object.entries(folders)) {
    mkdirSync(path.join(root, folder), { recursive: true });
    for (let week = 1; week <= count; week++) {
      const name = `2023-W${String(week).padStart(2, '0')}.md`;
      writeFileSync(path.join(root, folder, name), `# 第${week}周\n\n- 完成率 ${week}%\n`);
    }
  }
  return root;
}

function indexOver(root: string): WorkspaceIndex {
  return new WorkspaceIndex({
    isReport: (_file, scan) => scan.looksLikeReport,
    numbering: () => 'auto',
    reader: new GuardedReader(),
    folders: () => [root],
    log: () => undefined,
  });
}

describe('WorkspaceIndex.folderIndexed', () => {
  it('indexes the folder waited on first, and settles before the pass ends', async () => {
    const root = workspace({ a: 52, b: 52, z: 3 });
    const index = indexOver(root);
    index.beginPass();
    const waited = index.folderIndexed(path.join(root, 'z')).then(() => index.all().map((r) => path.basename(path.dirname(r.path))));
    const pass = index.indexFolders([root]);
    const seenWhenReady = await waited;
    expect(seenWhenReady.filter((folder) => folder === 'z')).toHaveLength(3);
    expect(seenWhenReady.slice(0, 3)).toEqual(['z', 'z', 'z']);
    expect(seenWhenReady.length).toBeLessThan(52 * 2 + 3);
    await pass;
    expect(index.size).toBe(52 * 2 + 3);
  });

  it('settles at once when no pass runs, and when a pass ends without indexing', async () => {
    const root = workspace({ a: 1 });
    const index = indexOver(root);
    await index.folderIndexed(path.join(root, 'a'));
    index.beginPass();
    const waited = index.folderIndexed(path.join(root, 'a'));
    index.endPass();
    await waited;
    expect(index.size).toBe(0);
  });
});
