// Over the real corpus (`../shared/corpus` beside the project): in every series, every report finds
// the previous report of its own edition, through the CLI's folder index and the core lookup. A
// missing corpus is reported by the suite's name, never passed silently.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { indexReports } from '../../server/src/cli/reportFolder';
import { parseReport } from '../../server/src/report/parseReport';
import { createReportEntry, uriFileName } from '../../server/src/report/series/reportEntry';
import { findPreviousReport } from '../../server/src/report/series/findPreviousReport';
import { fileEdition } from '../../server/src/report/series/recognition';
import { defaultSettings } from '../../server/src/report/settings';
import { pathToUri } from '../../server/src/service/uris';

const PROJECT_ROOT = path.resolve(__dirname, '../..');

/** `../shared/corpus` from the project root; a worktree nested deeper finds it beside an ancestor. */
function findCorpus(): string | undefined {
  for (let dir = PROJECT_ROOT; ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, '..', 'shared', 'corpus');
    if (existsSync(candidate)) return candidate;
    if (path.dirname(dir) === dir) return undefined;
  }
}

const corpus = findCorpus();
const byName = (a: string, b: string) => a.localeCompare(b, 'en', { numeric: true });

interface Pair {
  series: string;
  file: string;
  expected: string;
}

/** Consecutive files of one edition, in name order: the pairs a reader expects. */
function consecutivePairs(root: string): Pair[] {
  const pairs: Pair[] = [];
  for (const series of readdirSync(root, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort()) {
    const files = readdirSync(path.join(root, series)).filter((f) => f.endsWith('.md')).sort(byName);
    const lastOf = new Map<string, string>();
    for (const file of files) {
      const before = lastOf.get(fileEdition(file));
      if (before) pairs.push({ series, file, expected: before });
      lastOf.set(fileEdition(file), file);
    }
  }
  return pairs;
}

describe.skipIf(!corpus)(`previous report over the real corpus (${corpus ?? 'MISSING: ../shared/corpus not found beside the project'})`, () => {
  const pairs = corpus ? consecutivePairs(corpus) : [];
  const settings = { ...defaultSettings };
  const indexes = new Map<string, ReturnType<typeof indexReports>>();
  const indexOf = (folder: string) => indexes.get(folder) ?? indexes.set(folder, indexReports(folder, false, settings)).get(folder)!;

  it('holds the series the issue measured (73 consecutive pairs in 9 series)', () => {
    expect(new Set(pairs.map((p) => p.series)).size).toBe(9);
    expect(pairs).toHaveLength(73);
  });

  it.each(pairs.map((p) => [`${p.series}/${p.file}`, p] as const))('%s finds its previous report', (_, pair) => {
    const folder = path.join(corpus!, pair.series);
    const file = path.join(folder, pair.file);
    const entries = indexOf(folder);
    const report = parseReport(readFileSync(file, 'utf8'), { fileName: file, weekNumbering: settings.weekNumbering });
    const lookup = findPreviousReport(createReportEntry(pathToUri(file), report), entries, { numbering: settings.weekNumbering });
    expect(lookup.uri && uriFileName(lookup.uri)).toBe(pair.expected);
    expect(lookup.tooFar).toBeFalsy();
  });
});

// Without the corpus the suite above is skipped; this says so in the run's output.
describe.runIf(!corpus)('corpus missing', () => {
  it.fails('../shared/corpus is not beside the project: the corpus series test did not run', () => {
    expect(corpus).toBeDefined();
  });
});
