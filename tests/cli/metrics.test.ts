import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCliWith } from './cliRunner';
import { teamDir, tempDir, week22, writeTemp } from './cliFixtures';

const inTeam = { cwd: teamDir };

describe('weekly-report metrics', () => {
  it('prints JSON: file, week label and every metric with a 0-based line', () => {
    const r = runCliWith(inTeam, 'metrics', week22, '--format', 'json');
    expect(r.status).toBe(0);
    const output = JSON.parse(r.stdout);
    expect(output.file).toBe(week22);
    expect(output.week).toBe('2024-W22');
    expect(output.metrics.find((m: { label: string }) => m.label === '灰度用户满意度')).toEqual({
      label: '灰度用户满意度',
      value: 76,
      unit: '%',
      kind: 'percent',
      fraction: { numerator: 22, denominator: 30 },
      section: '【O1 数据服务】',
      line: 19,
    });
    const lines = readFileSync(path.join(teamDir, week22), 'utf8').split('\n');
    for (const metric of output.metrics) {
      expect(Object.keys(metric).sort()).toEqual(['fraction', 'kind', 'label', 'line', 'section', 'unit', 'value']);
      expect(lines[metric.line]).toContain(metric.label);
    }
  });

  it('prints a table with 1-based lines and as many rows as JSON has metrics', () => {
    const text = runCliWith(inTeam, 'metrics', week22);
    const json = JSON.parse(runCliWith(inTeam, 'metrics', week22, '--format', 'json').stdout);
    expect(text.status).toBe(0);
    const lines = text.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe(`${week22}  (2024-W22)`);
    expect(lines[1].split(/\s{2,}/)).toEqual(['line', 'section', 'metric', 'value', 'fraction', 'kind']);
    expect(
      lines
        .find((l) => l.includes('灰度用户满意度'))
        ?.trim()
        .split(/\s{2,}/),
    ).toEqual(['20', '【O1 数据服务】', '灰度用户满意度', '76%', '22/30', 'percent']);
    expect(lines.length - 3).toBe(json.metrics.length);
    expect(lines.at(-1)).toBe(`${json.metrics.length} metrics`);
  });

  it('gives week null for a report whose week is unknown', () => {
    const file = writeTemp(tempDir(), 'notes.md', '# 随手记\n\n- 巡检覆盖率：95%\n');
    const output = JSON.parse(runCliWith({}, 'metrics', file, '--format', 'json').stdout);
    expect(output.week).toBeNull();
    expect(output.metrics).toMatchObject([{ label: '巡检覆盖率', value: 95, fraction: null, line: 2 }]);
  });
});
