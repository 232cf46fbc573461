import { describe, expect, it } from 'vitest';
import * as path from 'node:path';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { runCli } from './cliRunner';
import { fixturesDir } from '../helpers/fixtures';

function copyOfSeries(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'wr-new-'));
  cpSync(path.join(fixturesDir, 'reports/team-a'), dir, { recursive: true });
  return dir;
}

describe('weekly-report new', () => {
  it("creates next week's report beside the source, named by the series' scheme", () => {
    const dir = copyOfSeries();
    const source = path.join(dir, '2024-W11.md');
    const before = readFileSync(source);
    const r = runCli('new', source);
    expect(r.status).toBe(0);
    expect(r.stderr).toContain('created');
    const text = readFileSync(path.join(dir, '2024-W12.md'), 'utf8');
    expect(text).toMatch(/^# 第12周/);
    expect(text).toContain('对账单下载提测');
    expect(readFileSync(source).equals(before)).toBe(true);
  });

  it('never overwrites an existing file', () => {
    const dir = copyOfSeries();
    const target = path.join(dir, '2024-W11.md');
    const before = readFileSync(target);
    const r = runCli('new', path.join(dir, '2024-W10.md'));
    expect(r.status).toBe(0);
    expect(r.stderr).toContain('left unchanged');
    expect(readFileSync(target).equals(before)).toBe(true);
  });

  it('--dry-run prints the plan and writes nothing', () => {
    const dir = copyOfSeries();
    const files = readdirSync(dir).sort();
    const r = runCli('new', path.join(dir, '2024-W11.md'), '--dry-run');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^# → .*2024-W12\.md\n# 第12周/);
    expect(readdirSync(dir).sort()).toEqual(files);
    expect(existsSync(path.join(dir, '2024-W12.md'))).toBe(false);
  });

  it('rejects unknown options with exit 2', () => {
    const r = runCli('new', path.join(fixturesDir, 'reports/team-a/2024-W11.md'), '--force');
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/unknown option --force/);
  });

  it('makes a report whose check asks once per value to fill, and never on line 1', () => {
    const dir = copyOfSeries();
    const r = runCli('new', path.join(dir, '2024-W11.md'));
    expect(r.status).toBe(0);
    const created = path.join(dir, '2024-W12.md');
    const lines = readFileSync(created, 'utf8').split('\n');
    const checked = JSON.parse(runCli('check', created, '--format', 'json').stdout)[0].diagnostics as Array<{
      code: string;
      range: { start: { line: number; character: number } };
    }>;
    expect(checked.filter((d) => d.range.start.line === 0)).toEqual([]);
    // Each value left to fill (XX, XX%) is one finding; nothing else repeats it (no metric-missing for them).
    const placeholders = lines.reduce((n, line) => n + (line.match(/(?<![A-Za-z0-9])XX(?:\.X+)?%?(?![A-Za-z0-9])/g)?.length ?? 0), 0);
    expect(placeholders).toBeGreaterThan(0);
    expect(checked.filter((d) => d.code === 'placeholder-left')).toHaveLength(placeholders);
    expect(checked.filter((d) => d.code === 'metric-missing')).toEqual([]);
    const at = checked.map((d) => `${d.range.start.line}:${d.range.start.character}`);
    expect(new Set(at).size).toBe(at.length);
  });
});
