// The whole-report snippet and the completion's skeleton are one text: the snippet file is
// written from staticSnippetSkeleton by scripts/sync-snippets.mjs, and this test fails when the
// committed file no longer matches (run the script after changing the skeleton).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtInSkeleton, staticSnippetSkeleton } from '../../../server/src/report/template/skeleton';
import { checkSnippetBody } from './snippetSyntax';

const repoRoot = path.resolve(__dirname, '../../..');
const snippets: Record<string, { body: string[] }> = JSON.parse(
  readFileSync(path.join(repoRoot, 'snippets/weekly-report.code-snippets'), 'utf8'),
);

const wholeReportEntries = [
  ['zh', '周报：整份模板（中文）'],
  ['en', 'Weekly report: whole skeleton (English)'],
] as const;

const week = { year: 2024, week: 27, monday: '2024-07-01', date: '2024-07-05', isToday: false };

describe('the whole-report skeleton, once', () => {
  it.each(wholeReportEntries)('%s: the snippet body is the skeleton (node scripts/sync-snippets.mjs)', (language, name) => {
    expect(snippets[name]?.body.join('\n')).toBe(staticSnippetSkeleton(language));
  });

  it.each(wholeReportEntries)('%s: the snippet and the completion share every line below the header', (language) => {
    const sections = (text: string) => text.slice(text.indexOf('\n## '));
    // The snippet numbers its stops from 2 (the week number is stop 1); renumber to compare.
    const renumbered = sections(staticSnippetSkeleton(language)).replace(/\$\{(\d+):/g, (_m, n: string) => `\${${Number(n) - 1}:`);
    expect(renumbered).toBe(sections(builtInSkeleton(language, week)));
  });

  it.each(wholeReportEntries)('%s: both forms are valid snippet syntax', (language) => {
    expect(checkSnippetBody(staticSnippetSkeleton(language)).errors).toEqual([]);
    expect(checkSnippetBody(builtInSkeleton(language, week)).errors).toEqual([]);
  });

  it('pins the built-in skeleton header for a week that is not today', () => {
    const zh = builtInSkeleton('zh', week).split('\n');
    expect(zh.slice(0, 4)).toEqual(['# 第27周', '', 'Created: 2024年7月5日', '周期：2024-07-01 ~ 2024-07-07']);
    expect(zh).toContain('- ${5:系统可用性}：${6:99.99}%');
    expect(builtInSkeleton('en', { ...week, isToday: true }).split('\n')[2]).toBe('Created: 2024-07-05 ${CURRENT_HOUR}:${CURRENT_MINUTE}');
  });
});
