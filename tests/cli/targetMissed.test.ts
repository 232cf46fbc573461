// The CLI on the two-week fixtures of rule target-missed: `compare --format json` carries the
// plans, `check` tells the missed target and nothing where it was met, `--format html` shows them.
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './cliRunner';
import { fixturesDir } from '../helpers/fixtures';

const week21 = (folder: 'missed' | 'met') => path.join(fixturesDir, 'rules/target-missed', folder, '2024-W21.md');

describe("last week's plan in the CLI", () => {
  it('compare --format json has the plans, each with its status', () => {
    const r = runCli('compare', week21('missed'), '--format', 'json');
    expect(r.status).toBe(0);
    const { plans } = JSON.parse(r.stdout);
    expect(plans.map((p: { text: string; status: string }) => [p.text, p.status])).toEqual([
      ['测试进度', 'missed'],
      ['告警数', 'met'],
      ['完成支付通道切换', 'met'],
      ['整理季度复盘材料', 'mentioned'],
    ]);
    expect(plans[0]).toMatchObject({ kind: 'metric', target: 100, actual: 80, unit: '%', bound: 'at-least', line: 6, previousLine: 12 });
  });

  it('check shows target-missed on the missed target and not where it was met', () => {
    const missed = runCli('check', week21('missed'), '--format', 'json', '--locale', 'zh-cn');
    const [file] = JSON.parse(missed.stdout);
    const found = file.diagnostics.filter((d: { code: string }) => d.code === 'target-missed');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ message: '测试进度 80%，未达到上周计划的目标 100%', severity: 'information' });
    expect(found[0].range.start.line).toBe(6);

    const met = runCli('check', week21('met'), '--format', 'json');
    expect(JSON.parse(met.stdout)[0].diagnostics.map((d: { code: string }) => d.code)).not.toContain('target-missed');
  });

  it('compare --format html shows the plan section', () => {
    const html = runCli('compare', week21('missed'), '--format', 'html', '--locale', 'zh-cn').stdout;
    expect(html).toContain('<h2>上周计划</h2>');
    expect(html).toContain('未达成');
  });
});
