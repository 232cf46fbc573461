// The comparison page in a real browser: Debian's chromium driven by playwright-core. Proves that a
// report full of XSS payloads runs no script under the page's CSP, that the panel script swaps
// updates in place and turns clicks into messages, that the metric history chart renders, and
// saves the README screenshots when asked (WEEKLY_REPORT_SCREENSHOTS=1: a plain run leaves docs/ alone).
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExtensionToPanel, PanelToExtension } from '../../server/src/protocol';
import { renderComparisonBody, renderComparisonPage } from '../../server/src/presentation/renderHtml';
import { renderHistoryBody } from '../../server/src/presentation/renderHistoryChart';
import { hostileHistory, realisticHistory } from '../unit/render/historyFixtures';
import { hostileComparison, realisticComparison, XSS_PAYLOADS } from '../unit/render/comparisonFixtures';

const CHROMIUM = '/usr/bin/chromium';
const DOCS = join(__dirname, '..', '..', 'docs');

/**
 * The page as an image: always taken (it proves the page renders), written to docs/ only when
 * WEEKLY_REPORT_SCREENSHOTS=1, so that `npm test` leaves the working tree clean.
 */
async function screenshot(page: Page, name: string): Promise<Buffer> {
  const image = await page.screenshot({ fullPage: true });
  if (process.env.WEEKLY_REPORT_SCREENSHOTS === '1') {
    await mkdir(DOCS, { recursive: true });
    await writeFile(join(DOCS, name), image);
  }
  return image;
}

/** What the page's `acquireVsCodeApi()` stand-in recorded. */
interface Recorded {
  posted: PanelToExtension[];
  state: unknown;
  violations: string[];
}

declare global {
  interface Window {
    __xss?: unknown;
    __recorded: Recorded;
  }
}

let browser: Browser;
let dir: string;

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`${CHROMIUM} is missing: the browser tests need Debian's chromium (apt-get install chromium).`);
  }
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  dir = await mkdtemp(join(tmpdir(), 'weekly-report-panel-'));
});

