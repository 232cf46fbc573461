import { describe, expect, it } from 'vitest';
import { chmodSync, copyFileSync, lstatSync, readFileSync, readlinkSync, statSync, symlinkSync } from 'node:fs';
import * as path from 'node:path';
import { runCliWith } from './cliRunner';
import { tempDir, writeTemp } from './cliFixtures';
import { fixturesDir } from '../helpers/fixtures';

const report = path.join(fixturesDir, 'fix', '2024-W15.md');
const original = readFileSync(report);
const encodings = path.join(fixturesDir, 'encodings');

/** A fresh folder holding `name` with `content`; the CLI runs there. */
function inTemp(name: string, content: Buffer): { dir: string; file: string } {
  const dir = tempDir();
  return { dir, file: writeTemp(dir, name, content) };
}

function fix(dir: string, ...args: string[]) {
  return runCliWith({ cwd: dir }, 'check', '--fix', ...args);
}

/** How many leading and trailing bytes `a` and `b` share: what lies between is all that changed. */
function changedBytes(a: Buffer, b: Buffer): { prefix: number; suffix: number } {
  let prefix = 0;
  while (prefix < Math.min(a.length, b.length) && a[prefix] === b[prefix]) prefix++;
  let suffix = 0;
  while (suffix < Math.min(a.length, b.length) - prefix && a[a.length - 1 - suffix] === b[b.length - 1 - suffix]) suffix++;
  return { prefix, suffix };
}

