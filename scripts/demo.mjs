// `npm run demo`: what the CLI says about examples/, in the terminal, with nothing to install
// beyond `npm ci`: for each series folder, `compare` of its latest week against the week before,
// then `check` of every week. Runs the built CLI (dist/cli.js) as a person would.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from './e2e/shared.mjs';

const EXAMPLES_DIR = path.join(REPO_ROOT, 'examples');
const CLI = path.join(REPO_ROOT, 'dist/cli.js');
/** check exits 1 when it finds an error; 2 and up mean the CLI itself could not run. */
const CLI_FAILED = 2;

if (!existsSync(CLI)) {
  console.error('demo: dist/cli.js is missing: run `npm run build` first');
  process.exit(1);
}

/** Series folders: sub-folders of examples/ with Markdown files, each file one week. */
function seriesFolders() {
  return readdirSync(EXAMPLES_DIR, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => path.join(EXAMPLES_DIR, entry.name))
    .map((dir) => ({
      dir,
      weeks: readdirSync(dir)
        .filter((name) => name.endsWith('.md'))
        .sort(),
    }))
    .filter((series) => series.weeks.length > 0);
}

/** Runs the CLI with its output shown as it comes, coloured where the terminal is. */
function cli(args) {
  const shown = ['weekly-report', ...args.map((arg) => (path.isAbsolute(arg) ? path.relative(REPO_ROOT, arg) : arg))];
  console.log(`\n$ ${shown.join(' ')}`);
  const colour = process.stdout.isTTY ? ['--color'] : [];
  const run = spawnSync(process.execPath, [CLI, ...args, ...colour], { cwd: REPO_ROOT, stdio: 'inherit' });
  return run.status ?? CLI_FAILED;
}

let failed = false;
for (const { dir, weeks } of seriesFolders()) {
  const files = weeks.map((name) => path.join(dir, name));
  failed ||= cli(['compare', files[files.length - 1]]) >= CLI_FAILED;
  failed ||= cli(['check', ...files]) >= CLI_FAILED;
}
process.exit(failed ? 1 : 0);
