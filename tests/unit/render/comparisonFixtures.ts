// Comparisons built by hand for the renderer tests: the renderer only reads rows, so these need
// not come from real reports (compareReports has its own tests).
import type { Comparison, ComparisonRow, RowStatus } from '../../../server/src/report/compare/types';

const WEEKS = ['2023-W46', '2023-W47', '2023-W48', '2023-W49', '2023-W50', '2023-W51'];

/** A row with sensible defaults; `history` becomes the trend, labelled with consecutive weeks. */
export function row(overrides: Partial<ComparisonRow> & { history?: number[] } = {}): ComparisonRow {
  const { history, ...fields } = overrides;
  const values = history ?? [fields.previous, fields.current].filter((v): v is number => v !== undefined);
  const base: ComparisonRow = {
    label: '入金有效成功率',
    section: '【系统运行数据】',
    current: 99.866,
    previous: 99.966,
    delta: -0.1,
    deltaKind: 'pp',
    unit: '%',
    kind: 'percent',
    direction: 'higher-is-better',
    status: 'worsened',
    trend: [],
    line: 12,
    decimals: 3,
  };
  const merged = { ...base, ...fields };
  merged.trend = fields.trend ?? values.map((value, i) => ({ week: WEEKS[WEEKS.length - values.length + i], value }));
  return merged;
}

/** A comparison of the given rows, counts computed from their statuses. */
export function comparison(rows: ComparisonRow[], overrides: Partial<Comparison> = {}): Comparison {
  const counts: Record<RowStatus, number> = { improved: 0, worsened: 0, changed: 0, unchanged: 0, new: 0, gone: 0 };
  for (const r of rows) counts[r.status] += 1;
  return {
    current: { uri: 'file:///team/周报/2023-W51.md', name: '第51周', week: '2023-W51' },
    previous: { uri: 'file:///team/周报/2023-W50.md', name: '2023-W50.md', week: '2023-W50' },
    rows,
    counts,
    ...overrides,
  };
}

/** What a week of a payments team's report could show: every status, two sections, a trend. */
export function realisticComparison(): Comparison {
  return comparison([
    row({
      label: '入金有效成功率',
      current: 99.866,
      previous: 99.966,
      delta: -0.1,
      status: 'worsened',
      line: 14,
      history: [99.95, 99.97, 99.961, 99.982, 99.966, 99.866],
    }),
    row({
      label: '出金有效成功率',
      current: 99.984,
      previous: 99.971,
      delta: 0.013,
      status: 'improved',
      line: 15,
      history: [99.94, 99.962, 99.958, 99.97, 99.971, 99.984],
    }),
    row({
      label: '一次支付成功率',
      current: 99.256,
      previous: 99.256,
      delta: 0,
      status: 'unchanged',
      line: 15,
      history: [99.2, 99.31, 99.28, 99.256, 99.256],
    }),
    row({
      label: '支付系统年度可用性',
      current: 99.998,
      previous: 99.997,
      delta: 0.001,
      status: 'improved',
      line: 19,
      history: [99.996, 99.997, 99.997, 99.998],
    }),
    row({
      label: '总告警数',
      section: '【O3 安全稳定】',
      current: 464,
      previous: 510,
      delta: -46,
      relative: -46 / 510,
      deltaKind: 'absolute',
      unit: '个',
      kind: 'count',
      direction: 'lower-is-better',
      status: 'improved',
      line: 31,
      decimals: 0,
      history: [620, 588, 571, 530, 510, 464],
    }),
    row({
      label: '慢查服务数',
      section: '【O3 安全稳定】',
      current: 16,
      previous: 13,
      delta: 3,
      relative: 3 / 13,
      deltaKind: 'absolute',
      unit: '个',
      kind: 'count',
      direction: 'lower-is-better',
      status: 'worsened',
      line: 32,
      decimals: 0,
      history: [19, 17, 15, 14, 13, 16],
    }),
    row({
      label: '健康分',
      section: '【O3 安全稳定】',
      current: 717,
      previous: undefined,
      delta: undefined,
      deltaKind: 'absolute',
      unit: '',
      kind: 'score',
      direction: 'neutral',
      status: 'new',
      line: 33,
      decimals: 0,
    }),
    row({
      label: '漏洞修复数',
      section: '【O3 安全稳定】',
      current: undefined,
      previous: 4,
      delta: undefined,
      deltaKind: 'absolute',
      unit: '个',
      kind: 'count',
      direction: 'neutral',
      status: 'gone',
      line: undefined,
      previousLine: 30,
      decimals: 0,
      history: [6, 5, 4],
    }),
  ]);
}

/** Payloads that would run script if any of them reached the page unescaped. */
export const XSS_PAYLOADS = [
  '<script>window.__xss = "script"</script>',
  '<img src=x onerror="window.__xss = \'img\'">',
  '<a href="javascript:window.__xss=\'link\'">点我</a>',
  '[link](javascript:window.__xss=1)',
  '"><svg onload="window.__xss=\'svg\'">',
  "' onmouseover='window.__xss=1' x='",
  '</td></tr></table><iframe srcdoc="<script>parent.__xss=1</script>"></iframe>',
];

/** Every string field of a comparison carries a payload. */
export function hostileComparison(): Comparison {
  const [script, img, link, markdownLink, svg, quote, iframe] = XSS_PAYLOADS;
  return comparison(
    [
      row({
        label: `${script}成功率`,
        section: img,
        current: 99.5,
        previous: 99.1,
        delta: 0.4,
        status: 'improved',
        line: 3,
        trend: [
          { week: svg, value: 99.1 },
          { week: quote, value: 99.5 },
        ],
      }),
      row({
        label: link,
        section: img,
        current: 12,
        previous: 8,
        delta: 4,
        relative: 0.5,
        deltaKind: 'absolute',
        unit: quote,
        kind: 'count',
        status: 'worsened',
        line: 4,
        decimals: 0,
      }),
      row({
        label: markdownLink,
        section: iframe,
        current: 3,
        previous: undefined,
        delta: undefined,
        deltaKind: 'absolute',
        unit: '次',
        kind: 'count',
        status: 'new',
        line: 5,
        decimals: 0,
      }),
      row({
        label: svg,
        section: iframe,
        current: undefined,
        previous: 7,
        delta: undefined,
        deltaKind: 'absolute',
        unit: '个',
        kind: 'count',
        status: 'gone',
        line: undefined,
        decimals: 0,
      }),
    ],
    {
      current: { uri: `file:///r/${quote}.md`, name: script, week: img },
      previous: { uri: link, name: link, week: svg },
      note: iframe,
      missingSections: [script, link],
      plans: [
        {
          kind: 'metric',
          text: script,
          previousLine: 9,
          status: 'missed',
          target: 100,
          unit: quote,
          decimals: 0,
          bound: 'at-least',
          actual: 80,
          matched: svg,
          line: 3,
        },
        { kind: 'item', text: img, previousLine: 10, status: 'mentioned', matched: iframe, line: 4 },
      ],
    },
  );
}
