import { describe, expect, it } from 'vitest';
import { buildNextReport, type NextReportOptions } from '../../../server/src/report/nextWeek';
import type { Metric } from '../../../server/src/report/metrics/types';
import { parseReport } from '../../../server/src/report/parseReport';
import { readFixture } from '../../helpers/fixtures';
import { locatedAll } from './locatedMetric';

type Spec = Array<[string, string] | [string, string, string]>;

function next(text: string, metrics: Spec = [], options: Partial<NextReportOptions> = {}): string {
  const report = parseReport(text, { weekNumbering: 'iso', fileName: options.fileName });
  return buildNextReport(report, { metrics: locatedAll(report, metrics), values: 'placeholder', numbering: 'iso', ...options });
}

const lines = (...l: string[]) => `${l.join('\n')}\n`;

describe('buildNextReport: the fixture pair', () => {
  it('turns 2024-W52 into 2025-W01 as written in the expected file', () => {
    const { metrics } = JSON.parse(readFixture('next-week/metrics.json')) as { metrics: Spec };
    expect(next(readFixture('next-week/2024-W52.md'), metrics)).toBe(readFixture('next-week/2025-W01.expected.md'));
  });
});

describe('buildNextReport: title, Created line and front matter', () => {
  it('moves the title week and the Created date one week on, in their own formats', () => {
    expect(next(lines('# Week 11 — Payments', '', 'Created: March 15, 2024 6:05 PM'))).toBe(
      lines('# Week 12 — Payments', '', 'Created: March 22, 2024 6:05 PM'),
    );
    expect(next(lines('# 2023-W52', '', 'Created: 2023-12-29 18:00'))).toBe(lines('# 2024-W01', '', 'Created: 2024-01-05 18:00'));
    expect(next(lines('# 第五十一周', '', 'Created: 2023年12月22日'))).toBe(lines('# 第五十二周', '', 'Created: 2023年12月29日'));
  });

  it('moves front matter week and date, and follows the year across New Year', () => {
    const text = lines('---', 'type: weekly-report', 'week: 2023-W52', 'date: "2023-12-29"', 'year: 2023', '---', '', '# Week 52');
    expect(next(text)).toBe(
      lines('---', 'type: weekly-report', 'week: 2024-W01', 'date: "2024-01-05"', 'year: 2024', '---', '', '# Week 1'),
    );
    expect(next(lines('---', 'week: 09', 'date: 2024-03-01', '---'))).toBe(lines('---', 'week: 10', 'date: 2024-03-08', '---'));
  });

  it('points a previous: link at this week’s file', () => {
    const text = lines('---', 'week: 2024-W11', 'previous: ./2024-W10.md', '---');
    expect(next(text, [], { fileName: 'reports/2024-W11.md' })).toBe(lines('---', 'week: 2024-W12', 'previous: 2024-W11.md', '---'));
  });
});

describe('buildNextReport: sections', () => {
  it('moves the Next week items into Key work, in the style of its entries, and leaves Next week empty', () => {
    const en = readFixture('reports/weekly-en.md');
    const out = next(en);
    expect(out).toContain(lines('## Key work', '', '- **Ramp the ledger migration to 60%**', '', '## Operations metrics'));
    expect(out.endsWith('## Next week\n')).toBe(true);
    expect(out).not.toContain('Ledger migration**: reconciliation');
  });

  it('carries plain items into plain key work and keeps nested plan items nested', () => {
    const text = lines('# 第10周', '', '## 重点工作', '', '- 上线A', '', '## 下周计划', '', '- 灰度B', '    - 先10%', '- 复盘C');
    expect(next(text)).toBe(lines('# 第11周', '', '## 重点工作', '', '- 灰度B', '    - 先10%', '- 复盘C', '', '## 下周计划'));
  });

  it('nests carried items under a key work that is itself a list item', () => {
    const text = lines('【本周】', '', '- 【重点工作】', '    - 上线A', '', '【计划】', '', '- 【下周工作】', '    1. 灰度B');
    expect(next(text)).toBe(lines('【本周】', '', '- 【重点工作】', '    - 灰度B', '', '【计划】', '', '- 【下周工作】'));
  });

  it('keeps the plan where it is when there is no key-work section to move it into', () => {
    const text = lines('# Week 3', '', '## Metrics', '', '- Uptime: 99.9%', '', '## Next week', '', '- Ship B');
    expect(next(text, [['Uptime', '99.9%']])).toBe(
      lines('# Week 4', '', '## Metrics', '', '- Uptime: XX%', '', '## Next week', '', '- Ship B'),
    );
  });

  it('drops narrative paragraphs but keeps list items and label lines', () => {
    const text = lines(
      '# Week 3',
      '',
      '## O1: Platform',
      '',
      'We spent the week on it.',
      '',
      'Status:',
      '',
      '- Ship A',
      '',
      '## Reflections',
      '',
      'Long thoughts.',
    );
    expect(next(text)).toBe(lines('# Week 4', '', '## O1: Platform', '', 'Status:', '', '- Ship A', '', '## Reflections'));
  });
});