afterAll(async () => {
  await browser?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

/**
 * A page that records script-visible effects: CSP violations, console errors, page errors and
 * every request other than the page and its own script.
 */
async function openPage(file: string, allowed: string[] = []): Promise<{ page: Page; problems: string[] }> {
  const page = await browser.newPage({ viewport: { width: 900, height: 600 } });
  const problems: string[] = [];
  const expected = new Set([pathToFileURL(file).href, ...allowed]);
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('dialog', (dialog) => {
    problems.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on('request', (request) => {
    if (!expected.has(request.url())) problems.push(`request: ${request.url()}`);
  });
  // Runs before the page's own scripts and outside its CSP, like VS Code's webview host.
  await page.addInitScript(() => {
    const recorded: Recorded = { posted: [], state: undefined, violations: [] };
    window.__recorded = recorded;
    document.addEventListener('securitypolicyviolation', (event) => {
      recorded.violations.push(`${event.violatedDirective} ${event.blockedURI}`);
    });
    Object.assign(window, {
      acquireVsCodeApi: () => ({
        postMessage: (message: PanelToExtension) => recorded.posted.push(message),
        getState: () => recorded.state,
        setState: (state: unknown) => {
          recorded.state = state;
        },
      }),
    });
  });
  await page.goto(pathToFileURL(file).href);
  return { page, problems };
}

/** Moves the mouse over and clicks every element, so that handler payloads get their chance to run. */
async function poke(page: Page): Promise<void> {
  for (const element of await page.locator('body *').all()) {
    if (!(await element.isVisible())) continue;
    await element.hover({ force: true }).catch(() => undefined);
    await element.click({ force: true, noWaitAfter: true }).catch(() => undefined);
  }
}

async function scriptEffects(page: Page): Promise<{ xss: unknown; violations: string[]; active: number }> {
  return page.evaluate(() => ({
    xss: window.__xss ?? (window.parent as Window).__xss,
    violations: window.__recorded.violations,
    active: document.querySelectorAll('script:not([nonce]), img, iframe, a, object, embed, [onerror], [onload], [onmouseover]').length,
  }));
}

/** Metric, this week, last week and Δ of each table row (the trend cell is an SVG). */
async function tableText(page: Page): Promise<string[][]> {
  return page.$$eval('tbody tr', (rows) =>
    rows.map((row) =>
      Array.from(row.children)
        .slice(0, 4)
        .map((cell) => (cell.textContent ?? '').trim()),
    ),
  );
}

describe('self-contained page (CLI --format html)', () => {
  it('shows a report full of XSS payloads as text and runs none of them', async () => {
    const file = join(dir, 'hostile.html');
    await writeFile(file, renderComparisonPage(hostileComparison(), 'en', { inline: true }));
    const { page, problems } = await openPage(file);
    await poke(page);

    expect(await scriptEffects(page)).toEqual({ xss: undefined, violations: [], active: 0 });
    expect(problems).toEqual([]);
    const text = await page.locator('body').innerText();
    for (const payload of XSS_PAYLOADS) expect(text).toContain(payload);
    expect(await tableText(page)).toEqual([
      ['<script>window.__xss = "script"</script>成功率', '99.500%', '99.100%', '▲0.400pp ✓ improved'],
      [
        `<a href="javascript:window.__xss='link'">点我</a>`,
        `12' onmouseover='window.__xss=1' x='`,
        `8' onmouseover='window.__xss=1' x='`,
        '▲4 +50% ✗ worsened',
      ],
      ['[link](javascript:window.__xss=1)', '3次', '—', 'new'],
      // Last week's plan: its texts are the report's too, shown as text.
      [
        '<script>window.__xss = "script"</script>',
        `100' onmouseover='window.__xss=1' x='`,
        `80' onmouseover='window.__xss=1' x='`,
        '✗ missed',
      ],
      [
        `<img src=x onerror="window.__xss = 'img'">`,
        '—',
        '</td></tr></table><iframe srcdoc="<script>parent.__xss=1</script>"></iframe>',
        '≠ mentioned',
      ],
    ]);
    await page.close();
  });

  it("is styled by its own nonce'd stylesheet and saves the README screenshot", async () => {
    const file = join(dir, 'realistic.html');
    await writeFile(file, renderComparisonPage(realisticComparison(), 'zh-cn', { inline: true }));
    const { page, problems } = await openPage(file);
    await page.emulateMedia({ colorScheme: 'dark' });

    const colours = await page.evaluate(() => {
      const colour = (selector: string) => getComputedStyle(document.querySelector(selector)!).color;
      return {
        improved: colour('tr.status-improved td.delta'),
        worsened: colour('tr.status-worsened td.delta'),
        background: getComputedStyle(document.body).backgroundColor,
      };
    });
    expect(colours).toEqual({ improved: 'rgb(137, 209, 133)', worsened: 'rgb(241, 76, 76)', background: 'rgb(31, 31, 31)' });
    expect(await page.locator('svg.sparkline polyline').count()).toBe(6);
    expect(problems).toEqual([]);

    expect((await screenshot(page, 'comparison-panel.png')).length).toBeGreaterThan(0);
    await page.close();
  });
});

describe('panel page (VS Code webview) with its script', () => {
  async function openPanel(): Promise<{ page: Page; problems: string[] }> {
    const script = join(dir, 'panel.js');
    await esbuild.build({
      entryPoints: ['client/webview/panel.ts'],
      bundle: true,
      platform: 'browser',
      format: 'iife',
      outfile: script,
      logLevel: 'silent',
    });
    const file = join(dir, 'panel.html');
    const page = renderComparisonPage(undefined, 'en', {
      nonce: 'TestNonce123',
      cspSource: 'file:',
      scriptUri: pathToFileURL(script).href,
    });
    await writeFile(file, page);
    const opened = await openPage(file, [pathToFileURL(script).href]);
    await opened.page.waitForFunction(() => window.__recorded.posted.some((m) => m.type === 'ready'));
    return opened;
  }

  async function sendUpdate(page: Page, html: string): Promise<void> {
    const message: ExtensionToPanel = { type: 'update', html };
    await page.evaluate((m) => window.postMessage(m, '*'), message);
    // Compared after the browser's own parse (an inert template), which normalises the markup.
    await page.waitForFunction((expected) => {
      const template = document.createElement('template');
      template.innerHTML = expected;
      return document.getElementById('comparison')?.innerHTML === template.innerHTML;
    }, html);
  }

  it('swaps updates in place, keeps the scroll position and runs no payload', async () => {
    const { page, problems } = await openPanel();
    await page.setViewportSize({ width: 900, height: 200 });
    await sendUpdate(page, renderComparisonBody(realisticComparison(), 'en', { actions: true }));
    await page.evaluate(() => window.scrollTo(0, 150));
    await page.waitForFunction(() => (window.__recorded.state as { scrollY?: number } | undefined)?.scrollY === 150);

    await sendUpdate(page, renderComparisonBody(hostileComparison(), 'en', { actions: true }));
    expect(await page.evaluate(() => window.scrollY)).toBe(150);
    await poke(page);
    expect(await scriptEffects(page)).toEqual({ xss: undefined, violations: [], active: 0 });
    expect(problems).toEqual([]);
    expect(await page.evaluate(() => window.__recorded.state)).toMatchObject({ uri: hostileComparison().current.uri });
    await page.close();
  });

  it('turns a click on a row into reveal and the buttons into their messages', async () => {
    const { page } = await openPanel();
    await sendUpdate(page, renderComparisonBody(realisticComparison(), 'en', { actions: true }));
    await page.evaluate(() => (window.__recorded.posted = []));

    await page.getByText('总告警数').click();
    await page.locator('tr.status-worsened').first().focus();
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Copy as Markdown' }).click();
    await page.getByRole('button', { name: "Open last week's report" }).click();
    await page.locator('thead th').first().click();

    expect(await page.evaluate(() => window.__recorded.posted)).toEqual([
      { type: 'reveal', line: 31 },
      { type: 'reveal', line: 14 },
      { type: 'copyMarkdown' },
      { type: 'openPrevious' },
    ]);
    await page.close();
  });

  it("turns a row's trend into showHistory and the chart's button back into showComparison", async () => {
    const { page, problems } = await openPanel();
    await sendUpdate(page, renderComparisonBody(realisticComparison(), 'en', { actions: true }));
    await page.evaluate(() => (window.__recorded.posted = []));
    const row = page.locator('tr.status-worsened').first();
    const line = Number(await row.getAttribute('data-line'));
    const label = await row.locator('button[data-action="showHistory"]').getAttribute('data-label');
    await row.locator('button[data-action="showHistory"]').click();
    await row.locator('button[data-action="showHistory"]').focus();
    await page.keyboard.press('Enter');

    const { data, uri } = realisticHistory();
    await sendUpdate(page, renderHistoryBody(data, uri, 'en', { actions: true }));
    expect(await page.locator('svg.history-chart circle.history-point').count()).toBe(7);
    await page.getByRole('button', { name: 'Back to the comparison' }).click();

    expect(await page.evaluate(() => window.__recorded.posted)).toEqual([
      { type: 'showHistory', line, label },
      { type: 'showHistory', line, label },
      { type: 'showComparison' },
    ]);
    expect(await page.evaluate(() => window.__recorded.state)).toMatchObject({ uri });
    expect(problems).toEqual([]);
    await page.close();
  });
});

describe('metric history chart', () => {
  it('renders the chart on the self-contained page: gaps, threshold, labels, no payload run', async () => {
    const file = join(dir, 'history.html');
    await writeFile(file, renderComparisonPage(undefined, 'zh-cn', { inline: true }));
    const { page, problems } = await openPage(file);
    await page.emulateMedia({ colorScheme: 'dark' });
    const { data, uri } = realisticHistory();
    await page.evaluate((html) => (document.getElementById('comparison')!.innerHTML = html), renderHistoryBody(data, uri, 'zh-cn'));

    const chart = await page.evaluate(() => {
      const svg = document.querySelector('svg.history-chart')!;
      const box = svg.getBoundingClientRect();
      const line = svg.querySelector('.history-line')!;
      return {
        width: Math.round(box.width),
        points: svg.querySelectorAll('circle.history-point').length,
        gaps: svg.querySelectorAll('line.history-gap').length,
        noValue: svg.querySelectorAll('circle.history-no-value').length,
        thresholds: svg.querySelectorAll('line.history-threshold').length,
        values: Array.from(svg.querySelectorAll('text.history-value'), (text) => text.textContent),
        stroke: getComputedStyle(line).stroke,
      };
    });
    expect(chart).toEqual({
      width: 640,
      points: 7,
      gaps: 2,
      noValue: 1,
      thresholds: 1,
      values: ['99.951%', '99.962%', '99.966%', '99.940%', '99.958%', '99.971%', '99.969%'],
      stroke: 'rgb(55, 148, 255)',
    });
    expect(problems).toEqual([]);
    expect((await screenshot(page, 'metric-history.png')).length).toBeGreaterThan(0);
    await page.close();
  });

  it('shows hostile labels and weeks as text under the CSP', async () => {
    const file = join(dir, 'history-hostile.html');
    await writeFile(file, renderComparisonPage(undefined, 'en', { inline: true }));
    const { page, problems } = await openPage(file);
    const { data, uri } = hostileHistory();
    await page.evaluate((html) => (document.getElementById('comparison')!.innerHTML = html), renderHistoryBody(data, uri, 'en'));
    await poke(page);
    expect(await scriptEffects(page)).toEqual({ xss: undefined, violations: [], active: 0 });
    expect(problems).toEqual([]);
    const text = await page.locator('body').innerText();
    for (const payload of XSS_PAYLOADS.slice(0, 2)) expect(text).toContain(payload);
    await page.close();
  });
});
