// Writes the whole-report snippets in snippets/weekly-report.code-snippets from the one skeleton
// in server/src/report/template/skeleton.ts (staticSnippetSkeleton). Run after changing the
// skeleton: `node scripts/sync-snippets.mjs`; tests/unit/snippets/skeletonSnippet.test.ts fails
// while the file is out of date.
import * as esbuild from 'esbuild';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const snippetsFile = path.join(root, 'snippets/weekly-report.code-snippets');

// The snippet entries holding the whole report, by the skeleton's language.
const wholeReportEntries = {
  zh: '周报：整份模板（中文）',
  en: 'Weekly report: whole skeleton (English)',
};

const bundled = await esbuild.build({
  entryPoints: [path.join(root, 'server/src/report/template/skeleton.ts')],
  bundle: true,
  format: 'esm',
  platform: 'node',
  write: false,
});
const moduleUrl = `data:text/javascript;base64,${Buffer.from(bundled.outputFiles[0].text).toString('base64')}`;
const { staticSnippetSkeleton } = await import(moduleUrl);

const snippets = JSON.parse(readFileSync(snippetsFile, 'utf8'));
for (const [language, name] of Object.entries(wholeReportEntries)) {
  if (!snippets[name]) throw new Error(`${snippetsFile}: no snippet named ${name}`);
  snippets[name].body = staticSnippetSkeleton(language).split('\n');
}
writeFileSync(snippetsFile, `${JSON.stringify(snippets, null, 2)}\n`);
