import { describe, expect, it } from 'vitest';
import { compareReports } from '../../../server/src/report/compare/compareReports';
import { formatChange, formatDelta, formatRelative, formatValue, sparkline } from '../../../server/src/report/compare/formatDelta';
import { renderComparisonMarkdown } from '../../../server/src/presentation/renderMarkdown';
import { displayWidth, renderComparisonText } from '../../../server/src/presentation/renderText';
import type { Comparison, ComparisonRow } from '../../../server/src/report/compare/types';
import { metric } from './buildMetric';

const RUN = '【系统运行数据】';
const O3 = '【O3 安全稳定】';

function sample(): Comparison {
  return compareReports(
    {
      ref: { uri: 'file:///r/2023-W51.md', name: '第51周', week: '2023-W51' },
      metrics: [
        metric('入金有效成功率', '99.866%', { section: RUN }),
        metric('支付系统年度可用性', '99.998%', { section: RUN }),
        metric('总告警数', '464个', { section: O3 }),
        metric('健康分', '717', { section: O3 }),
      ],
    },
    {
      ref: { uri: 'file:///r/2023-W50.md', name: '第50周', week: '2023-W50' },
      metrics: [
        metric('入金有效成功率', '99.966%', { section: RUN }),
        metric('支付系统年度可用性', '99.998%', { section: RUN }),
        metric('总告警数', '520个', { section: O3 }),
        metric('慢查服务数', '13个', { section: O3 }),
      ],
    },
  );
}

function row(fields: Partial<ComparisonRow>): ComparisonRow {
  return {
    label: 'x',
    section: '',
    deltaKind: 'absolute',
    unit: '',
    kind: 'count',
    direction: 'neutral',
    status: 'unchanged',
    trend: [],
    ...fields,
  };
}

describe('formatDelta and friends', () => {
  it.each([
    [{ delta: 0.02, deltaKind: 'pp', decimals: 2 }, '▲0.02pp'],
    [{ delta: -0.1, deltaKind: 'pp', decimals: 3 }, '▼0.100pp'],
    [{ delta: -12, deltaKind: 'absolute', decimals: 0 }, '▼12'],
    [{ delta: 0, deltaKind: 'absolute', decimals: 0 }, '='],
    [{ delta: 0.30000000000000004, deltaKind: 'absolute' }, '▲0.3'],
    [{ delta: undefined }, ''],
  ] as const)('formatDelta %o → %s', (fields, expected) => {
    expect(formatDelta(row(fields))).toBe(expected);
  });

  it.each([
    [0.5, '+50%'],
    [-0.25, '−25%'],
    [0.005, '+0.5%'],
    [0.0001, '0%'],
    [undefined, ''],
  ] as const)('formatRelative %s → %s', (relative, expected) => {
    expect(formatRelative(row({ delta: 1, relative }))).toBe(expected);
  });

  it('spells out a change for messages', () => {
    expect(formatChange(row({ delta: -0.1, deltaKind: 'pp', decimals: 3 }))).toBe('−0.100 pp');
    expect(formatChange(row({ delta: 200, relative: 0.5, decimals: 0 }))).toBe('+200 (+50%)');
  });

  it('formats values with unit and written precision', () => {
    expect(formatValue(99.9, { unit: '%', decimals: 3 })).toBe('99.900%');
    expect(formatValue(12, { unit: '$', decimals: 0 })).toBe('$12');
    expect(formatValue(undefined, { unit: '%', decimals: 0 })).toBe('');
  });

  it('draws a sparkline from low to high', () => {
    const trend = [1, 5, 9].map((value, i) => ({ week: `W${i}`, value }));
    expect(sparkline(trend)).toBe('▁▅█');
    expect(sparkline(trend.map((p) => ({ ...p, value: 3 })))).toBe('▄▄▄');
    expect(sparkline([])).toBe('');
  });
});

