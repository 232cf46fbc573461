import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const repoRoot = path.resolve(__dirname, '../../..');
const readJson = (file: string) => JSON.parse(readFileSync(path.join(repoRoot, file), 'utf8'));
const hasHan = (text: string) => /\p{Script=Han}/u.test(text);

/** Every `%key%` string anywhere in the manifest. */
function manifestKeys(value: unknown, found = new Set<string>()): Set<string> {
  if (typeof value === 'string') {
    const m = /^%([^%\s]+)%$/.exec(value);
    if (m) found.add(m[1]);
  } else if (value && typeof value === 'object') {
    for (const child of Object.values(value)) manifestKeys(child, found);
  }
  return found;
}

const codeSpans = (markdown: string) => [...markdown.matchAll(/`[^`]+`/g)].map((m) => m[0]).sort();
const placeholders = (message: string) => [...message.matchAll(/\{\d+\}/g)].map((m) => m[0]).sort();

const usedKeys = [...manifestKeys(readJson('package.json'))].sort();
const english: Record<string, string> = readJson('package.nls.json');
const chinese: Record<string, string> = readJson('package.nls.zh-cn.json');

describe('package.nls.json and package.nls.zh-cn.json', () => {
  it('finds the %key% strings package.json uses', () => {
    expect(usedKeys).toContain('displayName');
    expect(usedKeys.length).toBeGreaterThan(10);
  });

  it.each([
    ['package.nls.json', english],
    ['package.nls.zh-cn.json', chinese],
  ])('%s defines exactly the keys package.json uses', (_file, messages) => {
    expect(Object.keys(messages).sort()).toEqual(usedKeys);
  });

  it.each(usedKeys)('%s: both texts are non-empty and the Chinese one is translated', (key) => {
    expect(english[key].trim()).not.toBe('');
    expect(chinese[key].trim()).not.toBe('');
    expect(hasHan(chinese[key])).toBe(true);
  });

  it.each(usedKeys.filter((key) => key.startsWith('config.')))(
    '%s: the translation keeps every example and setting name verbatim',
    (key) => {
      expect(codeSpans(chinese[key])).toEqual(codeSpans(english[key]));
      expect(chinese[key].match(/#weeklyReport\.\w+#/g)).toEqual(english[key].match(/#weeklyReport\.\w+#/g));
    },
  );

  it.each([
    'percent-fraction-mismatch',
    'rate-out-of-range',
    'metric-threshold',
    'derived-ratio-mismatch',
    'date-outside-week',
    'placeholder-left',
    'empty-section',
    'week-over-week-change',
    'progress-regressed',
    'metric-missing',
    'target-missed',
  ])('the rules setting documents rule %s in both languages', (code) => {
    expect(english['config.rules']).toContain(`\`${code}\``);
    expect(chinese['config.rules']).toContain(`\`${code}\``);
  });

  it("every example in a setting description is valid JSON of the setting's type", () => {
    const properties: Record<string, { type: string; markdownDescription?: string }> =
      readJson('package.json').contributes.configuration.properties;
    const checked: string[] = [];
    for (const [setting, schema] of Object.entries(properties)) {
      const key = /^%(.+)%$/.exec(schema.markdownDescription ?? '')?.[1];
      const example = key && /(?:Example|示例)[:：] ?`([[{].*?)`$/m.exec(english[key])?.[1];
      if (!example) continue;
      const parsed = JSON.parse(example);
      expect(Array.isArray(parsed) ? 'array' : typeof parsed, setting).toBe(schema.type);
      checked.push(setting);
    }
    expect(checked).toEqual(expect.arrayContaining(['weeklyReport.rules', 'weeklyReport.thresholds', 'weeklyReport.directions']));
  });
});

/** Literal first arguments of `l10n.t(...)` in the client's sources. */
function clientMessages(): string[] {
  const dir = path.join(repoRoot, 'client/src');
  if (!existsSync(dir)) return [];
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'));
  return files.flatMap((file) => {
    const source = readFileSync(path.join(dir, file), 'utf8');
    return [...source.matchAll(/\bl10n\.t\(\s*(['"`])((?:\\.|(?!\1)[^\\])*)\1/g)].map((m) =>
      m[2].replace(/\\(.)/g, (_, c: string) => (c === 'n' ? '\n' : c)),
    );
  });
}

describe('l10n/bundle.l10n.zh-cn.json', () => {
  const bundle: Record<string, string> = readJson('l10n/bundle.l10n.zh-cn.json');
  // The messages the client is known to show, plus whatever it passes to l10n.t today.
  const required = new Set([
    'Weekly Report',
    'No previous report found for this week.',
    "Open last week's report",
    'Copy as Markdown',
    'Copied the comparison table as Markdown.',
    "Next week's report already exists: opened it unchanged.",
    'Created {0}.',
    'This file is not a weekly report.',
    'Open a weekly report first.',
    'The weekly-report language server stopped; restarting.',
    'Comparison: {0}',
    ...clientMessages(),
  ]);

  it.each([...required])('translates "%s"', (message) => {
    expect(bundle[message]).toBeTypeOf('string');
  });

  it.each(Object.entries(bundle))('"%s" → "%s" is Chinese and keeps its {n} placeholders', (message, translation) => {
    expect(hasHan(translation)).toBe(true);
    expect(placeholders(translation)).toEqual(placeholders(message));
  });
});
