// Through the built CLI: a folder of date-named editions with no report word in them is a series,
// and each edition's previous report is the previous file of the same edition.
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './cliRunner';

const FOLDER = path.resolve(__dirname, '../fixtures/series/newsletter');

function compare(file: string, ...args: string[]) {
  const result = runCli('compare', path.join(FOLDER, file), '--format', 'json', ...args);
  expect(result.status).toBe(0);
  return JSON.parse(result.stdout);
}

describe('compare over a date-named, two-edition newsletter', () => {
  it.each([
    ['20240119.en.md', '20240105.en.md'],
    ['20240216.en.md', '20240202.en.md'],
    ['20240119.zh_CN.md', '20240105.zh_CN.md'],
    ['20240202.zh_CN.md', '20240119.zh_CN.md'],
  ])('%s follows %s', (file, previous) => {
    const comparison = compare(file);
    expect(decodeURIComponent(comparison.previous.uri).endsWith(`/${previous}`)).toBe(true);
  });

  it('says how far back the previous report is, in both languages', () => {
    expect(compare('20240216.en.md').note).toMatch(/^Biweekly series: comparing with .+, 2 weeks earlier\.$/);
    expect(compare('20240216.en.md', '--locale', 'zh-cn').note).toMatch(/^双周报系列：与 2 周前的 .+ 比较。$/);
  });

  it('has no previous report for the first issue', () => {
    expect(compare('20240105.en.md').previous).toBeNull();
  });
});

describe('compare over numbered issues dated by a Pelican header', () => {
  it('finds the previous issue by its Date: line', () => {
    const result = runCli('compare', path.join(FOLDER, '../numbered/issue-315.md'), '--format', 'json');
    expect(result.status).toBe(0);
    expect(decodeURIComponent(JSON.parse(result.stdout).previous.uri).endsWith('/issue-314.md')).toBe(true);
  });
});
