// The panel's "last week's plan" section and the hover line: each target with its status in words
// and marks, everything from a report escaped, in both languages.
import { describe, expect, it } from 'vitest';
import { renderComparisonBody } from '../../../server/src/presentation/renderHtml';
import { planHoverLine, planTarget } from '../../../server/src/presentation/planText';
import type { PlanResult } from '../../../server/src/report/compare/types';
import { comparison, hostileComparison, row, XSS_PAYLOADS } from './comparisonFixtures';

const PLANS: PlanResult[] = [
  {
    kind: 'metric',
    text: '测试进度',
    previousLine: 11,
    status: 'missed',
    target: 100,
    unit: '%',
    decimals: 0,
    bound: 'at-least',
    actual: 80,
    matched: '测试进度',
    line: 6,
  },
  {
    kind: 'metric',
    text: '告警数',
    previousLine: 12,
    status: 'met',
    target: 10,
    unit: '个',
    decimals: 0,
    bound: 'at-most',
    actual: 8,
    matched: '告警数',
    line: 8,
  },
  { kind: 'item', text: '完成支付通道切换', previousLine: 13, status: 'met', matched: '支付通道切换已完成', line: 9 },
  { kind: 'item', text: '组织安全培训', previousLine: 14, status: 'not-mentioned' },
];

const withPlans = comparison([row({ label: '测试进度', line: 6 })], { plans: PLANS });

/** The plan section's rows, each as [text of its cells joined by |, its attributes]. */
function planRows(html: string): string[] {
  const section = /<section class="section plans">(.*?)<\/section>/.exec(html)?.[1] ?? '';
  return [...section.matchAll(/<tr class="([^"]*)"([^>]*)>(.*?)<\/tr>/g)].map(
    ([, classes, attributes, cells]) =>
      `${classes}${attributes} :: ${cells
        .replace(/<span class="status-mark"[^>]*>(.*?)<\/span>/g, '$1')
        .replace(/<\/t[hd]>/g, '|')
        .replace(/<[^>]+>/g, '')}`,
  );
}

describe("last week's plan in the panel", () => {
  it('lists every target with its target, this week’s value or item and the result (English)', () => {
    const html = renderComparisonBody(withPlans, 'en');
    expect(html).toContain('<h2>Last week&#39;s plan</h2>');
    expect(planRows(html)).toEqual([
      'row plan status-worsened data-line="6" tabindex="0" :: 测试进度|100%|80%|✗ missed|',
      'row plan status-improved data-line="8" tabindex="0" :: 告警数|≤ 10个|8个|✓ met|',
      'row plan status-improved data-line="9" tabindex="0" :: 完成支付通道切换|—|支付通道切换已完成|✓ met|',
      'row plan status-gone :: 组织安全培训|—|—|− not mentioned|',
    ]);
  });

  it('speaks Chinese', () => {
    const html = renderComparisonBody(withPlans, 'zh-cn');
    expect(html).toContain('<h2>上周计划</h2>');
    expect(html).toContain('<th scope="col" class="metric">计划</th><th scope="col" class="value">目标</th>');
    expect(planRows(html).map((r) => r.split(' :: ')[1].split('|')[3])).toEqual(['✗ 未达成', '✓ 已达成', '✓ 已达成', '− 未提及']);
  });

  it('has no section without plans', () => {
    expect(renderComparisonBody(comparison([row()]), 'en')).not.toContain('class="section plans"');
  });

  it('escapes everything a report wrote', () => {
    const html = renderComparisonBody(hostileComparison(), 'en');
    expect(html).toContain('class="section plans"');
    for (const payload of XSS_PAYLOADS.filter((p) => /[<"']/.test(p))) expect(html).not.toContain(payload);
    expect(html).not.toMatch(/<(?:script|img|iframe|svg onload|a href)/);
  });
});

describe('the hover line', () => {
  it('says the target, that it is last week’s plan and the result', () => {
    expect(planHoverLine(PLANS[0], 'zh-cn')).toBe('目标 100%（上周计划）· 未达成');
    expect(planHoverLine(PLANS[0], 'en')).toBe("Target 100% (last week's plan) · missed");
    expect(planHoverLine(PLANS[1], 'zh-cn')).toBe('目标 ≤ 10个（上周计划）· 已达成');
  });

  it('gives no target for an item', () => {
    expect(planTarget(PLANS[2], 'en')).toBe('');
  });
});
