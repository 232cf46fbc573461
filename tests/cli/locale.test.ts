// Every sentence the CLI itself says (its help, a mistake on the command line, a file it cannot
// read or write, what `new` did) is in the language asked for: `--locale zh-cn` or a Chinese
// terminal. A sentence left in English under zh-cn is one that escaped the catalogue.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCliWith, type CliResult } from './cliRunner';
import { teamDir, tempDir, week20, week21, week22, writeTemp } from './cliFixtures';

const hasHan = (text: string) => /\p{Script=Han}/u.test(text);

/** The words of a one-line message once file names, options and quoted values are taken out. */
function englishWordsIn(line: string, ...names: string[]): string[] {
  let rest = line.replace(/^weekly-report: /, '');
  for (const name of names) rest = rest.split(name).join(' ');
  rest = rest.replace(/--[a-z-]+|“[^”]*”|"[^"]*"|\b(?:FILE|PATH|weekly-report)\b/g, ' ');
  // Acronyms (UTF, BOM, JSON) are the same in both languages: only words with a small letter count.
  return (rest.match(/[A-Za-z]{2,}/g) ?? []).filter((word) => /[a-z]/.test(word));
}

function zh(args: string[], cwd = teamDir, env: Record<string, string> = {}): CliResult {
  return runCliWith({ cwd, env }, ...args, '--locale', 'zh-cn');
}

/** One line on stderr, exit 2, in Chinese with no English sentence left, and its English twin in English. */
function expectOneLineInBoth(args: string[], names: string[], cwd = teamDir, env: Record<string, string> = {}): void {
  const chinese = zh(args, cwd, env);
  const english = runCliWith({ cwd, env }, ...args, '--locale', 'en');
  for (const r of [chinese, english]) {
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  }
  expect(hasHan(chinese.stderr)).toBe(true);
  expect(englishWordsIn(chinese.stderr.trim(), ...names)).toEqual([]);
  expect(hasHan(english.stderr)).toBe(false);
  expect(englishWordsIn(english.stderr.trim(), ...names).length).toBeGreaterThan(0);
}

describe('the CLI under --locale zh-cn', () => {
  const binary = writeTemp(tempDir(), 'scan-W01.md', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0xff, 0xfe]));

  it.each([
    ['check, a missing file', ['check', week21, 'no-such-W23.md'], ['no-such-W23.md']],
    ['check, a folder', ['check', teamDir], [teamDir]],
    ['metrics, a binary file', ['metrics', binary], [binary]],
    ['compare, a missing --previous', ['compare', week22, '--previous', 'gone.md'], ['gone.md']],
    ['history, a missing file', ['history', 'gone.md'], ['gone.md']],
    ['an unknown option', ['check', week21, '--bogus'], []],
    ['a value not allowed', ['check', week21, '--format', 'xml'], ['text', 'json', 'sarif', 'junit']],
    ['a switch given a value', ['check', week21, '--force=yes'], []],
    ['an option without its value', ['compare', week22, '--previous'], []],
    ['--max-warnings not a number', ['check', week21, '--max-warnings', 'many'], []],
    ['no FILE', ['check'], []],
    ['two FILEs where one is taken', ['outline', week20, week21], []],
    ['an unknown command', ['inspect', week21], ['inspect']],
    ['--root not a folder', ['compare', week22, '--root', 'nowhere'], ['nowhere']],
    ['--week on a single report', ['compare', week22, '--week', '1'], [week22]],
  ])('%s: one line in Chinese, exit 2', (_, args, names) => expectOneLineInBoth(args, names));

  it('an unreadable file found by a check worker is said in Chinese too', () => {
    const dir = tempDir();
    const files = Array.from({ length: 40 }, (_, i) => {
      const week = String(i + 1).padStart(2, '0');
      return path.basename(writeTemp(dir, `2024-W${week}.md`, `# 2024年第${week}周\n\n## 本周工作\n\n- 完成 ${i} 项\n`));
    });
    // The missing file is in the last stretch: the second thread's, not the main thread's.
    expectOneLineInBoth([...files, 'missing-W53.md'], ['missing-W53.md'], dir, { WEEKLY_REPORT_CHECK_THREADS: '2' });
  });

  it('follows a Chinese terminal (LANG=zh_CN.UTF-8) when --locale is not given', () => {
    const r = runCliWith({ cwd: teamDir, env: { LANG: 'zh_CN.UTF-8' } }, 'check', 'gone.md');
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('weekly-report: 无法读取 gone.md：文件不存在\n');
  });

  it('prints its help in Chinese, with every command and option the English help lists', () => {
    const chinese = runCliWith({}, '--help', '--locale', 'zh-cn');
    const english = runCliWith({}, '--help');
    expect(chinese.status).toBe(0);
    expect(hasHan(chinese.stdout)).toBe(true);
    const commandsAndOptions = (text: string) => [...new Set(text.match(/^ {2}(?:[a-z]+ [A-Z.]+|--[a-z-]+)/gm))].sort();
    expect(commandsAndOptions(chinese.stdout)).toEqual(commandsAndOptions(english.stdout));
    expect(commandsAndOptions(english.stdout).length).toBeGreaterThan(15);
    expect(runCliWith({ env: { LANG: 'zh_CN.UTF-8' } }, 'check', '--help').stdout).toBe(chinese.stdout);
  });

  it('says what new created, and that an existing file was left unchanged, in Chinese', () => {
    const dir = tempDir();
    fs.copyFileSync(path.join(teamDir, week21), path.join(dir, week21));
    const created = zh(['new', week21], dir);
    expect(created.status).toBe(0);
    expect(created.stderr).toBe(`weekly-report: 已创建 ${path.join(dir, week22).slice(dir.length + 1)}\n`);
    const again = zh(['new', week21], dir);
    expect(again.stderr).toMatch(/^weekly-report: 文件已存在，保持原样：/);
  });
});
