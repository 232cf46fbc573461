import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type * as vscodeTypes from 'vscode';
import type { Comparison } from '../../../server/src/report/compare/types';
import { comparison, realisticComparison, row } from './comparisonFixtures';
import { Uri, createFakeVscode, type FakeDocument } from './fakeVscode';
import { realisticHistory } from './historyFixtures';

const fake = vi.hoisted(() => ({ current: undefined as ReturnType<typeof createFakeVscode> | undefined }));
vi.mock('vscode', async () => {
  const { createFakeVscode } = await import('./fakeVscode');
  fake.current = createFakeVscode();
  return fake.current.vscode;
});

const { ComparisonPanel } = await import('../../../client/src/preview/ComparisonPanel');
const f = fake.current!;

const REPORT = 'file:///team/周报/2023-W51.md';
const OTHER_REPORT = 'file:///team/周报/2023-W49.md';
const NOTES = 'file:///team/notes.md';
const extensionUri = Uri.parse('file:///ext');

/** Comparisons the fake server knows, by URI; anything else is not a report (null). */
let server: Record<string, Comparison>;
const history = realisticHistory().data;
/** The fake server: weeklyReport/history answers for REPORT, weeklyReport/compare from `server`. */
const client = {
  sendRequest: vi.fn(async (method: string, params: { uri: string }) =>
    method === 'weeklyReport/history' ? (params.uri === REPORT ? history : null) : (server[params.uri] ?? null),
  ),
};

function doc(uri: string, languageId = 'markdown'): FakeDocument {
  return { uri: Uri.parse(uri), languageId };
}

async function settle(): Promise<void> {
  for (let i = 0; i < 10; i++) await Promise.resolve();
}

function lastUpdate(): string {
  const message = f.posted.at(-1) as { type: string; html: string };
  expect(message.type).toBe('update');
  return message.html;
}

function revive(state: unknown) {
  return ComparisonPanel.revive(f.newPanel() as never, extensionUri as never, () => client as never, state);
}

function open(uri = REPORT) {
  return ComparisonPanel.createOrShow(extensionUri as unknown as vscodeTypes.Uri, () => client as never, doc(uri) as never, true);
}

beforeEach(() => {
  server = {
    [REPORT]: realisticComparison(),
    [OTHER_REPORT]: comparison([row({ label: '出金有效成功率' })], { current: { uri: OTHER_REPORT, name: '第49周' } }),
  };
  client.sendRequest.mockClear();
});

afterEach(() => {
  f.panel?.dispose();
  f.posted.length = 0;
  f.shown.length = 0;
  f.clipboard.length = 0;
  f.info.length = 0;
  vi.useRealTimers();
});

