import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkSnippetBody } from './snippetSyntax';

const repoRoot = path.resolve(__dirname, '../../..');
const manifest = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8'));
const contribution: { language: string; path: string } = manifest.contributes.snippets[0];
const source = readFileSync(path.join(repoRoot, contribution.path), 'utf8');

interface SnippetEntry {
  prefix: string | string[];
  body: string | string[];
  description: string;
}

// Plain JSON.parse on purpose: the file must stay free of JSONC comments and trailing commas.
const snippets: Record<string, SnippetEntry> = JSON.parse(source);
const entries = Object.entries(snippets);
const bodyOf = (s: SnippetEntry) => (Array.isArray(s.body) ? s.body.join('\n') : s.body);
const prefixesOf = (s: SnippetEntry) => (Array.isArray(s.prefix) ? s.prefix : [s.prefix]);
const hasHan = (text: string) => /\p{Script=Han}/u.test(text);

describe('snippets/weekly-report.code-snippets', () => {
  it('is contributed for Markdown', () => {
    expect(contribution.language).toBe('markdown');
    expect(entries.length).toBeGreaterThan(0);
  });

  it.each(entries)('%s: prefix, body and description are well formed', (_name, snippet) => {
    expect(Object.keys(snippet).sort()).toEqual(['body', 'description', 'prefix']);
    expect(prefixesOf(snippet).length).toBeGreaterThan(0);
    for (const prefix of prefixesOf(snippet)) expect(prefix).toMatch(/^\S+$/);
    expect(snippet.description.trim().length).toBeGreaterThan(20);
    expect(bodyOf(snippet).trim()).not.toBe('');
  });

  it.each(entries)('%s: body is valid snippet syntax', (_name, snippet) => {
    expect(checkSnippetBody(bodyOf(snippet)).errors).toEqual([]);
  });

  it.each(entries)('%s: tab stops run 1..n without gaps', (_name, snippet) => {
    const stops = checkSnippetBody(bodyOf(snippet)).tabStops.filter((n) => n > 0);
    expect(stops).toEqual(stops.map((_, i) => i + 1));
  });

  it('has no prefix shared by two snippets (or repeated in one)', () => {
    const owners = new Map<string, string[]>();
    for (const [name, snippet] of entries) {
      for (const prefix of prefixesOf(snippet)) owners.set(prefix, [...(owners.get(prefix) ?? []), name]);
    }
    const shared = [...owners].filter(([, names]) => names.length > 1);
    expect(shared).toEqual([]);
  });
});

describe('every usual section has a Chinese and an English snippet', () => {
  // [section, text the Chinese body contains, text the English body contains]
  it.each([
    ['whole report', '# 第', '# Week'],
    ['key work', '【重点工作】', '## Key work'],
    ['operations metrics', '【系统运行数据】', '## Operations metrics'],
    ['OKR objective', '## 【O${1:1}', '## O${1:1}'],
    ['incidents', '【生产事件】', '## Incidents'],
    ['other', '【其他】', '## Other'],
    ['reflections', '【收获与反思】', '## Reflections'],
    ['next week', '【下周工作及目标】', '## Next week'],
  ])('%s', (_section, zhMarker, enMarker) => {
    const chinese = entries.filter(([, s]) => bodyOf(s).includes(zhMarker) && hasHan(s.description));
    const english = entries.filter(([, s]) => bodyOf(s).includes(enMarker) && !hasHan(bodyOf(s) + s.description));
    expect(chinese.map(([name]) => name)).not.toEqual([]);
    expect(english.map(([name]) => name)).not.toEqual([]);
  });

  it('offers Chinese, pinyin and English prefixes', () => {
    const prefixes = entries.flatMap(([, s]) => prefixesOf(s));
    expect(prefixes.filter(hasHan).length).toBeGreaterThanOrEqual(8);
    expect(prefixes.filter((p) => p.startsWith('zb-')).length).toBeGreaterThanOrEqual(8);
    expect(prefixes.filter((p) => p.startsWith('weekly')).length).toBeGreaterThanOrEqual(8);
  });
});

describe('figures are tab stops', () => {
  it.each([
    ['metric', '：${3:99.9}${4|%,‰|}'],
    ['OKR progress', '，${2:进度}${3:80}%，预计${4:下周}上线'],
    ['incident stamp', '- ${CURRENT_MONTH}/${CURRENT_DATE} ${CURRENT_HOUR}:${CURRENT_MINUTE} ${1:现象}，${2:影响}，持续${3:30}mins'],
  ])('%s: some snippet contains %s', (_what, fragment) => {
    expect(entries.some(([, s]) => bodyOf(s).includes(fragment))).toBe(true);
  });
});
