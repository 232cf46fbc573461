// What a metric is, measured on real reports (issue 9): ../shared/corpus holds 83 public reports in 9
// series. Two hand-made lists sit beside this file as data the lead can re-check:
// - metrics-tracked.json: the numbers a reader of each series follows, with the label a reader
//   would recognise; at least 95% must be read with that value and label.
// - metrics-judged.json: every metric read today, judged metric or junk by hand; at most 5% junk.
//   A metric nobody has judged yet counts as junk, so new output cannot pass unreviewed.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../server/src/report/parseReport';
import { extractMetrics } from '../../server/src/report/metrics/extractMetrics';
import type { Metric } from '../../server/src/report/metrics/types';

const root = resolve(__dirname, '../..');
/** `../shared/corpus` from the project root, as in CI; WEEKLY_REPORT_CORPUS points elsewhere (a worktree). */
const corpus = process.env.WEEKLY_REPORT_CORPUS ?? resolve(root, '../shared/corpus');
const present = existsSync(join(corpus, 'SOURCES.md'));
if (!present) console.warn(`\n*** tests/corpus/metrics.test.ts SKIPPED: no corpus at ${corpus} (set WEEKLY_REPORT_CORPUS) ***\n`);

interface Tracked {
  file: string;
  label: string;
  value: number;
}
interface Judged extends Tracked {
  line: number;
  unit: string;
  verdict: 'metric' | 'junk';
}

const tracked = (JSON.parse(readFileSync(join(__dirname, 'metrics-tracked.json'), 'utf8')) as { tracked: Tracked[] }).tracked;
const judged = (JSON.parse(readFileSync(join(__dirname, 'metrics-judged.json'), 'utf8')) as { judged: Judged[] }).judged;
const key = (file: string, line: number, label: string, value: number) => `${file}:${line}:${label}=${value}`;

function corpusMetrics(): Map<string, Metric[]> {
  const byFile = new Map<string, Metric[]>();
  for (const series of readdirSync(corpus, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort()) {
    for (const name of readdirSync(join(corpus, series))
      .filter((f) => f.endsWith('.md'))
      .sort()) {
      const text = readFileSync(join(corpus, series, name), 'utf8');
      byFile.set(`${series}/${name}`, extractMetrics(parseReport(text, { fileName: name })));
    }
  }
  return byFile;
}

describe.skipIf(!present)(`metrics on the real corpus (${corpus})`, () => {
  const byFile = present ? corpusMetrics() : new Map<string, Metric[]>();
  const all = [...byFile].flatMap(([file, metrics]) => metrics.map((metric) => ({ file, metric })));

  it('reads at least 95% of the tracked numbers with their value and a label that names them', () => {
    const missed = tracked.filter((t) => !(byFile.get(t.file) ?? []).some((m) => m.value === t.value && m.label === t.label));
    const ratio = (tracked.length - missed.length) / tracked.length;
    console.log(`tracked numbers read: ${tracked.length - missed.length}/${tracked.length} (${(ratio * 100).toFixed(1)}%)`);
    expect(tracked.length).toBeGreaterThan(150);
    expect({ ratio: ratio >= 0.95, missed }).toEqual({ ratio: true, missed: expect.any(Array) });
  });

  it('every series has tracked numbers read, or says why not', () => {
    const series = new Set(tracked.map((t) => t.file.split('/')[0]));
    // aosc-coffee-break tracks software versions only (SOURCES.md), and versions are not metrics.
    expect([...byFile.keys()].map((f) => f.split('/')[0]).filter((s) => !series.has(s) && s !== 'aosc-coffee-break')).toEqual([]);
  });

  it('at most 5% of the metrics read are junk by the hand check (unjudged ones count as junk)', () => {
    const verdicts = new Map(judged.map((j) => [key(j.file, j.line, j.label, j.value), j.verdict]));
    const unjudged = all.filter(({ file, metric }) => !verdicts.has(key(file, metric.range.start.line, metric.label, metric.value)));
    const junk = all.filter(({ file, metric }) => verdicts.get(key(file, metric.range.start.line, metric.label, metric.value)) === 'junk');
    const ratio = (junk.length + unjudged.length) / all.length;
    console.log(`metrics: ${all.length}, judged junk: ${junk.length}, unjudged: ${unjudged.length} (${(ratio * 100).toFixed(2)}% junk)`);
    expect(ratio).toBeLessThanOrEqual(0.05);
  });

  // Junk classes of issue 9, checked on every metric rather than on single files.
  it('no metric is a version, a compact date, a bare change word or a link destination', () => {
    const offenders = all.filter(
      ({ metric }) =>
        /^(?:增加|新增|减少|\(增加|\/month)$/.test(metric.label) ||
        /^(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])$/.test(metric.raw) ||
        /(?:updated to|upgraded to|更新至|升级到)$/i.test(metric.label) ||
        (metric.unit === '' &&
          metric.decimals > 0 &&
          /^(?:Rust|LLVM|GCC|Python|Glibc|Binutils|Linux|Firefox|openEuler|NixOS)$/i.test(metric.label)) ||
        /https?:|\]\(/.test(metric.label),
    );
    expect(offenders.map(({ file, metric }) => `${file}:${metric.range.start.line} ${metric.label}=${metric.value}`)).toEqual([]);
  });

  it('a stated change stays with its value (RuyiSDK community statistics)', () => {
    const subscribers = all.filter(({ file, metric }) => file.startsWith('ruyisdk') && metric.label === '订阅人数' && metric.change);
    expect(subscribers.length).toBeGreaterThanOrEqual(5);
    expect(all.some(({ metric }) => metric.label.startsWith('(增加'))).toBe(false);
  });
});
