// `npm run bench`: weekly-report side by side with its peers on the same inputs, in one run —
// VS Code's own Markdown server for editing (keystroke → diagnostics, documentSymbol, workspace
// symbols, memory, start-up), markdownlint-cli2 for `check` over a folder, markdownlint in-process
// for the full check of one report. Each pair takes turns. The whole set runs 3 times (`--runs N`;
// `--quick`: once, fewer samples) and the table shows each figure's median over the runs.
// Writes bench/results.json.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { journalFile, largeReport, loadTemplate, reportForWeek, seeded, writeHistoryWorkspace, type Template } from './corpus';
import { measureCheck } from './cliBench';
import { measureInProcess } from './inProcess';
import { coldStart, measureEditing, measureIndexing } from './lspBench';
import { ourServer, peerServer } from './servers';
import { renderTable, type Figure } from './table';

const quick = process.argv.includes('--quick');
const runsArg = process.argv.indexOf('--runs');
const RUNS = runsArg > 0 ? Number(process.argv[runsArg + 1]) : quick ? 1 : 3;
/** 10,000 reports through `check` (≤ 15 s, ≤ 400 MB): once, in the first run, unless `--quick` or `--no-10k`. */
const SCALE_CHECK = !quick && !process.argv.includes('--no-10k');
const LARGE_BYTES = 670 * 1024;
const HISTORY_WEEKS = 520;
const JOURNAL_WEEKS = 52;
const RESULTS = path.resolve(__dirname, '../../bench/results.json');
const SERVERS = [ourServer, peerServer] as const;
const MARKDOWN_SERVER = 'VS Code Markdown';

function log(message: string): void {
  process.stderr.write(`${message}\n`);
}

interface Inputs {
  template: Template;
  previousWeek: string;
  alone: { workspace: string; file: string };
  history: { workspace: string; file: string; files: string[] };
  journal: { workspace: string; file: string };
  large: { workspace: string; file: string };
}

function writeInputs(tmp: string): Inputs {
  const template = loadTemplate();
  const write = (file: string, text: string) => {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, text);
    return file;
  };
  const alone = { workspace: path.join(tmp, 'alone'), file: write(path.join(tmp, 'alone/周报/2023-W51.md'), template.text) };
  const historyRoot = path.join(tmp, 'history');
  const written = writeHistoryWorkspace(historyRoot, template.text, HISTORY_WEEKS);
  const journal = {
    workspace: path.join(tmp, 'journal'),
    file: write(path.join(tmp, 'journal/2023年周报.md'), journalFile(template.text, JOURNAL_WEEKS)),
  };
  // The 670 KB report as week 52, after eleven ordinary weeks: last week's comparison included.
  const largeRoot = path.join(tmp, 'large');
  const random = seeded(52);
  for (let week = 41; week <= 51; week++)
    write(path.join(largeRoot, `周报/2023-W${week}.md`), reportForWeek(template.text, { year: 2023, week }, random));
  const large = {
    workspace: largeRoot,
    file: write(
      path.join(largeRoot, '周报/2023-W52.md'),
      reportForWeek(largeReport(template.text, LARGE_BYTES), { year: 2023, week: 52 }, random),
    ),
  };
  return {
    template,
    previousWeek: reportForWeek(template.text, { year: 2023, week: 50 }, seeded(50)),
    alone,
    history: { workspace: historyRoot, file: written.latest, files: written.files },
    journal,
    large,
  };
}

