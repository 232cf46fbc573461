// A report's pairing side (identity keys, candidate lists, line pairs) is made once per parse and
// serves every comparison the report takes part in: this week's, then last week's for the next
// report, then a trend week for the ones after. And the pairing over kept sides answers exactly as
// the plain pairing (lists of free candidates made per pass, lines weighed per pairing) does.
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { compareInSeries, loadedReport, type LoadedReport } from '../../../server/src/report/compare/compareInSeries';
import { metricSideInSteps, pairMetrics, pairSidesInSteps } from '../../../server/src/report/compare/matchMetrics';
import type { MetricContext } from '../../../server/src/report/compare/metricContext';
import { PLACES, subsetSide, type KeptSide, type Pairs } from '../../../server/src/report/compare/pairingSide';
import { runToEnd } from '../../../server/src/report/base/steps';
import type { Metric } from '../../../server/src/report/metrics/types';
import { createReportEntry } from '../../../server/src/report/series/reportEntry';
import { defaultSettings } from '../../../server/src/report/settings';
import { metric } from './buildMetric';

const keyed = vi.hoisted(() => ({ byMetric: new Map<object, number>() }));

// Counts, per metric, how often its identity keys are made with its own context (one with a line:
// the plan's stripped contexts have none and are another side by design).
vi.mock('../../../server/src/report/compare/pairingSide', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../../server/src/report/compare/pairingSide')>();
  return {
    ...actual,
    pairingSideInSteps: (...[metrics, contexts, identityKeys]: Parameters<typeof actual.pairingSideInSteps>) =>
      actual.pairingSideInSteps(metrics, contexts, (metric, context) => {
        if (context?.line !== undefined) keyed.byMetric.set(metric, (keyed.byMetric.get(metric) ?? 0) + 1);
        return identityKeys(metric, context);
      }),
  };
});

function weekText(week: number): string {
  return [
    `# 第${week}周`,
    '',
    '## 【系统运行数据】',
    `- 入金成功率：99.${week}%，失败${week}笔，超时${week + 2}笔`,
    `- 告警数 ${10 + week}个`,
    '',
    '| 环境 | 通过率 |',
    '| --- | --- |',
    `| kernel-2203 | ${80 + week}% |`,
    `| kernel-2309 | ${70 + week}% |`,
    '',
    '## 下周工作及目标',
    '- 入金成功率 99.9%',
    '- 完成监控接入',
    '',
  ].join('\n');
}

const uriOf = (week: number) => `file:///team/2024-W${String(week).padStart(2, '0')}.md`;

function sideOf(metrics: readonly Metric[], contexts?: readonly MetricContext[]): KeptSide {
  return runToEnd(metricSideInSteps(metrics, contexts));
}

