// The Markdown files under a folder, in a stable order: the fixtures, and the corpus when given.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { fixturesDir } from '../../helpers/fixtures';

function* filesUnder(dir: string): Generator<string> {
  for (const name of readdirSync(dir).sort()) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) yield* filesUnder(full);
    else if (name.endsWith('.md')) yield full;
  }
}

/** Every fixture's text, and every corpus report's when WEEKLY_REPORT_CORPUS is set. */
export function fixtureAndCorpusTexts(): string[] {
  const corpus = process.env.WEEKLY_REPORT_CORPUS;
  const files = [...filesUnder(fixturesDir), ...(corpus ? filesUnder(corpus) : [])];
  return files.map((file) => readFileSync(file, 'utf8'));
}

export function fixtureTexts(): string[] {
  return [...filesUnder(fixturesDir)].map((file) => readFileSync(file, 'utf8'));
}