async function runOnce(inputs: Inputs, run: number, tmp: string): Promise<Figure[]> {
  const figures: Figure[] = [];
  const kb = (bytes: number) => `${Math.round(bytes / 1024)} KB`;

  log(`[run ${run}] in-process full check of the example vs markdownlint…`);
  const inProcess = measureInProcess(inputs.template.text, inputs.previousWeek, quick ? 50 : 300, 20);
  figures.push({
    measure: 'full check of the example, in-process (median)',
    ours: inProcess.fullCheck.median,
    peer: inProcess.markdownlint.median,
    peerName: 'markdownlint',
    unit: 'ms',
    goal: { ratio: 1 },
  });

  log(`[run ${run}] spawn → initialize, spawn → first diagnostics…`);
  const cold = await coldStart(SERVERS, inputs.alone.workspace, inputs.alone.file, quick ? 2 : 5);
  figures.push(
    pair('spawn → initialize (median)', cold.initialize['weekly-report'].median, cold.initialize['vscode-markdown'].median, 'ms'),
    pair(
      'spawn → first diagnostics, the example (median)',
      cold.firstDiagnostics['weekly-report'].median,
      cold.firstDiagnostics['vscode-markdown'].median,
      'ms',
    ),
  );

  const editing: Array<[string, { workspace: string; file: string }, number, { p50?: number; p95?: number; p95Limit?: number }]> = [
    ['the example alone', inputs.alone, quick ? 30 : 200, { p95: 1 }],
    [`the example among ${HISTORY_WEEKS} reports`, inputs.history, quick ? 30 : 200, { p95: 1, p95Limit: 15 }],
    [`${JOURNAL_WEEKS} weeks in one file`, inputs.journal, quick ? 10 : 40, { p50: 0.5, p95: 0.5 }],
    ['a report of', inputs.large, quick ? 10 : 40, { p50: 0.5, p95: 0.5 }],
  ];
  for (const [name, input, keystrokes, goals] of editing) {
    log(`[run ${run}] editing ${name}…`);
    const figuresOf = await measureEditing(SERVERS, input.workspace, input.file, keystrokes);
    const ours = figuresOf['weekly-report'];
    const peer = figuresOf['vscode-markdown'];
    const label = name === 'a report of' ? `a report of ${kb(ours.bytes)}` : `${name} (${kb(ours.bytes)})`;
    figures.push(
      pair(`keystroke → diagnostics p50, ${label}`, ours.keystrokeToDiagnostics.median, peer.keystrokeToDiagnostics.median, 'ms', {
        ratio: goals.p50,
      }),
      pair(`keystroke → diagnostics p95, ${label}`, ours.keystrokeToDiagnostics.p95, peer.keystrokeToDiagnostics.p95, 'ms', {
        ratio: goals.p95,
        ours: goals.p95Limit,
      }),
      pair(`documentSymbol unchanged (median), ${label}`, ours.documentSymbol.median, peer.documentSymbol.median, 'ms', { ratio: 1 }),
      pair(
        `documentSymbol after an edit (median), ${label}`,
        ours.documentSymbolAfterEdit.median,
        peer.documentSymbolAfterEdit.median,
        'ms',
        {
          ratio: 1,
        },
      ),
    );
  }

  log(`[run ${run}] indexing ${HISTORY_WEEKS + 1} reports…`);
  const indexing = await measureIndexing(SERVERS, inputs.history.workspace, quick ? 5 : 15);
  const [ours, peer] = [indexing['weekly-report'], indexing['vscode-markdown']];
  figures.push(
    pair(`first workspace/symbol (indexes ${HISTORY_WEEKS + 1} reports)`, ours.firstWorkspaceSymbolMs, peer.firstWorkspaceSymbolMs, 'ms'),
    pair('workspace/symbol after indexing (median)', ours.workspaceSymbol.median, peer.workspaceSymbol.median, 'ms', { ratio: 1 }),
    pair(`RSS after indexing ${HISTORY_WEEKS + 1} reports`, ours.rssMb ?? NaN, peer.rssMb ?? NaN, 'MB'),
  );

  log(`[run ${run}] check over ${inputs.history.files.length} reports vs markdownlint-cli2…`);
  const check = measureCheck(
    ['weekly-report check', 'markdownlint-cli2'],
    path.join(inputs.history.workspace, '周报'),
    inputs.history.files,
    1,
  );
  figures.push({
    measure: `check over ${inputs.history.files.length} reports (wall)`,
    ours: check['weekly-report check'].wall.median,
    peer: check['markdownlint-cli2'].wall.median,
    peerName: 'markdownlint-cli2',
    unit: 'ms',
    goal: { ratio: 1 },
  });

  if (SCALE_CHECK && run === 1) {
    log('[run 1] check over 10,000 reports…');
    const scale = writeHistoryWorkspace(path.join(tmp, 'scale'), inputs.template.text, 9_999);
    const big = measureCheck(['weekly-report check'], path.join(tmp, 'scale', '周报'), scale.files, 1)['weekly-report check'];
    figures.push(
      { measure: 'check over 10,000 reports (wall)', ours: big.wall.median, unit: 'ms', goal: { ours: 15_000 } },
      { measure: 'check over 10,000 reports (peak RSS)', ours: big.peakRssMb ?? NaN, unit: 'MB', goal: { ours: 400 } },
    );
    rmSync(path.join(tmp, 'scale'), { recursive: true, force: true });
  }
  return figures;
}

function pair(measure: string, ours: number, peer: number, unit: Figure['unit'], goal?: Figure['goal']): Figure {
  const kept = goal && Object.fromEntries(Object.entries(goal).filter(([, v]) => v !== undefined));
  return { measure, ours, peer, peerName: MARKDOWN_SERVER, unit, ...(kept && Object.keys(kept).length ? { goal: kept } : {}) };
}

/** Each measure's median over the runs (a measure taken in fewer runs: over those). */
function medians(runs: readonly Figure[][]): Figure[] {
  const byMeasure = new Map<string, Figure[]>();
  for (const figures of runs) for (const f of figures) byMeasure.set(f.measure, [...(byMeasure.get(f.measure) ?? []), f]);
  const median = (values: number[]) => {
    const sorted = [...values].sort((a, b) => a - b);
    return sorted[(sorted.length - 1) >> 1];
  };
  return [...byMeasure.values()].map((list) => ({
    ...list[0],
    ours: median(list.map((f) => f.ours)),
    ...(list[0].peer === undefined ? {} : { peer: median(list.map((f) => f.peer!)) }),
  }));
}

async function main(): Promise<void> {
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'weekly-report-bench-'));
  try {
    const inputs = writeInputs(tmp);
    log(`Template: ${inputs.template.source}; temp workspace: ${tmp}; ${RUNS} run(s)`);
    const runs: Figure[][] = [];
    for (let run = 1; run <= RUNS; run++) runs.push(await runOnce(inputs, run, tmp));
    const table = medians(runs);
    const results = {
      date: new Date().toISOString(),
      node: process.version,
      cpus: os.cpus().length,
      // Other work on the machine inflates every figure: read them against this.
      loadAverage: os.loadavg(),
      quick,
      template: inputs.template.source,
      medians: table,
      runs,
    };
    writeFileSync(RESULTS, `${JSON.stringify(results, null, 2)}\n`);
    process.stdout.write(renderTable(table));
    log(`Medians of ${RUNS} run(s). Wrote ${RESULTS}`);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

main().catch((e) => {
  log((e as Error).stack ?? String(e));
  process.exitCode = 1;
});
