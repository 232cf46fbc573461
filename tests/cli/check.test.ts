import { describe, expect, it } from 'vitest';
import { runCliWith } from './cliRunner';
import { ANSI, configFile, teamDir, week20, week21, week22 } from './cliFixtures';

const inTeam = { cwd: teamDir };

interface Diagnostic {
  code: string;
  severity: string;
  message: string;
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
}

function checkJson(...args: string[]): { status: number | null; files: { file: string; diagnostics: Diagnostic[] }[]; stderr: string } {
  const r = runCliWith(inTeam, 'check', ...args, '--format', 'json');
  return { status: r.status, files: JSON.parse(r.stdout), stderr: r.stderr };
}

const codes = (diagnostics: Diagnostic[]) => diagnostics.map((d) => d.code);

describe('weekly-report check', () => {
  it('reports per file in JSON, with week-over-week rules fed by the previous report in the folder', () => {
    const { status, files } = checkJson(week20, week21, week22);
    expect(status).toBe(0);
    expect(files.map((f) => f.file)).toEqual([week20, week21, week22]);
    expect(files[0].diagnostics).toEqual([]);
    expect(files[1].diagnostics).toEqual([]);
    const [mismatch] = files[2].diagnostics.filter((d) => d.code === 'percent-fraction-mismatch');
    expect(mismatch).toMatchObject({ severity: 'warning', range: { start: { line: 19 } } });
    expect(mismatch.message).toContain('73.33%');
    const [drop] = files[2].diagnostics.filter((d) => d.code === 'week-over-week-change');
    expect(drop).toMatchObject({ severity: 'information', range: { start: { line: 12 } } });
    expect(drop.message).toMatch(/99\.780%.*99\.930%/);
    for (const d of files[2].diagnostics) expect(Object.keys(d).sort()).toEqual(['code', 'message', 'range', 'severity']);
  });

  it('prints eslint-style text: file header, line:col severity message code, summary', () => {
    const r = runCliWith(inTeam, 'check', week21, week22);
    expect(r.status).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines).not.toContain(week21);
    expect(lines).toContain(week22);
    const mismatch = lines.find((l) => l.endsWith('percent-fraction-mismatch'))!;
    expect(mismatch.trim().split(/\s{2,}/)).toEqual(['20:10', 'warning', expect.stringContaining('22/30'), 'percent-fraction-mismatch']);
    expect(lines.find((l) => l.endsWith('week-over-week-change'))?.trim()).toMatch(/^13:3\s+info\s+任务调度成功率/);
    const problems = lines.filter((l) => /^\s+\d+:\d+\s/.test(l)).length;
    expect(r.stdout).toContain(`✖ ${problems} problems (0 errors, 1 warning, ${problems - 1} info)`);
    expect(r.stdout).not.toMatch(ANSI);
  });

  it('prints nothing and exits 0 for clean reports', () => {
    const r = runCliWith(inTeam, 'check', week20, week21);
    expect(r).toEqual({ status: 0, stdout: '', stderr: '' });
  });

  it.each([
    [[], 0],
    [['--max-warnings', '1'], 0],
    [['--max-warnings', '0'], 1],
    [['--config', configFile('strict.json')], 1],
  ])('exit code with %j is %i', (options, code) => {
    expect(runCliWith(inTeam, 'check', week22, ...options).status).toBe(code);
  });

  it('takes severities and thresholds from --config, in either settings shape', () => {
    expect(
      checkJson(week22, '--config', configFile('strict.json')).files[0].diagnostics.find((d) => d.code === 'percent-fraction-mismatch')
        ?.severity,
    ).toBe('error');
    const thresholds = checkJson(week22, '--config', configFile('thresholds.json'));
    const threshold = thresholds.files[0].diagnostics.find((d) => d.code === 'metric-threshold');
    expect(threshold?.message).toContain('*调度成功率');
    expect(codes(thresholds.files[0].diagnostics)).not.toContain('week-over-week-change');
    const vscode = checkJson(week22, '--config', configFile('vscode-settings.jsonc'));
    expect(vscode.stderr).toBe('');
    expect(codes(vscode.files[0].diagnostics)).not.toContain('percent-fraction-mismatch');
  });

  it('says what is wrong with a broken config in one line and checks with the defaults', () => {
    const broken = checkJson(week22, '--config', configFile('broken.json'));
    expect(broken.status).toBe(0);
    expect(broken.stderr.trim().split('\n')).toEqual([
      expect.stringMatching(/broken\.json is not valid JSON .*using the default settings/),
    ]);
    expect(codes(broken.files[0].diagnostics)).toContain('percent-fraction-mismatch');
    const badValues = checkJson(week22, '--config', configFile('bad-values.json'));
    expect(badValues.stderr.trim().split('\n')).toEqual([
      expect.stringContaining('no-such-rule'),
      expect.stringContaining('weeklyReport.trendWeeks'),
    ]);
    expect(codes(badValues.files[0].diagnostics)).toContain('percent-fraction-mismatch');
  });

  it('speaks Chinese with --locale zh-cn and colours with --color', () => {
    const zh = checkJson(week22, '--locale', 'zh-cn').files[0].diagnostics;
    expect(zh.find((d) => d.code === 'percent-fraction-mismatch')?.message).toContain('不一致');
    expect(runCliWith(inTeam, 'check', week22, '--color').stdout).toMatch(ANSI);
  });

  it.each([
    [['--max-warnings', 'many'], /--max-warnings must be a whole number/],
    [['--max-warnings'], /--max-warnings needs a value/],
    [['--config', 'no-such.json'], /cannot read --config no-such\.json: no such file/],
    [['--locale', 'fr'], /--locale must be one of en, zh-cn/],
    [['missing.md'], /cannot read missing\.md: no such file/],
  ])('%j is a usage error: exit 2, one line, no output', (options, message) => {
    const r = runCliWith(inTeam, 'check', week22, ...options);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stdout).toBe('');
  });
});