describe('renderComparisonText', () => {
  it('shows both weeks, counts and a table per section', () => {
    const text = renderComparisonText(sample(), { color: false });
    expect(text).toContain('第51周 (2023-W51) vs 第50周 (2023-W50)');
    // ▲/▼ are kept for the direction of a number; good and bad news have marks of their own.
    expect(text).toContain('✓ 1 improved  ✗ 1 worsened  ≠ 0 changed  = 1 unchanged  + 1 new  − 1 gone');
    expect(text).not.toContain('\x1b[');
    const lines = text.split('\n');
    expect(lines.indexOf(RUN)).toBeLessThan(lines.indexOf(O3));
    const success = lines.find((line) => line.includes('入金有效成功率'))!;
    expect(success).toMatch(/99\.866%\s+99\.966%\s+▼0\.100pp\s+✗ worsened/);
    expect(lines.find((line) => line.includes('总告警数'))).toMatch(/464个\s+520个\s+▼56 −11%\s+✓ improved/);
    expect(lines.find((line) => line.includes('健康分'))).toMatch(/717\s+\+ new/);
    expect(text).toContain('Gone since last week: 慢查服务数 13个');
  });

  it('aligns columns by terminal width, Chinese taking two cells', () => {
    const lines = renderComparisonText(sample(), { color: false }).split('\n');
    const runRows = lines.filter((line) => /成功率|可用性/.test(line));
    expect(runRows).toHaveLength(2);
    // The first value column ends at the same terminal column in every row.
    expect(new Set(runRows.map((line) => displayWidth(line.slice(0, line.indexOf('%') + 1)))).size).toBe(1);
    expect(displayWidth('入金a')).toBe(5);
  });

  it('colours rows by status when asked', () => {
    const text = renderComparisonText(sample(), { color: true });
    expect(text).toMatch(/\x1b\[31m[^\n]*入金有效成功率/);
    expect(text).toMatch(/\x1b\[32m[^\n]*总告警数/);
  });

  it('says when there is no previous report', () => {
    const comparison = compareReports({ ref: { uri: 'file:///r/a.md', name: '第1周' }, metrics: [] });
    expect(renderComparisonText(comparison, { color: false, locale: 'zh-cn' })).toContain('没有上周的周报');
  });
});

describe('renderComparisonMarkdown', () => {
  it('renders a table per section with this week, last week and Δ', () => {
    const markdown = renderComparisonMarkdown(sample(), 'en');
    expect(markdown).toContain('#### 【系统运行数据】');
    expect(markdown).toContain('| Metric | This week | Last week | Δ | Status |');
    // Pasted into an email without colour, a rate going down still reads as bad news.
    expect(markdown).toContain('| 入金有效成功率 | 99.866% | 99.966% | ▼0.100pp | ✗ worsened |');
    expect(markdown).toContain('| 总告警数 | 464个 | 520个 | ▼56 −11% | ✓ improved |');
    expect(markdown).toContain('| 支付系统年度可用性 | 99.998% | 99.998% | = | = unchanged |');
    expect(markdown).toContain('| 健康分 | 717 | — | — | + new |');
    expect(markdown).toContain('✓ 1 improved · ✗ 1 worsened · ≠ 0 changed · = 1 unchanged · + 1 new · − 1 gone');
    expect(markdown).toContain('Gone since last week: 慢查服务数 (13个)');
  });

  it('uses Chinese headers for zh-cn', () => {
    expect(renderComparisonMarkdown(sample(), 'zh-cn')).toContain('| 指标 | 本周 | 上周 | Δ |');
  });

  it('keeps report text as text: pipes and markup are escaped', () => {
    const comparison = compareReports(
      { ref: { uri: 'file:///r/a.md', name: 'W1 | <b>x</b>' }, metrics: [metric('a|b *c*', '1个', { section: '# s' })] },
      { ref: { uri: 'file:///r/b.md', name: 'W0' }, metrics: [] },
    );
    const markdown = renderComparisonMarkdown(comparison, 'en');
    expect(markdown).toContain('| a\\|b \\*c\\* | 1个 | — | — | + new |');
    expect(markdown).toContain('W1 \\| \\<b\\>x\\</b\\>');
    expect(markdown).toContain('#### \\# s');
  });
});