describe('ComparisonPanel', () => {
  it('asks the server for the comparison and pushes the rendered body into a locked-down page', async () => {
    open();
    await settle();
    expect(client.sendRequest).toHaveBeenCalledWith('weeklyReport/compare', { uri: REPORT }, expect.anything());
    expect(lastUpdate()).toContain('入金有效成功率');
    expect(lastUpdate()).toContain('data-action="copyMarkdown"');
    expect(f.panel.title).toBe('Comparison: 第51周');
    expect(f.panel.webview.html).toMatch(/script-src 'nonce-[A-Za-z0-9+/=]{24}'/);
    expect(f.panel.webview.html).toContain('src="file:///ext/dist/webview/panel.js"');
  });

  it('uses a new nonce for every page it renders', async () => {
    const nonceOf = () => f.panel.webview.html.match(/nonce-([^']+)'/)?.[1];
    revive({ uri: REPORT });
    const first = nonceOf();
    revive({ uri: REPORT });
    expect(nonceOf()).not.toBe(first);
  });

  it('recomputes once typing pauses, not on every keystroke', async () => {
    vi.useFakeTimers();
    open();
    await settle();
    for (let i = 0; i < 5; i++) f.events.changed.fire({ document: doc(REPORT) });
    f.events.changed.fire({ document: doc(NOTES) });
    expect(client.sendRequest).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(300);
    expect(client.sendRequest).toHaveBeenCalledTimes(2);
  });

  it('asks again when the cursor moves in a file of many weeks, and not in a one-week report', async () => {
    vi.useFakeTimers();
    open();
    await vi.advanceTimersByTimeAsync(0);
    f.events.selection.fire({ textEditor: { document: doc(REPORT) } });
    await vi.advanceTimersByTimeAsync(300);
    expect(client.sendRequest).toHaveBeenCalledTimes(1);

    // A journal's week is addressed as its file's uri + #L<heading line>.
    server[REPORT] = comparison([row({ label: '接口成功率' })], { current: { uri: `${REPORT}#L40`, name: '第30周' } });
    f.events.changed.fire({ document: doc(REPORT) });
    await vi.advanceTimersByTimeAsync(300);
    expect(client.sendRequest).toHaveBeenCalledTimes(2);
    for (let i = 0; i < 3; i++) f.events.selection.fire({ textEditor: { document: doc(REPORT) } });
    f.events.selection.fire({ textEditor: { document: doc(NOTES) } });
    await vi.advanceTimersByTimeAsync(300);
    expect(client.sendRequest).toHaveBeenCalledTimes(3);
    expect(client.sendRequest).toHaveBeenLastCalledWith('weeklyReport/compare', { uri: REPORT }, expect.anything());
  });

  it('follows the active editor to other reports only', async () => {
    open();
    await settle();
    f.events.activeEditor.fire({ document: doc(NOTES) });
    await settle();
    expect(lastUpdate()).toContain('入金有效成功率');
    f.events.activeEditor.fire({ document: doc('file:///team/a.ts', 'typescript') });
    f.events.activeEditor.fire(undefined);
    f.events.activeEditor.fire({ document: doc(OTHER_REPORT) });
    await settle();
    expect(client.sendRequest.mock.calls.map(([, params]) => params.uri)).toEqual([REPORT, NOTES, OTHER_REPORT]);
    expect(f.panel.title).toBe('Comparison: 第49周');
  });

  it('ignores an answer that a newer request overtook', async () => {
    let answerFirst: (c: Comparison) => void = () => undefined;
    client.sendRequest.mockImplementationOnce(() => new Promise((resolve) => (answerFirst = resolve)));
    open();
    f.events.activeEditor.fire({ document: doc(OTHER_REPORT) });
    await settle();
    answerFirst(realisticComparison());
    await settle();
    expect(f.panel.title).toBe('Comparison: 第49周');
  });

  it("reveals a clicked row's line in the report and rejects malformed messages", async () => {
    open();
    await settle();
    f.panel.send({ type: 'reveal', line: -1 });
    f.panel.send({ type: 'reveal', line: '3' });
    f.panel.send({ type: 'runThis' });
    f.panel.send({ type: 'reveal', line: 14 });
    await settle();
    expect(f.shown).toHaveLength(1);
    expect(f.shown[0]).toMatchObject({ uri: REPORT, options: { selection: { start: { line: 14, character: 0 } } } });
  });

  it("opens last week's report and copies the table as Markdown", async () => {
    open();
    await settle();
    f.panel.send({ type: 'openPrevious' });
    f.panel.send({ type: 'copyMarkdown' });
    await settle();
    expect(f.shown.map((s) => s.uri)).toEqual(['file:///team/周报/2023-W50.md']);
    expect(f.clipboard[0]).toContain('| 入金有效成功率 | 99.866% | 99.966% |');
    expect(f.info).toEqual(['Copied the comparison table as Markdown.']);
  });

  it('sends the last body again when the page (re)loads', async () => {
    open();
    await settle();
    const body = lastUpdate();
    f.posted.length = 0;
    f.panel.send({ type: 'ready' });
    expect(lastUpdate()).toBe(body);
  });

  it('revives from the saved state, or asks for a report when the state is unusable', async () => {
    revive({ uri: OTHER_REPORT, scrollY: 40 });
    await settle();
    expect(f.panel.title).toBe('Comparison: 第49周');
    revive({ uri: 42 });
    expect(lastUpdate()).toContain('Open a weekly report first.');
  });

  it('says so when the document is not a report and nothing is shown yet', async () => {
    open(NOTES);
    await settle();
    expect(lastUpdate()).toContain('Open a weekly report first.');
  });

  it("shows a row's metric history, keeps it while typing, and goes back to the comparison", async () => {
    vi.useFakeTimers();
    open();
    await vi.advanceTimersByTimeAsync(0);
    f.panel.send({ type: 'showHistory', line: -1, label: 'x' });
    f.panel.send({ type: 'showHistory', line: 6 });
    f.panel.send({ type: 'showHistory', line: 6, label: '入金有效成功率' });
    await vi.advanceTimersByTimeAsync(0);
    expect(client.sendRequest).toHaveBeenLastCalledWith(
      'weeklyReport/history',
      { uri: REPORT, line: 6, label: '入金有效成功率' },
      expect.anything(),
    );
    expect(client.sendRequest.mock.calls.filter(([method]) => method === 'weeklyReport/history')).toHaveLength(1);
    expect(lastUpdate()).toContain('<svg class="history-chart"');
    expect(f.panel.title).toBe('History: 入金有效成功率');

    // An edit of the report refreshes the chart, not the comparison.
    f.events.changed.fire({ document: doc(REPORT) });
    await vi.advanceTimersByTimeAsync(300);
    expect(client.sendRequest.mock.calls.at(-1)?.[0]).toBe('weeklyReport/history');

    f.panel.send({ type: 'showComparison' });
    await vi.advanceTimersByTimeAsync(0);
    expect(client.sendRequest.mock.calls.at(-1)?.[0]).toBe('weeklyReport/compare');
    expect(lastUpdate()).toContain('data-action="showHistory"');
    expect(f.panel.title).toBe('Comparison: 第51周');
  });
});
