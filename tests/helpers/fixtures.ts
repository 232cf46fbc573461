import { readFileSync } from 'node:fs';
import * as path from 'node:path';

export const fixturesDir = path.resolve(__dirname, '../fixtures');

export function readFixture(relative: string): string {
  return readFileSync(path.join(fixturesDir, relative), 'utf8');
}
