// The first squiggle in a cold window: the first workbench window of a fresh code-server (a new
// extension host, the extension not yet activated) on a workspace holding years of reports. It
// opens a report from the Explorer and waits for the warning squiggle, then splits that time with
// the logs: the extension host's activation line (remoteexthost.log) and the start-up lines the
// client and the server write to the "Weekly Report" output channel (client/src/extension.ts,
// server/src/service/startupTimings.ts). What is ours is asserted: the report's diagnostics go out
// before the workspace index is complete, and soon after the server process starts.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { copyFixtureWorkspace } from './shared.mjs';
import { writeReportArchive } from './report-archive.mjs';
import { workbenchUrl } from './workbench-url.mjs';
import { Workbench } from '../../tests/e2e/workbench/workbench.mjs';

export const COLD_WINDOW_CHECK = 'first diagnostics in a cold window';
/** The report opened: W51 warns about 76%（16/24）, so a squiggle shows once its diagnostics arrive. */
const OPENED_FOLDER = '周报';
const OPENED_FILE = '2023-W51.md';
/** Earlier years in the workspace, besides the fixture's own reports. */
const ARCHIVED_REPORTS = 208;
/** Ours, from the server process's start to the report's first diagnostics; generous for a loaded CI machine. */
const SERVER_START_TO_DIAGNOSTICS_MAX_MS = 5000;
const LOG_WAIT_MS = 15_000;

/**
 * @param {{ browser: import('playwright-core').Browser, origin: string, workspaceDir: string,
 *   extensionDir: string | undefined, logsDir: string, artefactsDir: string }} options
 * @returns {Promise<{ name: string, ok: boolean, durationMs: number, lines: string[], error?: string }>}
 */
export async function runColdWindowCheck({ browser, origin, workspaceDir, extensionDir, logsDir, artefactsDir }) {
  const started = Date.now();
  const folder = copyFixtureWorkspace(workspaceDir);
  const archived = writeReportArchive(folder, { count: ARCHIVED_REPORTS, lastYear: 2022 });
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  const workbench = new Workbench(page, artefactsDir);
  const lines = [];
  try {
    await page.goto(workbenchUrl({ origin, folder, extensionDevelopmentPath: extensionDir }));
    await workbench.ready();
    const explorer = page.getByRole('tree', { name: 'Files Explorer' });
    await explorer.getByRole('treeitem', { name: OPENED_FOLDER, exact: true, level: 1 }).click();
    const fileItem = explorer.getByRole('treeitem', { name: OPENED_FILE, exact: true, level: 2 });
    await fileItem.waitFor();
    const openedAt = Date.now();
    await fileItem.click();
    await page.locator('.squiggly-warning').first().waitFor({ timeout: 60_000 });
    const squiggleAt = Date.now();

    const logs = await waitForStartupLogs(logsDir, OPENED_FILE);
    const timeline = readTimeline(logs);
    const ms = (value) => `${Math.round(value).toLocaleString('en')} ms`;
    const serverMs = (relative) => timeline.serverStartedAt + relative;
    const indexingEndedAt = serverMs(timeline.indexingBegan + timeline.indexingMs);
    lines.push(
      `first squiggle ${ms(squiggleAt - openedAt)} after opening ${OPENED_FOLDER}/${OPENED_FILE} (${archived} archived reports besides it; the first window of a fresh code-server)`,
      `  open → activation began (the workbench opens the editor; the extension host activates onLanguage:markdown)  ${ms(timeline.activationEventAt - openedAt)}`,
      `  activation began → the client bundle began to evaluate (the extension host reading it, other extensions on its thread)  ${ms(timeline.bundleEvaluationAt - timeline.activationEventAt)}`,
      `  the client bundle evaluated (ours)  ${ms(timeline.bundleEvaluatedAt - timeline.bundleEvaluationAt)}`,
      `  the client bundle evaluated → activate() called (the extension host)  ${ms(timeline.activateAt - timeline.bundleEvaluatedAt)}`,
      `  activate() → the client started the server  ${ms(timeline.clientStartedAt - timeline.activateAt)}`,
      `  client started → server process started  ${ms(timeline.serverStartedAt - timeline.clientStartedAt)}`,
      `  server process started → initialize received (the server bundle loaded)  ${ms(timeline.initializeAt)}`,
      `  initialize received → the client had its answer  ${ms(timeline.initializedAt - serverMs(timeline.initializeAt))}`,
      `  initialize → first diagnostics published for ${OPENED_FILE}  ${ms(timeline.firstDiagnostics - timeline.initializeAt)} (${ms(timeline.sinceOpened ?? NaN)} after the server had it open)`,
      `  published → squiggle on screen  ${ms(squiggleAt - serverMs(timeline.firstDiagnostics))}`,
      `  workspace indexing: ${timeline.indexedReports} reports in ${ms(timeline.indexingMs)}, ${ms(timeline.indexingBegan)} → ${ms(timeline.indexingBegan + timeline.indexingMs)} after the server started; the report's diagnostics ${
        timeline.indexingDoneFirst
          ? `came ${ms(timeline.firstDiagnostics - (timeline.indexingBegan + timeline.indexingMs))} AFTER it ended`
          : `came ${ms(indexingEndedAt - serverMs(timeline.firstDiagnostics))} before it ended`
      }`,
    );
    const problems = [];
    if (timeline.activationEventAt < openedAt)
      problems.push('the extension was activated before the report opened: the window was not cold');
    if (timeline.indexedReports < archived)
      problems.push(`the index holds ${timeline.indexedReports} reports, fewer than the ${archived} archived`);
    if (timeline.indexingDoneFirst) problems.push('the report waited for the whole workspace to be indexed');
    if (timeline.firstDiagnostics > SERVER_START_TO_DIAGNOSTICS_MAX_MS) {
      problems.push(
        `first diagnostics ${ms(timeline.firstDiagnostics)} after the server started (at most ${ms(SERVER_START_TO_DIAGNOSTICS_MAX_MS)})`,
      );
    }
    if (problems.length > 0) throw new Error(problems.join('; '));
    return { name: COLD_WINDOW_CHECK, ok: true, durationMs: Date.now() - started, lines };
  } catch (error) {
    await workbench.screenshot('failed-cold-window').catch(() => undefined);
    const message = error instanceof Error ? error.message : String(error);
    return { name: COLD_WINDOW_CHECK, ok: false, durationMs: Date.now() - started, lines, error: message };
  } finally {
    await page.close();
  }
}