describe('weekly-report check --fix', () => {
  it('rewrites only the wrong percentages, says so on stderr, then reports what is left', () => {
    const { dir, file } = inTemp('2024-W15.md', original);
    const first = fix(dir, '2024-W15.md', '--format', 'json');
    expect(first.status).toBe(0);
    expect(first.stderr).toContain('fixed 2 problems in 2024-W15.md (percent-fraction-mismatch ×2)');
    const after = readFileSync(file);
    expect(after.toString('utf8')).toBe(
      original.toString('utf8').replace('76%（16/24）', '67%（16/24）').replace('50%（3/4）', '75%（3/4）'),
    );
    // Every byte outside the two values is unchanged: the first and the last change are the values.
    const { prefix, suffix } = changedBytes(original, after);
    expect(original.subarray(prefix, prefix + 1).toString()).toBe('7');
    expect(original.subarray(prefix, original.length - suffix).toString('utf8')).toMatch(/^76%（16\/24）[^]*：50$/);
    // The remaining findings, as check reports them, from the file as written.
    const [{ diagnostics }] = JSON.parse(first.stdout) as { diagnostics: { code: string }[] }[];
    expect(diagnostics.map((d) => d.code)).toEqual(['placeholder-left']);

    const second = fix(dir, '2024-W15.md');
    expect(second.stderr).not.toContain('fixed');
    expect(readFileSync(file)).toEqual(after);
  });

  it("reports what is left against the fixed files: a fixed report may be the next one's last week", () => {
    const dir = tempDir();
    const thisWeek = original.toString('utf8').replace('76%（16/24）', '67%（16/24）');
    writeTemp(dir, '2024-W14.md', original.toString('utf8').replace('第15周', '第14周').replace('2024年4月12日', '2024年4月5日'));
    writeTemp(dir, '2024-W15.md', thisWeek);
    const codesOf = (stdout: string) =>
      (JSON.parse(stdout) as { diagnostics: { code: string }[] }[]).map((f) => f.diagnostics.map((d) => d.code));
    // Unfixed, last week's 76% makes this week's (right) 67% a drop.
    // This week is named first: it is checked before last week is fixed.
    const unfixed = runCliWith({ cwd: dir }, 'check', '2024-W15.md', '2024-W14.md', '--format', 'json');
    expect(codesOf(unfixed.stdout)[0]).toContain('week-over-week-change');
    const fixed = fix(dir, '2024-W15.md', '2024-W14.md', '--format', 'json');
    expect(fixed.stderr).toContain('fixed 2 problems in 2024-W14.md');
    expect(codesOf(fixed.stdout)[0]).not.toContain('week-over-week-change');
  });

  it('says it in Chinese with --locale zh-cn', () => {
    const { dir } = inTemp('2024-W15.md', original);
    expect(fix(dir, '2024-W15.md', '--locale', 'zh-cn').stderr).toContain('已修复 2024-W15.md 中的 2 个问题');
  });

  it('keeps CRLF line endings, a UTF-8 BOM and the file mode', () => {
    const crlf = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(original.toString('utf8').replace(/\n/g, '\r\n'))]);
    const { dir, file } = inTemp('2024-W15.md', crlf);
    chmodSync(file, 0o640);
    fix(dir, '2024-W15.md');
    const after = readFileSync(file);
    expect(after.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(after.toString('utf8')).toBe(crlf.toString('utf8').replace('76%', '67%').replace('50%', '75%'));
    expect(statSync(file).mode & 0o777).toBe(0o640);
  });

  it('writes UTF-16 back as UTF-16 with its BOM', () => {
    const { dir, file } = inTemp('2024-W22.md', readFileSync(path.join(encodings, '2024-W22.utf16le.md')));
    const r = fix(dir, '2024-W22.md');
    expect(r.stderr).toContain('fixed 1 problem in 2024-W22.md');
    const after = readFileSync(file);
    expect(after.subarray(0, 2)).toEqual(Buffer.from([0xff, 0xfe]));
    const before = readFileSync(path.join(encodings, '2024-W22.utf16le.md'));
    const { prefix, suffix } = changedBytes(before, after);
    // Only the digits of one value changed (UTF-16: two bytes per digit).
    expect(before.length - suffix - prefix).toBeLessThanOrEqual(6);
    expect(fix(dir, '2024-W22.md').stderr).not.toContain('fixed');
  });

  it('writes GB18030 back as GB18030, changing only the bytes of the value', () => {
    const gb = readFileSync(path.join(encodings, '2024-W22.gb18030.md'));
    const { dir, file } = inTemp('2024-W22.md', gb);
    const r = fix(dir, '2024-W22.md');
    expect(r.stderr).toContain('fixed 1 problem in 2024-W22.md');
    const after = readFileSync(file);
    const { prefix, suffix } = changedBytes(gb, after);
    expect(after.length - suffix - prefix).toBeLessThanOrEqual(2);
    expect(new TextDecoder('gb18030').decode(after)).toBe(new TextDecoder('gb18030').decode(gb).replace('76%', '73%'));
    expect(fix(dir, '2024-W22.md').stderr).not.toContain('fixed');
  });

  it('refuses to rewrite a GB18030 file whose bytes would not all come back the same, saying why', () => {
    // 0x80 is read as €, which GB18030 writes as A2E3: rewriting would change a byte nobody fixed.
    const gb = Buffer.concat([readFileSync(path.join(encodings, '2024-W22.gb18030.md')), Buffer.from([0x80, 0x0a])]);
    const { dir, file } = inTemp('2024-W22.md', gb);
    const r = fix(dir, '2024-W22.md');
    expect(r.stderr).toContain('did not fix 2024-W22.md: writing it back as GB18030 would change bytes outside the fixes');
    expect(readFileSync(file)).toEqual(gb);
    expect(r.stdout).toContain('percent-fraction-mismatch');
  });

  it('replaces the file a symlink points to and keeps the link', () => {
    const { dir, file } = inTemp('2024-W15.md', original);
    symlinkSync(file, path.join(dir, 'link-2024-W15.md'));
    fix(dir, 'link-2024-W15.md', '--force');
    expect(lstatSync(path.join(dir, 'link-2024-W15.md')).isSymbolicLink()).toBe(true);
    expect(readlinkSync(path.join(dir, 'link-2024-W15.md'))).toBe(file);
    expect(readFileSync(file, 'utf8')).toContain('67%（16/24）');
  });

  it('writes nothing into a file it skipped (not a report), nor into a report it was not given', () => {
    const dir = tempDir();
    const notReport = writeTemp(dir, 'notes.md', '比例 76%（16/24）\n');
    copyFileSync(report, path.join(dir, '2024-W15.md'));
    const r = fix(dir, 'notes.md');
    expect(r.stderr).toContain('skipped notes.md');
    expect(readFileSync(notReport, 'utf8')).toBe('比例 76%（16/24）\n');
    expect(readFileSync(path.join(dir, '2024-W15.md'))).toEqual(original);
  });
});
