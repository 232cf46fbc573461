import { describe, expect, it } from 'vitest';
import * as path from 'node:path';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { runCli } from './cliRunner';
import { fixturesDir } from '../helpers/fixtures';

const report = path.join(fixturesDir, 'reports/team-a/2024-W10.md');

describe('weekly-report outline', () => {
  it('prints an indented tree', () => {
    const r = runCli('outline', report);
    expect(r.status).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe('第10周  (line 1)');
    expect(lines).toContain('  【系统运行数据】  (line 19)');
    expect(lines).toContain('    【清结算系统迁移】  (line 7)');
  });

  it('prints JSON with 0-based lines', () => {
    const r = runCli('outline', report, '--format', 'json');
    expect(r.status).toBe(0);
    const tree = JSON.parse(r.stdout);
    expect(tree[0]).toMatchObject({ name: '第10周', kind: 'heading', line: 0 });
    const data = tree[0].children.find((c: { name: string }) => c.name === '【系统运行数据】');
    expect(data).toEqual({ name: '【系统运行数据】', kind: 'heading', line: 18, children: [] });
  });

  it.each([
    [['outline', report, '--bogus'], /unknown option --bogus/],
    [['outline', report, '--format', 'xml'], /--format must be one of text, json/],
    [['outline', '/no/such/file.md'], /no such file/],
    [['outline', fixturesDir], /is a directory/],
    [['outline'], /missing FILE/],
    [['frobnicate'], /unknown command "frobnicate"/],
  ])('%j → one-line error, exit 2', (args, message) => {
    const r = runCli(...args);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stdout).toBe('');
  });

  it('refuses a binary file', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'wr-cli-'));
    const file = path.join(dir, 'image-W01.md');
    writeFileSync(file, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0xff, 0xfe]));
    const r = runCli('outline', file);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/binary file/);
  });
});