/**
 * The "Weekly Report" output channel log holding the server's first-diagnostics line for `fileName`,
 * and the extension host log of the same window, once both start-up lines and the index's summary
 * are written (log files are flushed a little after the fact).
 */
async function waitForStartupLogs(logsDir, fileName) {
  const deadline = Date.now() + LOG_WAIT_MS;
  for (;;) {
    const channelLogs = existsSync(logsDir)
      ? readdirSync(logsDir, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('Weekly Report.log'))
      : [];
    for (const file of channelLogs) {
      const channel = readFileSync(path.join(logsDir, file), 'utf8');
      if (!channel.includes(`Start-up: first diagnostics for ${fileName} `) || !/^Indexed \d+/m.test(channel)) continue;
      // <session>/exthostN/output_logging_<time>/N-Weekly Report.log
      const extensionHostLog = path.join(logsDir, path.dirname(path.dirname(file)), 'remoteexthost.log');
      return { channel, extensionHost: existsSync(extensionHostLog) ? readFileSync(extensionHostLog, 'utf8') : '' };
    }
    if (Date.now() > deadline)
      throw new Error(`no start-up lines for ${fileName} in the Weekly Report output channel after ${LOG_WAIT_MS} ms`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** Epoch milliseconds of a `2026-11-30 14:55:18.860` log time, in the local time zone the logs use. */
function localLogTime(text) {
  const [, y, mo, d, h, mi, s, milli] = /** @type {RegExpMatchArray} */ (text.match(/(\d+)-(\d+)-(\d+) (\d+):(\d+):(\d+)\.(\d+)/)).map(
    Number,
  );
  return new Date(y, mo - 1, d, h, mi, s, milli).getTime();
}

/** Every time of the start-up in epoch ms (client side) or ms after the server process started (server side). */
function readTimeline({ channel, extensionHost }) {
  const activation = extensionHost.match(/^(\S+ \S+) \[info\] ExtensionService#_doActivateExtension weekly-report\.weekly-report,/m);
  const client = channel.match(
    /^\[(\S+)\] Start-up: the language server answered initialize (\d+) ms after the client started it, (\d+) ms after activation began \(the client bundle evaluated in (\d+) ms, (\d+) ms before that\)\./m,
  );
  const server = channel.match(
    /^\[(\S+)\] Start-up: first diagnostics for .+? published(?: (\d+) ms after it opened,)? (\d+) ms after the server process started \(initialize at (\d+) ms; workspace indexing began at (\d+) ms and (?:was still running|ended at (\d+) ms)\)\./m,
  );
  const indexed = channel.match(/^Indexed (\d+) weekly reports in (\d+) ms\./m);
  if (!activation) throw new Error('the extension host log has no activation line for weekly-report.weekly-report');
  if (!client || !server || !indexed) throw new Error(`the Weekly Report output channel lacks a start-up line:\n${channel}`);
  const initializedAt = Date.parse(client[1]);
  const firstDiagnostics = Number(server[3]);
  return {
    activationEventAt: localLogTime(activation[1]),
    bundleEvaluationAt: initializedAt - Number(client[3]) - Number(client[5]) - Number(client[4]),
    bundleEvaluatedAt: initializedAt - Number(client[3]) - Number(client[5]),
    activateAt: initializedAt - Number(client[3]),
    clientStartedAt: initializedAt - Number(client[2]),
    initializedAt,
    serverStartedAt: Date.parse(server[1]) - firstDiagnostics,
    sinceOpened: server[2] === undefined ? undefined : Number(server[2]),
    firstDiagnostics,
    initializeAt: Number(server[4]),
    indexingBegan: Number(server[5]),
    indexingDoneFirst: server[6] !== undefined,
    indexedReports: Number(indexed[1]),
    indexingMs: Number(indexed[2]),
  };
}
