// The comparison's pairings are remembered by the side that lives on (last week's report, the trend
// weeks): a keystroke that keeps every metric's identity pairs nothing again, one that changes an
// identity, or a changed earlier week, is paired afresh — and the answers stay those of a fresh run.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { compareReports, type ComparedReport, type HistoryWeek } from '../../../server/src/report/compare/compareReports';
import { historyWeekOf, toComparedReport } from '../../../server/src/report/compare/comparedReport';
import { metricSideInSteps, pairMetrics, pairSidesInSteps } from '../../../server/src/report/compare/matchMetrics';
import type { MetricContext } from '../../../server/src/report/compare/metricContext';
import { runToEnd } from '../../../server/src/report/base/steps';
import { extractMetrics } from '../../../server/src/report/metrics/extractMetrics';
import { parseReport } from '../../../server/src/report/parseReport';
import { metric } from './buildMetric';

const computed = vi.hoisted(() => ({ pairings: 0 }));

// Counts the pairings actually worked out (not answered from memory).
vi.mock('../../../server/src/report/compare/pairingSide', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../../server/src/report/compare/pairingSide')>();
  return {
    ...actual,
    rememberedPairing: (...[left, right, keeper, pair]: Parameters<typeof actual.rememberedPairing>) =>
      actual.rememberedPairing(left, right, keeper, function* () {
        computed.pairings++;
        return yield* pair();
      }),
  };
});

function weekText(week: number, rate: string, alerts: number, label = '告警数'): string {
  return [
    `# 第${week}周`,
    '',
    '## 【系统运行数据】',
    `- 支付成功率 ${rate}`,
    `- ${label} ${alerts}个`,
    '- 慢查询 3个',
    '',
    '## 【重点工作】',
    '- 完成支付通道切换',
    '- 上线对账服务',
    '',
    '## 下周工作及目标',
    '- 支付成功率 99.9%',
    '- 完成监控接入',
    '',
  ].join('\n');
}

function compared(week: number, text: string): ComparedReport {
  const fileName = `/team/2024-W${String(week).padStart(2, '0')}.md`;
  const report = parseReport(text, { fileName, weekNumbering: 'iso' });
  return toComparedReport(`file://${fileName}`, report, extractMetrics(report));
}

/** Last week's report and the trend weeks: made once, as the server's loader keeps their parses. */
function earlierWeeks(): { previous: ComparedReport; history: HistoryWeek[] } {
  const weeks = [7, 8, 9].map((week, k) => compared(week, weekText(week, `99.${k + 1}%`, 10 + k)));
  return { previous: weeks[2], history: weeks.map(historyWeekOf) };
}

beforeEach(() => {
  computed.pairings = 0;
});

describe('remembered pairings', () => {
  it('pairs the earlier weeks once across keystrokes that keep every metric identity', () => {
    const { previous, history } = earlierWeeks();
    const typed = (extra: string) => compared(10, weekText(10, '99.5%', 14).replace('- 慢查询 3个', `- 慢查询 3个${extra}`));

    const first = compareReports(typed('，'), previous, { history });
    const firstCount = computed.pairings;
    expect(firstCount).toBeGreaterThan(0);
    const second = compareReports(typed('，进'), previous, { history });
    expect(computed.pairings).toBe(firstCount);
    const third = compareReports(typed('，进度'), previous, { history });
    expect(computed.pairings).toBe(firstCount);

    // Answered from memory, the comparison is the one a fresh run gives.
    expect(second).toEqual(first);
    expect(third.rows.find((row) => row.label.includes('告警数'))?.trend.map((point) => point.value)).toEqual([10, 11, 12, 14]);
  });

  it('pairs afresh when a keystroke changes a metric identity, and answers as a fresh run would', () => {
    const { previous, history } = earlierWeeks();
    compareReports(compared(10, weekText(10, '99.5%', 14)), previous, { history });
    const before = computed.pairings;

    const renamed = compareReports(compared(10, weekText(10, '99.5%', 14, '报警次数')), previous, { history });
    expect(computed.pairings).toBeGreaterThan(before);
    expect(renamed.rows.filter((row) => row.status === 'new').map((row) => row.label)).toEqual(['报警次数']);
    expect(renamed.rows.filter((row) => row.status === 'gone').map((row) => row.label)).toEqual(['告警数']);

    const fresh = earlierWeeks();
    expect(renamed).toEqual(
      compareReports(compared(10, weekText(10, '99.5%', 14, '报警次数')), fresh.previous, { history: fresh.history }),
    );
  });

  it('pairs a changed earlier week afresh: its new parse brings its own sides', () => {
    const { previous, history } = earlierWeeks();
    const current = () => compared(10, weekText(10, '99.5%', 14));
    compareReports(current(), previous, { history });
    compareReports(current(), previous, { history });
    const settled = computed.pairings;

    // Week 8 saved with another figure: the loader parses it again.
    const changed = [history[0], historyWeekOf(compared(8, weekText(8, '99.2%', 30))), history[2]];
    const comparison = compareReports(current(), previous, { history: changed });
    expect(computed.pairings).toBeGreaterThan(settled);
    expect(comparison.rows.find((row) => row.label.includes('告警数'))?.trend.map((point) => point.value)).toEqual([10, 30, 12, 14]);
  });

  it('remembers nothing for a one-off pairing of fresh arrays', () => {
    const left = [metric('成功率', '99%')];
    const right = [metric('成功率', '98%')];
    expect(pairMetrics(left, right)).toEqual([[0, 0]]);
    expect(pairMetrics(left, right)).toEqual([[0, 0]]);
    expect(computed.pairings).toBe(2);
  });

  it('tells namesakes apart by their line when a kept side answers from memory', () => {
    // Two table rows of one label under one section: the line before the value decides.
    const row = (line: number, cells: string): { metric: ReturnType<typeof metric>; context: MetricContext } => ({
      metric: metric('通过率', '90%', { section: '测试', line }),
      context: { path: ['测试'], scope: 'result', line: cells },
    });
    const kept = [row(1, 'kernel2203'), row(2, 'kernel2309')];
    const keptSide = runToEnd(
      metricSideInSteps(
        kept.map((r) => r.metric),
        kept.map((r) => r.context),
      ),
    );
    const pairWith = (cells: string) => {
      const here = [row(5, cells)];
      const side = runToEnd(
        metricSideInSteps(
          here.map((r) => r.metric),
          here.map((r) => r.context),
        ),
      );
      return runToEnd(pairSidesInSteps(side, keptSide, 'right'));
    };

    expect(pairWith('kernel2309')).toEqual([[0, 1]]);
    expect(pairWith('kernel2203')).toEqual([[0, 0]]);
    expect(pairWith('kernel2309')).toEqual([[0, 1]]);
    // The third pairing is the first one again: answered from memory.
    expect(computed.pairings).toBe(2);
  });
});
