// Rule target-missed on the two-week fixtures in tests/fixtures/rules/target-missed/: last week
// planned 测试进度100%; this week says 80% (missed/) or 100% (met/).
import { describe, expect, it } from 'vitest';
import { readFixture } from '../../helpers/fixtures';
import { parseReport } from '../../../server/src/report/parseReport';
import { extractMetrics } from '../../../server/src/report/metrics/extractMetrics';
import { compareReports } from '../../../server/src/report/compare/compareReports';
import { toComparedReport } from '../../../server/src/report/compare/comparedReport';
import { defaultSettings } from '../../../server/src/report/settings';
import { runRules } from '../../../server/src/report/rules';
import { targetMissed } from '../../../server/src/report/rules/targetMissed';
import type { Comparison } from '../../../server/src/report/compare/types';
import type { Locale } from '../../../server/src/report/base/locale';
import type { RuleContext } from '../../../server/src/report/rules/types';

function contextFor(folder: 'missed' | 'met', locale: Locale = 'en', adjust: (c: Comparison) => void = () => {}): RuleContext {
  const load = (name: string) => {
    const report = parseReport(readFixture(`rules/target-missed/${folder}/${name}`));
    return { report, metrics: extractMetrics(report), compared: toComparedReport(`file:///t/${name}`, report, extractMetrics(report)) };
  };
  const previous = load('2024-W20.md');
  const current = load('2024-W21.md');
  const comparison = compareReports(current.compared, previous.compared);
  adjust(comparison);
  return { report: current.report, metrics: current.metrics, settings: defaultSettings, locale, comparison };
}

describe('target-missed', () => {
  it('fires where last week planned 测试进度100% and this week says 80%, on that metric', () => {
    const context = contextFor('missed');
    const findings = targetMissed.check(context);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      code: 'target-missed',
      severity: 'information',
      message: "测试进度 80%, short of last week's planned target of 100%",
    });
    const line = context.report.lines[findings[0].range.start.line];
    expect(line.slice(findings[0].range.start.character, findings[0].range.end.character)).toBe('测试进度80%');
  });

  it('does not fire where the target was met (100%), nor for a count kept under its 以内 bound', () => {
    expect(targetMissed.check(contextFor('met'))).toEqual([]);
  });

  it('speaks Chinese', () => {
    expect(targetMissed.check(contextFor('missed', 'zh-cn'))[0].message).toBe('测试进度 80%，未达到上周计划的目标 100%');
  });

  it('words a target reached from above', () => {
    const findings = targetMissed.check(
      contextFor('missed', 'zh-cn', (c) => {
        const alerts = c.plans!.find((p) => p.text === '告警数')!;
        Object.assign(alerts, { status: 'missed', actual: 12 });
      }),
    );
    expect(findings.map((f) => f.message)).toContain('告警数 12个，超出上周计划的目标（不超过 10个）');
  });

  it('stays silent when the previous report lies too far back, and says how far back it is otherwise', () => {
    expect(targetMissed.check(contextFor('missed', 'en', (c) => (c.previousTooFar = true)))).toEqual([]);
    const [finding] = targetMissed.check(contextFor('missed', 'en', (c) => (c.previousWeeksBack = 2)));
    expect(finding.message).toMatch(/\(the previous report is 2 weeks earlier\)$/);
  });

  it('is registered: runRules reports it, and settings can turn it off', () => {
    expect(runRules(contextFor('missed')).map((f) => f.code)).toContain('target-missed');
    const off = { ...contextFor('missed'), settings: { ...defaultSettings, rules: { 'target-missed': 'off' as const } } };
    expect(runRules(off).map((f) => f.code)).not.toContain('target-missed');
  });
});
