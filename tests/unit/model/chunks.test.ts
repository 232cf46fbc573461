import { describe, expect, it } from 'vitest';
import { BlockCache, findBlockStarts, parseChunks } from '../../../server/src/report/parse/chunks';
import { flatten, parseReport } from '../../../server/src/report/parseReport';
import { readFixture } from '../../helpers/fixtures';

describe('section-wise parsing', () => {
  it('cuts at headings and top-level blocks, never inside fences or comments', () => {
    const lines = ['# A', 'text', '', '```', '', '# in fence', '```', '', '<!--', '', 'x -->', '', '- item', '  ', '  more', '## B'];
    expect(findBlockStarts(lines, 0)).toEqual([0, 3, 8, 12, 15]);
  });

  it('gives the same sections as parsing each fixture whole', async () => {
    const { unified } = await import('unified');
    const remarkParse = (await import('remark-parse')).default;
    for (const name of ['reports/team-a/2024-W10.md', 'reports/notion-export.md', 'reports/deep-nested.md']) {
      const text = readFixture(name);
      const tree = unified().use(remarkParse).parse(text);
      const headings = tree.children.filter((n) => n.type === 'heading').map((n) => n.position!.start.line - 1);
      const ours = flatten(parseReport(text).sections)
        .filter((s) => s.kind === 'heading')
        .map((s) => s.range.start.line);
      expect(ours).toEqual(headings);
    }
  });

  it('re-parses only what changed: an edit in one block reuses every other block\'s tree', () => {
    const text = readFixture('reports/team-a/2024-W10.md');
    const cache = new BlockCache();
    const before = parseChunks(text.split('\n'), 0, cache);
    const after = parseChunks(text.replace('代扣成功率：98.640%', '代扣成功率：98.641%').split('\n'), 0, cache);
    expect(after.length).toBe(before.length);
    const reused = after.filter((chunk, i) => chunk.tree === before[i].tree).length;
    expect(reused).toBe(before.length - 1);
    const edited = parseReport(text.replace('代扣成功率：98.640%', '代扣成功率：98.641%'), { blocks: cache });
    expect(flatten(edited.sections).map((s) => s.name)).toEqual(flatten(parseReport(text).sections).map((s) => s.name));
  });
});
