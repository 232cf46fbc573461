// Writes the whole-report snippets in snippets/weekly-report.code-snippets from the one skeleton
// in server/src/report/template/skeleton.ts (staticSnippetSkeleton). Every build runs it
// (esbuild.mjs, so `npm run build` and `vscode:prepublish`: a package cannot ship drifted snippets);
// `node scripts/sync-snippets.mjs` runs it alone. tests/unit/snippets/skeletonSnippet.test.ts
// fails while the committed file is out of date.
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

/** Rewrites the whole-report entries from the skeleton; the file is written only when they changed. Returns whether it was. */
export async function syncSnippets() {
  const bundled = await esbuild.build({
    entryPoints: [path.join(root, 'server/src/report/template/skeleton.ts')],
    bundle: true,
    format: 'esm',
    platform: 'node',
    write: false,
  });
  const moduleUrl = `data:text/javascript;base64,${Buffer.from(bundled.outputFiles[0].text).toString('base64')}`;
  const { staticSnippetSkeleton } = await import(moduleUrl);

  const before = readFileSync(snippetsFile, 'utf8');
  const snippets = JSON.parse(before);
  for (const [language, name] of Object.entries(wholeReportEntries)) {
    if (!snippets[name]) throw new Error(`${snippetsFile}: no snippet named ${name}`);
    snippets[name].body = staticSnippetSkeleton(language).split('\n');
  }
  const after = `${JSON.stringify(snippets, null, 2)}\n`;
  if (after === before) return false;
  writeFileSync(snippetsFile, after);
  return true;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  if (await syncSnippets()) console.log(`Updated ${path.relative(root, snippetsFile)} from the skeleton.`);
}