describe('a report side made once per parse', () => {
  it('makes each report’s identity keys once across a series checked in order', async () => {
    keyed.byMetric.clear();
    const weeks = Array.from({ length: 14 }, (_, k) => k + 1);
    const loaded = new Map<string, LoadedReport>(
      weeks.map((week) => [uriOf(week), loadedReport(uriOf(week), weekText(week), uriOf(week).slice(7), 'iso')]),
    );
    const entries = [...loaded.values()].map((report) => createReportEntry(report.uri, report.report));
    const load = (uri: string) => loaded.get(uri);
    let trend: number[] = [];
    for (const week of weeks) {
      const comparison = await compareInSeries(loaded.get(uriOf(week))!, entries, load, { settings: defaultSettings, locale: 'en' });
      trend = comparison.rows.find((row) => row.label === '告警数')!.trend.map((point) => point.value);
    }
    // The last report's trend: the 7 weeks before it, then its own value.
    expect(trend).toEqual([17, 18, 19, 20, 21, 22, 23, 24]);
    expect(keyed.byMetric.size).toBeGreaterThanOrEqual(weeks.length * 5);
    expect([...keyed.byMetric.values()].filter((count) => count !== 1)).toEqual([]);
  });

  it('keeps a side while its arrays live, however many other sides were made meanwhile', () => {
    const kept = [metric('成功率', '99%', { line: 1 })];
    const side = sideOf(kept);
    for (let other = 0; other < 40; other++) sideOf([metric('成功率', `${other}%`, { line: 1 })]);
    expect(sideOf(kept)).toBe(side);
  });

  it('makes a kept side’s candidate lists and line pairs once for all its pairings', () => {
    const row = (line: number, cells: string, value: string) => ({
      metric: metric('通过率', value, { section: '测试', line }),
      context: { path: ['测试'], scope: 'result', line: cells } satisfies MetricContext,
    });
    const week = [row(1, 'kernel2203', '90%'), row(2, 'kernel2309', '91%'), row(3, 'kernel2403', '92%')];
    const weekSide = sideOf(
      week.map((r) => r.metric),
      week.map((r) => r.context),
    );
    const pairWith = (cells: string[]) => {
      const here = cells.map((text, k) => row(k + 5, text, `${k}%`));
      const side = sideOf(
        here.map((r) => r.metric),
        here.map((r) => r.context),
      );
      return runToEnd(pairSidesInSteps(side, weekSide, 'right'));
    };

    expect(pairWith(['kernel2404', 'kernel2310'])).toEqual([
      [0, 2],
      [1, 1],
    ]);
    const candidates = weekSide.candidates;
    const linePairs = [...weekSide.linePairs];
    expect(candidates).toBeDefined();
    expect(linePairs.filter((pairs) => pairs !== undefined).length).toBeGreaterThan(0);

    expect(pairWith(['kernel2204', 'kernel2402'])).toEqual([
      [0, 0],
      [1, 2],
    ]);
    expect(weekSide.candidates).toBe(candidates);
    linePairs.forEach((pairs, k) => {
      if (pairs) expect(weekSide.linePairs[k]).toBe(pairs);
    });
  });
});

/** The pairing as first written: per pass, lists of the candidates still free; lines weighed with pairs made per pairing. */
function plainPairing(left: KeptSide, right: KeptSide): Pairs {
  const rightFor = new Map<number, number>();
  const taken = new Set<number>();
  const likeness = (a: string, b: string) => {
    const total = a.length - 1 + (b.length - 1);
    if (total <= 0) return 0;
    const pairs = (line: string) => {
      const counts = new Map<string, number>();
      for (let at = 0; at + 1 < line.length; at++) counts.set(line.slice(at, at + 2), (counts.get(line.slice(at, at + 2)) ?? 0) + 1);
      return counts;
    };
    const mine = pairs(a);
    const theirs = pairs(b);
    let shared = 0;
    for (const [pair, count] of mine) shared += Math.min(count, theirs.get(pair) ?? 0);
    return (2 * shared) / total;
  };
  for (let p = 0; p < PLACES.length; p++) {
    const candidates = new Map<string, number[]>();
    for (let k = 0; k < right.size; k++) {
      const id = right.keys[p][k];
      if (taken.has(k) || id === undefined) continue;
      candidates.set(id, [...(candidates.get(id) ?? []), k]);
    }
    for (let i = 0; i < left.size; i++) {
      const id = left.keys[p][i];
      if (rightFor.has(i) || id === undefined) continue;
      const free = (candidates.get(id) ?? []).filter((k) => !taken.has(k)).slice(0, 32);
      if (free.length === 0) continue;
      let best = free[0];
      const line = left.lines[i];
      if (line !== undefined && right.hasContexts) {
        let bestScore = -1;
        for (const k of free) {
          const other = right.lines[k];
          const score = other === undefined ? 0 : other === line ? 2 : likeness(line, other);
          if (score > bestScore) [best, bestScore] = [k, score];
        }
      }
      rightFor.set(i, best);
      taken.add(best);
    }
  }
  return [...rightFor].sort((a, b) => a[0] - b[0]);
}

