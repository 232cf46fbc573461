// One build for every bundle: the extension client, the language server, the CLI and the
// comparison panel's browser script. unified/remark are ESM-only, so they are bundled into CJS.
import * as esbuild from 'esbuild';
import { syncSnippets } from './scripts/sync-snippets.mjs';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

const common = {
  bundle: true,
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  legalComments: 'none',
};

const node = { ...common, platform: 'node', target: 'node20', format: 'cjs' };

const builds = [
  { ...node, entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js', external: ['vscode'] },
  { ...node, entryPoints: ['server/src/server.ts'], outfile: 'dist/server.js' },
  { ...node, entryPoints: ['server/src/cli.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } },
  {
    ...common,
    platform: 'browser',
    target: 'es2022',
    format: 'iife',
    entryPoints: ['client/webview/panel.ts'],
    outfile: 'dist/webview/panel.js',
  },
];

// The snippets are generated from the one skeleton before anything is bundled or packaged.
if (await syncSnippets()) console.log('snippets/weekly-report.code-snippets updated from the skeleton.');

const existing = [];
const fs = await import('node:fs');
for (const b of builds) if (fs.existsSync(b.entryPoints[0])) existing.push(b);

if (watch) {
  for (const b of existing) await (await esbuild.context(b)).watch();
} else {
  await Promise.all(existing.map((b) => esbuild.build(b)));
}
