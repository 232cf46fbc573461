import { describe, expect, it } from 'vitest';
import { BlockCache, findBlockStarts, MAX_PIECE_CHARS, parseChunks } from '../../../server/src/report/parse/chunks';
import { flatten, parseReport } from '../../../server/src/report/parseReport';
import { readFixture } from '../../helpers/fixtures';

describe('section-wise parsing', () => {
  it('cuts at headings, never inside fences or comments', () => {
    const lines = ['# A', 'text', '', '```', '', '# in fence', '```', '', '<!--', '', '# x -->', '', '- item', '  ', '  more', '## B'];
    expect(findBlockStarts(lines, 0)).toEqual([0, 15]);
  });

  it("keeps a folder's pieces of the last few reports: a section back to an earlier text is not parsed again", () => {
    const week = (rate: string) => ['# 第1周', '', `- 成功率 ${rate}`, '- 其他'];
    const folder = BlockCache.forFolder();
    const first = parseChunks(week('99%'), 0, folder);
    parseChunks(week('98%'), 0, folder);
    const third = parseChunks(week('99%'), 0, folder);
    expect(third.map((c) => c.tree)).toEqual(first.map((c) => c.tree));
    expect(third[0].tree).toBe(first[0].tree);
    const editor = new BlockCache();
    const once = parseChunks(week('99%'), 0, editor);
    parseChunks(week('98%'), 0, editor);
    expect(parseChunks(week('99%'), 0, editor)[0].tree).not.toBe(once[0].tree);
  });

  it('cuts a long section again at top-level blocks and list items', () => {
    const item = '- 入金有效成功率：99.966%，由于银商侧系统异常导致签名失败'.padEnd(200, '。');
    const lines = ['# 第1周', ...Array.from({ length: 200 }, () => item)];
    const starts = findBlockStarts(lines, 0);
    expect(starts.length).toBeGreaterThan(3);
    expect(starts.slice(1).every((s) => lines[s].startsWith('- '))).toBe(true);
    const sizes = starts.map((s, k) => lines.slice(s, starts[k + 1] ?? lines.length).join('\n').length);
    expect(Math.max(...sizes)).toBeLessThan(MAX_PIECE_CHARS + 2 * 210);
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

  it("re-parses only what changed: an edit in one block reuses every other block's tree", () => {
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