describe('pairing over kept sides', () => {
  // Few labels, sections and lines, so namesakes abound and every pass has work.
  const side = fc.array(
    fc.record({
      label: fc.constantFrom('通过率', '成功率', '告警数'),
      percent: fc.boolean(),
      section: fc.constantFrom('测试', '运行'),
      line: fc.option(fc.constantFrom('kernel2203', 'kernel2309', 'kernel', 'k2203', '', 'x', '𠮷2203'), { nil: undefined }),
    }),
    { maxLength: 12 },
  );
  type Spec = { label: string; percent: boolean; section: string; line?: string };
  const built = (specs: readonly Spec[]) => ({
    metrics: specs.map((spec, k) => metric(spec.label, spec.percent ? '1%' : '1个', { section: spec.section, line: k })),
    contexts: specs.map((spec): MetricContext => ({
      path: [spec.section],
      scope: 'result',
      ...(spec.line === undefined ? {} : { line: spec.line }),
    })),
  });

  it('pairs as the plain pairing does, with or without contexts', () => {
    fc.assert(
      fc.property(side, side, fc.boolean(), (mine, theirs, withContexts) => {
        const left = built(mine);
        const right = built(theirs);
        const leftContexts = withContexts ? left.contexts : undefined;
        const rightContexts = withContexts ? right.contexts : undefined;
        const expected = plainPairing(sideOf(left.metrics, leftContexts), sideOf(right.metrics, rightContexts));
        expect(pairMetrics(left.metrics, right.metrics, leftContexts, rightContexts)).toEqual(expected);
        // Again over the same (now kept) right side: its lists and line pairs made already.
        expect(runToEnd(pairSidesInSteps(sideOf(left.metrics, leftContexts), sideOf(right.metrics, rightContexts), undefined))).toEqual(
          expected,
        );
      }),
      { numRuns: 300 },
    );
  });

  it('pairs one kept side with report after report as the plain pairing does', () => {
    // Reports that share most metrics with the one before (each is the last with a few edits), as a
    // trend week meets them in `check`; labels, headings and lines that read like another identity's
    // keys (an event's, a NUL) must not join it.
    const spec = fc.record({
      label: fc.constantFrom('通过率', '成功率', '告警数', '成功率\u0000count', 'x'),
      percent: fc.boolean(),
      section: fc.constantFrom('测试', '运行', 'event:1', ''),
      line: fc.option(fc.constantFrom('kernel2203', 'kernel2309', 'k2203', '', 'x', '测试\u0000k2203'), { nil: undefined }),
      event: fc.option(fc.constantFrom('1', '2'), { nil: undefined }),
    });
    const edit = fc.record({ at: fc.nat(), drop: fc.boolean(), insert: fc.option(spec, { nil: undefined }) });
    type Event = { label: string; percent: boolean; section: string; line?: string; event?: string };
    const sideWithEvents = (specs: readonly Event[]) => ({
      metrics: specs.map((one, k) => metric(one.label, one.percent ? '1%' : '1个', { section: one.section, line: k })),
      contexts: specs.map((one): MetricContext => ({
        path: [one.section],
        scope: 'result',
        ...(one.line === undefined ? {} : { line: one.line }),
        ...(one.event === undefined ? {} : { event: one.event }),
      })),
    });
    fc.assert(
      fc.property(
        fc.array(spec, { maxLength: 14 }),
        fc.array(spec, { maxLength: 14 }),
        fc.array(fc.array(edit, { maxLength: 3 }), { minLength: 2, maxLength: 6 }),
        fc.boolean(),
        (first, week, edits, withContexts) => {
          const right = sideWithEvents(week);
          const rightSide = sideOf(right.metrics, withContexts ? right.contexts : undefined);
          let specs = first;
          for (const [n, changes] of edits.entries()) {
            specs = [...specs];
            for (const change of changes) {
              const at = specs.length === 0 ? 0 : change.at % specs.length;
              if (change.drop) specs.splice(at, 1);
              if (change.insert) specs.splice(at, 0, change.insert);
            }
            const left = sideWithEvents(specs);
            const leftSide = sideOf(left.metrics, withContexts ? left.contexts : undefined);
            const expected = plainPairing(leftSide, sideOf(right.metrics, withContexts ? right.contexts : undefined));
            expect(runToEnd(pairSidesInSteps(leftSide, rightSide, 'right'))).toEqual(expected);
            // Last week's gone metrics in between, as `check` pairs them.
            if (n % 2 === 1 && leftSide.size > 1) {
              const gone = subsetSide(leftSide, [leftSide.size - 1]);
              expect(runToEnd(pairSidesInSteps(gone, rightSide, 'right'))).toEqual(plainPairing(gone, rightSide));
            }
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
