// An open report's folder is indexed before the rest of the workspace: its first diagnostics need
// its series, not every report of a large workspace.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { GuardedReader } from '../../../server/src/node/guardedReader';
import { findPreviousReport, seriesHistory } from '../../../server/src/report/series/findPreviousReport';
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

describe('the series lookup over a changing index', () => {
  it('answers from the files indexed now after one is added, removed or renamed', async () => {
    const root = workspace({ team: 4 });
    const index = indexOver(root);
    await index.indexFolders([root]);
    const file = (name: string) => path.join(root, 'team', name);
    const lookUp = () => {
      const current = index.get(file('2023-W04.md'))!.entry;
      const entries = index.entries();
      return {
        previous: path.basename(findPreviousReport(current, entries).uri ?? ''),
        history: seriesHistory(current, entries, 8).map((entry) => path.basename(entry.uri)),
      };
    };
    expect(lookUp()).toEqual({ previous: '2023-W03.md', history: ['2023-W01.md', '2023-W02.md', '2023-W03.md'] });

    index.remove(file('2023-W03.md'));
    expect(lookUp()).toEqual({ previous: '2023-W02.md', history: ['2023-W01.md', '2023-W02.md'] });

    // Renamed: W02's text under a new name, at the week its name now gives.
    index.remove(file('2023-W02.md'));
    index.updateText(file('2023-W03-renamed.md'), '# 第3周\n\n- 完成率 3%\n');
    expect(lookUp()).toEqual({ previous: '2023-W03-renamed.md', history: ['2023-W01.md', '2023-W03-renamed.md'] });

    // The current report itself re-indexed with a link to an older one.
    index.updateText(file('2023-W04.md'), '---\nprevious: ./2023-W01.md\n---\n# 第4周\n\n- 完成率 4%\n');
    expect(lookUp()).toEqual({ previous: '2023-W01.md', history: ['2023-W01.md'] });
  });
});
