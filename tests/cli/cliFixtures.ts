// The CLI fixtures: a three-week series (W20 → W22) in one folder, and settings files.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { fixturesDir } from '../helpers/fixtures';

export const cliFixtures = path.join(fixturesDir, 'cli');
/** Run the CLI from here so that file names in its output are short and stable. */
export const teamDir = path.join(cliFixtures, 'team');
export const configFile = (name: string) => path.join(cliFixtures, 'config', name);

/** W22 has a wrong percentage (76% of 22/30) and a success rate down from 99.930% to 99.780%. */
export const week22 = '2024-W22.md';
export const week21 = '2024-W21.md';
/** The first report of the series: nothing to compare with. */
export const week20 = '2024-W20.md';

export function tempDir(): string {
  return mkdtempSync(path.join(tmpdir(), 'wr-cli-'));
}

export function writeTemp(dir: string, name: string, content: string | Buffer): string {
  const file = path.join(dir, name);
  writeFileSync(file, content);
  return file;
}

export const ANSI = /\x1b\[[0-9;]*m/;
