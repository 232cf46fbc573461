// Over the real corpus (`../shared/corpus` beside the project): in every series, every report finds
// the previous report of its own edition, through the CLI's folder index and the core lookup. A
// missing corpus is reported by the suite's name, never passed silently.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { indexReports } from '../../server/src/cli/reportFolder';
import { extractMetrics } from '../../server/src/report/metrics/extractMetrics';
import { runRules } from '../../server/src/report/rules';
import { parseReport } from '../../server/src/report/parseReport';
import { createReportEntry, uriFileName } from '../../server/src/report/series/reportEntry';
import { findPreviousReport } from '../../server/src/report/series/findPreviousReport';
import { fileEdition } from '../../server/src/report/series/recognition';
import { defaultSettings } from '../../server/src/report/settings';
import { pathToUri } from '../../server/src/node/uris';

const PROJECT_ROOT = path.resolve(__dirname, '../..');

/** `../shared/<name>` from the project root; a worktree nested deeper finds it beside an ancestor. */
function findShared(name: string): string | undefined {
  for (let dir = PROJECT_ROOT; ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, '..', 'shared', name);
    if (existsSync(candidate)) return candidate;
    if (path.dirname(dir) === dir) return undefined;
  }
}

const corpus = findShared('corpus');
const example = findShared('examples/weekly-report-zh.md');
const byName = (a: string, b: string) => a.localeCompare(b, 'en', { numeric: true });

interface Pair {
  series: string;
  file: string;
  expected: string;
}

/** Consecutive files of one edition, in name order: the pairs a reader expects. */
function consecutivePairs(root: string): Pair[] {
  const pairs: Pair[] = [];
  for (const series of readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort()) {
    const files = readdirSync(path.join(root, series))
      .filter((f) => f.endsWith('.md'))
      .sort(byName);
    const lastOf = new Map<string, string>();
    for (const file of files) {
      const before = lastOf.get(fileEdition(file));
      if (before) pairs.push({ series, file, expected: before });
      lastOf.set(fileEdition(file), file);
    }
  }
  return pairs;
}

describe.skipIf(!corpus)(
  `previous report over the real corpus (${corpus ?? 'MISSING: ../shared/corpus not found beside the project'})`,
  () => {
    const pairs = corpus ? consecutivePairs(corpus) : [];
    const settings = { ...defaultSettings };
    const indexes = new Map<string, ReturnType<typeof indexReports>>();
    const indexOf = (folder: string) => indexes.get(folder) ?? indexes.set(folder, indexReports(folder, false, settings)).get(folder)!;

    it('holds the series the issue measured (73 consecutive pairs in 9 series)', () => {
      expect(new Set(pairs.map((p) => p.series)).size).toBe(9);
      expect(pairs).toHaveLength(73);
    });

    it.each(pairs.map((p) => [`${p.series}/${p.file}`, p] as const))('%s finds its previous report', async (_, pair) => {
      const folder = path.join(corpus!, pair.series);
      const file = path.join(folder, pair.file);
      const entries = await indexOf(folder);
      const report = parseReport(readFileSync(file, 'utf8'), { fileName: file, weekNumbering: settings.weekNumbering });
      const lookup = findPreviousReport(createReportEntry(pathToUri(file), report), entries, { numbering: settings.weekNumbering });
      expect(lookup.uri && uriFileName(lookup.uri)).toBe(pair.expected);
      expect(lookup.tooFar).toBeFalsy();
    });
  },
);

describe.skipIf(!example)(
  `the example report with default settings (${example ?? 'MISSING: ../shared/examples/weekly-report-zh.md'})`,
  () => {
    it('is read as ISO week 51 (18–24 Dec) and gets no warning, with its 25 metrics', () => {
      const report = parseReport(readFileSync(example!, 'utf8'), { fileName: example, weekNumbering: defaultSettings.weekNumbering });
      expect(report.week).toMatchObject({ week: 51, numbering: 'iso', monday: '2023-12-18' });
      const metrics = extractMetrics(report);
      expect(metrics).toHaveLength(25);
      const findings = runRules({ report, metrics, settings: { ...defaultSettings }, locale: 'en' });
      expect(findings.filter((f) => f.severity === 'warning' || f.severity === 'error')).toEqual([]);
    });
  },
);
