// Bundles the in-host suite (tests/e2e/suite/*.ts) into dist/e2e/suite/: index.js is the
// extensionTestsPath, each *.test.js a mocha file it discovers. `vscode` comes from the extension
// host and `mocha` stays external so index.js and the test files share one mocha instance.
import { readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import * as esbuild from 'esbuild';
import { REPO_ROOT } from './shared.mjs';

export const SUITE_SOURCE_DIR = path.join(REPO_ROOT, 'tests/e2e/suite');
export const SUITE_OUT_DIR = path.join(REPO_ROOT, 'dist/e2e/suite');
export const SUITE_INDEX = path.join(SUITE_OUT_DIR, 'index.js');

export async function buildSuite() {
  const entryPoints = readdirSync(SUITE_SOURCE_DIR)
    .filter((name) => name === 'index.ts' || name.endsWith('.test.ts'))
    .map((name) => path.join(SUITE_SOURCE_DIR, name));
  rmSync(SUITE_OUT_DIR, { recursive: true, force: true });
  await esbuild.build({
    entryPoints,
    outdir: SUITE_OUT_DIR,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    sourcemap: 'inline',
    external: ['vscode', 'mocha'],
    logLevel: 'warning',
  });
}

if (process.argv[1] === import.meta.filename) await buildSuite();