describe('buildNextReport: metric values', () => {
  const text = lines(
    '# 第10周',
    '',
    '## 【系统运行数据】',
    '',
    '- 入金有效成功率：99.966%，由于银商侧系统异常，导致2个通道签名失败。',
    '- 出金有效成功率：99.984% ，一次支付成功率：99.256%。',
    '- MTTR 45mins',
    '',
    '## 【O2 系统升级】',
    '',
    '- 商户巡检，测试进度80%，预计下周上线',
  );
  const metrics: Spec = [
    ['入金有效成功率', '99.966%'],
    ['导致', '2个'],
    ['出金有效成功率', '99.984%'],
    ['一次支付成功率', '99.256%'],
    ['MTTR', '45mins'],
    ['测试进度', '80%'],
  ];

  it('leaves placeholders the placeholder-left rule flags, and drops a figure’s explanation', () => {
    expect(next(text, metrics)).toBe(
      lines(
        '# 第11周',
        '',
        '## 【系统运行数据】',
        '',
        '- 入金有效成功率：XX%',
        '- 出金有效成功率：XX% ，一次支付成功率：XX%。',
        '- MTTR XX mins',
        '',
        '## 【O2 系统升级】',
        '',
        '- 商户巡检，测试进度XX%，预计下周上线',
      ),
    );
  });

  it('keeps last week’s values when asked', () => {
    const out = next(text, metrics, { values: 'last-week' });
    expect(out).toContain('- 入金有效成功率：99.966%\n');
    expect(out).toContain('- 出金有效成功率：99.984% ，一次支付成功率：99.256%。\n');
    expect(out).toContain('- 商户巡检，测试进度80%，预计下周上线\n');
  });
});

describe('buildNextReport: purity and bad input', () => {
  it('does not change the report or the metrics it is given', () => {
    const report = parseReport(readFixture('next-week/2024-W52.md'), { weekNumbering: 'iso' });
    const { metrics: spec } = JSON.parse(readFixture('next-week/metrics.json')) as { metrics: Spec };
    const metrics: Metric[] = locatedAll(report, spec);
    const before = JSON.stringify({ report, metrics });
    const first = buildNextReport(report, { metrics, values: 'placeholder', numbering: 'iso' });
    expect(JSON.stringify({ report, metrics })).toBe(before);
    expect(buildNextReport(report, { metrics, values: 'placeholder', numbering: 'iso' })).toBe(first);
  });

  it('copes with empty text and metrics whose ranges lie outside the text', () => {
    expect(next('')).toBe('\n');
    const report = parseReport('# Week 1\n\n- Uptime: 99%');
    const stray = { ...locatedAll(report, [['Uptime', '99%']])[0] };
    stray.valueRange = { start: { line: 9, character: 50 }, end: { line: 9, character: 60 } };
    expect(buildNextReport(report, { metrics: [stray], values: 'placeholder', numbering: 'iso' })).toBe('# Week 2\n\n- Uptime: 99%\n');
  });
});
