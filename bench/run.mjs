// `npm run bench`: builds the server, bundles the bench (TypeScript over the core and the LSP test
// client) and runs it. The bundle goes to dist/bench/ so that the test client's
// `../../dist/server.js` (relative to the bundle) names the freshly built server.
import { execFileSync } from 'node:child_process';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outfile = path.join(root, 'dist/bench/bench.js');

// The bundles users run: minified, no source maps.
execFileSync(process.execPath, [path.join(root, 'esbuild.mjs'), '--production'], { stdio: 'inherit', cwd: root });
await esbuild.build({
  entryPoints: [path.join(root, 'bench/src/main.ts')],
  outfile,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  logLevel: 'warning',
});
execFileSync(process.execPath, ['--enable-source-maps', outfile, ...process.argv.slice(2)], { stdio: 'inherit', cwd: root });
