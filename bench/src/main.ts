// `npm run bench`: the figures of issue 6 — editing latency, cold start and indexing over the
// built server, and the in-process full check against markdownlint and remark-parse. Prints a
// table and writes bench/results.json.
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { largeReport, loadTemplate, reportForWeek, seeded, writeWorkspace } from './corpus';
import { measureInProcess } from './inProcess';
import { coldStart, measureEditing, measureIndexing } from './lspBench';
import { renderTable, type Row } from './table';

const quick = process.argv.includes('--quick');
const LARGE_BYTES = 700 * 1024;
const RESULTS = path.resolve(__dirname, '../../bench/results.json');

function log(message: string): void {
  process.stderr.write(`${message}\n`);
}

/** The example as week 51 of 2023 with the eleven weeks before it, and a 700 KB report as week 52. */
function writeEditingWorkspace(root: string, template: string, large: string): { example: string; large: string } {
  const folder = path.join(root, '周报', '2023');
  mkdirSync(folder, { recursive: true });
  const random = seeded(51);
  for (let week = 40; week <= 50; week++) {
    writeFileSync(path.join(folder, `2023-W${week}.md`), reportForWeek(template, { year: 2023, week }, random));
  }
  const example = path.join(folder, '2023-W51.md');
  writeFileSync(example, template);
  const largePath = path.join(folder, '2023-W52.md');
  writeFileSync(largePath, reportForWeek(large, { year: 2023, week: 52 }, random));
  return { example, large: largePath };
}

async function main(): Promise<void> {
  const template = loadTemplate();
  const large = largeReport(template.text, LARGE_BYTES);
  const previousWeek = reportForWeek(template.text, { year: 2023, week: 50 }, seeded(50));
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'weekly-report-bench-'));
  try {
    log(`Template: ${template.source}; temp workspace: ${tmp}`);
    log('In-process: example…');
    const inProcessExample = measureInProcess(template.text, previousWeek, quick ? 50 : 300, 20);
    log('In-process: 700 KB…');
    const inProcessLarge = measureInProcess(large, previousWeek, quick ? 3 : 7, 1);

    log('Cold start…');
    const cold = await coldStart(quick ? 3 : 9);
    const files = writeEditingWorkspace(path.join(tmp, 'editing'), template.text, large);
    log('Editing the example…');
    const editExample = await measureEditing(path.join(tmp, 'editing'), files.example, quick ? 30 : 200);
    log('Editing the 700 KB report…');
    const editLarge = await measureEditing(path.join(tmp, 'editing'), files.large, quick ? 8 : 40);

    const indexing = [];
    for (const count of quick ? [520] : [520, 10_000]) {
      const folder = path.join(tmp, `index-${count}`);
      log(`Writing ${count} reports…`);
      writeWorkspace(folder, template.text, count);
      log(`Indexing ${count} reports…`);
      indexing.push(await measureIndexing(folder, count));
      rmSync(folder, { recursive: true, force: true });
    }

    const results = {
      date: new Date().toISOString(),
      node: process.version,
      cpus: os.cpus().length,
      // Other work on the machine inflates every figure: read them against this.
      loadAverage: os.loadavg(),
      quick,
      template: template.source,
      inProcess: { example: inProcessExample, large: inProcessLarge },
      lsp: { coldStart: cold, editExample, editLarge, indexing },
    };
    writeFileSync(RESULTS, `${JSON.stringify(results, null, 2)}\n`);
    process.stdout.write(renderTable(tableRows(results)));
    log(`Wrote ${RESULTS}`);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

type Results = {
  inProcess: { example: ReturnType<typeof measureInProcess>; large: ReturnType<typeof measureInProcess> };
  lsp: {
    coldStart: Awaited<ReturnType<typeof coldStart>>;
    editExample: Awaited<ReturnType<typeof measureEditing>>;
    editLarge: Awaited<ReturnType<typeof measureEditing>>;
    indexing: Array<Awaited<ReturnType<typeof measureIndexing>>>;
  };
};

function tableRows({ inProcess, lsp }: Results): Row[] {
  const kb = (bytes: number) => `${Math.round(bytes / 1024)} KB`;
  const rows: Row[] = [];
  for (const [name, edit] of [
    ['example', lsp.editExample],
    ['700 KB', lsp.editLarge],
  ] as const) {
    rows.push({ measure: `keystroke → diagnostics, ${name} (${kb(edit.bytes)})`, summary: edit.keystrokeToDiagnostics, goal: { p95: 15 } });
    rows.push({ measure: `documentSymbol, ${name}`, summary: edit.documentSymbol, goal: { p95: 5 } });
    rows.push({ measure: `documentSymbol after an edit, ${name}`, summary: edit.documentSymbolAfterEdit, goal: { p95: 5 } });
  }
  rows.push({ measure: 'cold start → initialize result', summary: lsp.coldStart, goal: { median: 250 } });
  for (const index of lsp.indexing) {
    const timeGoal = index.reports <= 520 ? 1500 : 15_000;
    rows.push({ measure: `index ${index.reports} reports (until workspace/symbol)`, value: index.indexMs, goal: { value: timeGoal } });
    if (index.peakRssMb !== undefined) {
      rows.push({
        measure: `  peak RSS, ${index.reports} reports`,
        value: index.peakRssMb,
        unit: 'MB',
        goal: index.reports > 520 ? { value: 400 } : undefined,
      });
    }
  }
  for (const [name, figures] of [
    ['example', inProcess.example],
    ['700 KB', inProcess.large],
  ] as const) {
    rows.push({ measure: `full check, ${name}, every block new`, summary: figures.fullCheck });
    rows.push({ measure: `full check, ${name}, blocks cached`, summary: figures.fullCheckCached });
    rows.push({ measure: `markdownlint, ${name}`, summary: figures.markdownlint });
    rows.push({ measure: `remark-parse, ${name}`, summary: figures.remarkParse });
    rows.push({ measure: `full check (new) / markdownlint, ${name}`, value: figures.ratioToMarkdownlint, unit: '×', goal: { value: 1 } });
    rows.push({ measure: `full check (new) / remark-parse, ${name}`, value: figures.ratioToRemarkParse, unit: '×' });
  }
  return rows;
}

main().catch((e) => {
  log((e as Error).stack ?? String(e));
  process.exitCode = 1;
});
