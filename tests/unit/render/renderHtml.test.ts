import { describe, expect, it } from 'vitest';
import {
  escapeHtml,
  renderComparisonBody,
  renderComparisonPage,
  renderNoticeBody,
  sparklineSvg,
} from '../../../server/src/presentation/renderHtml';
import type { Comparison } from '../../../server/src/report/compare/types';
import { comparison, hostileComparison, realisticComparison, row, XSS_PAYLOADS } from './comparisonFixtures';

interface Tag {
  name: string;
  attributes: Record<string, string>;
}

/**
 * Every tag of the output, read the way a browser tokenizer would: since text is escaped, each
 * `<` opens real markup, and every attribute value must be a double-quoted string without `"`.
 */
function tagsOf(html: string): Tag[] {
  const tags: Tag[] = [];
  const tagPattern = /<(\/?)([a-zA-Z][\w-]*)([^<>]*)>|<!DOCTYPE html>|</g;
  for (const match of html.matchAll(tagPattern)) {
    if (match[0] === '<!DOCTYPE html>') continue;
    if (match[0] === '<') throw new Error(`stray "<" at ${match.index}: ${html.slice(match.index, match.index + 40)}`);
    if (match[1]) continue;
    const attributes: Record<string, string> = {};
    const rest = match[3].replace(/\/$/, '').replace(/\s([\w-]+)(?:="([^"]*)")?/g, (_, name: string, value = '') => {
      attributes[name] = value;
      return '';
    });
    if (rest.trim() !== '') throw new Error(`unparsed attribute text in <${match[2]}>: ${rest}`);
    tags.push({ name: match[2].toLowerCase(), attributes });
  }
  return tags;
}

/** Text content with markup removed and the five entities decoded. */
function textOf(html: string): string {
  return html
    .replace(/<[^>]*>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

const BODY_TAGS = new Set([
  'div',
  'header',
  'h1',
  'h2',
  'p',
  'span',
  'ul',
  'li',
  'button',
  'section',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
  'svg',
  'title',
  'polyline',
  'circle',
  'footer',
]);
const BODY_ATTRIBUTES = new Set([
  'class',
  'aria-hidden',
  'data-uri',
  'data-line',
  'data-action',
  // The history button of a row names its metric.
  'data-label',
  'tabindex',
  'title',
  'type',
  'disabled',
  'scope',
  'viewBox',
  'width',
  'height',
  'role',
  'aria-label',
  'points',
  'cx',
  'cy',
  'r',
]);

describe('escapeHtml', () => {
  it.each([
    ['<script>alert(1)</script>', '&lt;script&gt;alert(1)&lt;/script&gt;'],
    [`"quoted" & 'single'`, '&quot;quoted&quot; &amp; &#39;single&#39;'],
    ['&lt; already escaped', '&amp;lt; already escaped'],
    ['入金有效成功率：99.966%', '入金有效成功率：99.966%'],
  ])('escapes %j', (input, expected) => {
    expect(escapeHtml(input)).toBe(expected);
  });

  it('turns anything that is not a string into text instead of throwing', () => {
    expect(escapeHtml(undefined)).toBe('');
    expect(escapeHtml(null)).toBe('');
    expect(escapeHtml(42)).toBe('42');
  });
});

describe('renderComparisonBody: hostile reports', () => {
  const html = renderComparisonBody(hostileComparison(), 'en', { actions: true });

  it("produces only the renderer's own tags and attributes", () => {
    for (const tag of tagsOf(html)) {
      expect(BODY_TAGS, `<${tag.name}>`).toContain(tag.name);
      for (const name of Object.keys(tag.attributes)) expect(BODY_ATTRIBUTES, `${tag.name}[${name}]`).toContain(name);
    }
  });

  it('has no event handler, link or URL built from report text', () => {
    const attributes = tagsOf(html).flatMap((tag) => Object.keys(tag.attributes));
    expect(attributes.filter((name) => /^(on|href$|src$|srcdoc$)/i.test(name))).toEqual([]);
    expect(html).not.toMatch(/<(script|img|iframe|a)\b/i);
  });

  it('shows every payload as text', () => {
    const text = textOf(html);
    for (const payload of XSS_PAYLOADS) expect(text).toContain(payload);
  });

  it('keeps quotes in attribute values escaped', () => {
    const uri = tagsOf(html).find((tag) => tag.attributes['data-uri'] !== undefined)?.attributes['data-uri'];
    expect(uri).toBe('file:///r/&#39; onmouseover=&#39;window.__xss=1&#39; x=&#39;.md');
    const label = tagsOf(html).find((tag) => tag.name === 'svg')?.attributes['aria-label'];
    expect(label).toContain('&quot;&gt;&lt;svg onload=&quot;');
  });
});

describe('renderComparisonBody: structure', () => {
  const c = realisticComparison();
  const html = renderComparisonBody(c, 'en');
  const rows = tagsOf(html).filter((tag) => tag.name === 'tr' && tag.attributes.class?.startsWith('row'));

  it('renders one table per section, in the order sections first appear', () => {
    expect([...html.matchAll(/<h2>([^<]*)<\/h2>/g)].map((m) => m[1])).toEqual(['【系统运行数据】', '【O3 安全稳定】']);
    expect(html.match(/<table>/g)).toHaveLength(2);
  });

  it('gives each row in a table its status class and the line to reveal; gone metrics get no row', () => {
    expect(rows.map((tag) => [tag.attributes.class, tag.attributes['data-line']])).toEqual(
      c.rows.filter((r) => r.status !== 'gone').map((r) => [`row status-${r.status}`, String(r.line)]),
    );
  });

  it('shows values with their unit and precision, the change and the relative change of counts', () => {
    const text = textOf(html).replace(/\s+/g, ' ');
    // ▼ is the number going down; ✗/✓ (and the colour) whether that is bad or good news.
    expect(text).toContain('入金有效成功率 99.866% 99.966% ▼0.100pp ✗ worsened');
    expect(text).toContain('总告警数 464个 510个 ▼46 −9% ✓ improved');
    expect(text).toContain('一次支付成功率 99.256% 99.256% = unchanged');
  });

  it("marks a new metric's missing last-week value", () => {
    expect(textOf(html).replace(/\s+/g, ' ')).toContain('健康分 717 — new');
  });

  it('puts the counts at the top and a line for new and gone metrics at the bottom', () => {
    const text = textOf(html).replace(/\s+/g, ' ');
    expect(text.indexOf('3 improved')).toBeLessThan(text.indexOf('入金有效成功率'));
    expect(text).toContain('2 worsened');
    expect(text).toMatch(/New this week: 健康分 .*Gone since last week: 漏洞修复数 \(4个\)/);
  });

  it("names the report, its week and last week's file", () => {
    const text = textOf(html).replace(/\s+/g, ' ');
    expect(text).toContain('第51周 2023-W51');
    expect(text).toContain('Compared with 2023-W50.md 2023-W50');
  });

  it('speaks Chinese when asked', () => {
    const text = textOf(renderComparisonBody(c, 'zh-cn')).replace(/\s+/g, ' ');
    expect(text).toContain('指标 本周 上周 Δ 趋势');
    expect(text).toContain('3 改善');
    expect(text).toContain('本周新增： 健康分');
  });

  it('renders the buttons only when asked, and disables "open last week" without a previous report', () => {
    expect(html).not.toContain('<button');
    const withActions = renderComparisonBody(c, 'en', { actions: true });
    expect(
      tagsOf(withActions)
        .filter((t) => t.name === 'button')
        .map((t) => t.attributes['data-action']),
    ).toEqual(['openPrevious', 'copyMarkdown', ...c.rows.filter((r) => r.line !== undefined).map(() => 'showHistory')]);
    const alone = renderComparisonBody(comparison(c.rows, { previous: undefined }), 'en', { actions: true });
    expect(tagsOf(alone).find((t) => t.attributes['data-action'] === 'openPrevious')?.attributes).toHaveProperty('disabled');
  });
});

describe('renderComparisonBody: honest statuses', () => {
  const moved = row({
    label: '健康分',
    section: 'S',
    current: 698,
    previous: 717,
    delta: -19,
    deltaKind: 'absolute',
    unit: '',
    kind: 'score',
    direction: 'neutral',
    status: 'changed',
    decimals: 0,
  });
  const twins = [
    row({ label: '快捷支付', qualifier: '【入金】', section: 'S', line: 3 }),
    row({ label: '快捷支付', qualifier: '【出金】', section: 'S', line: 5 }),
  ];
  const html = renderComparisonBody(comparison([moved, ...twins]), 'en');
  const text = textOf(html).replace(/\s+/g, ' ');

  it('shows a move with no known direction as changed, with its own class and mark, never unchanged', () => {
    expect(html).toContain('class="row status-changed"');
    expect(text).toContain('健康分 698 717 ▼19 ≠ changed');
    expect(text).toContain('≠ 1 changed');
  });

  it('tells two rows of one label apart by their qualifier', () => {
    expect(text).toContain('快捷支付（【入金】）');
    expect(text).toContain('快捷支付（【出金】）');
  });
});

describe('renderComparisonBody: empty states', () => {
  it('says there is no previous report and shows the note', () => {
    const c = comparison([row({ previous: undefined, delta: undefined, status: 'new' })], {
      previous: undefined,
      note: 'No report before 2023-W51 in this folder.',
    });
    const text = textOf(renderComparisonBody(c, 'en'));
    expect(text).toContain('No previous report found for this week.');
    expect(text).toContain('No report before 2023-W51 in this folder.');
    expect(text).not.toContain('Compared with');
  });

  it('says so when the report has no metrics', () => {
    const html = renderComparisonBody(comparison([]), 'en');
    expect(textOf(html)).toContain('No metrics found in this report.');
    expect(html).not.toContain('<table');
  });

  it('lists sections last week had and this week lacks', () => {
    const html = renderComparisonBody(comparison([row()], { missingSections: ['【O4 团队】'] }), 'en');
    expect(textOf(html).replace(/\s+/g, ' ')).toContain('Sections last week had and this week lacks: 【O4 团队】');
  });

  it('groups metrics outside any section under a placeholder heading', () => {
    expect(renderComparisonBody(comparison([row({ section: '' })]), 'en')).toContain('<h2 class="no-section">(no section)</h2>');
  });

  it('renders malformed input from a misbehaving server without throwing', () => {
    const broken = { current: { uri: 'x', name: 'x' }, rows: [{ ...row(), trend: undefined, status: 'bogus' }] };
    const html = renderComparisonBody(broken as unknown as Comparison, 'en');
    expect(html).toContain('class="row status-unchanged"');
    expect(renderComparisonBody({} as Comparison, 'en')).toContain('No metrics found in this report.');
  });
});

describe('sparklineSvg', () => {
  function pointsOf(svg: string): Array<[number, number]> {
    const points = svg.match(/points="([^"]*)"/)?.[1] ?? '';
    return points
      .split(' ')
      .filter(Boolean)
      .map((p) => p.split(',').map(Number) as [number, number]);
  }

  it('draws one point per week, left to right, higher values higher up', () => {
    const svg = sparklineSvg(row({ history: [1, 3, 2] }));
    const points = pointsOf(svg);
    expect(points).toHaveLength(3);
    expect(points[0][0]).toBeLessThan(points[1][0]);
    expect(points[1][0]).toBeLessThan(points[2][0]);
    expect(points[1][1]).toBeLessThan(points[2][1]);
    expect(points[2][1]).toBeLessThan(points[0][1]);
  });

  it('marks the latest value and describes the trend for screen readers', () => {
    const svg = sparklineSvg(row({ history: [99.9, 99.866] }));
    const [last] = pointsOf(svg).slice(-1);
    expect(svg).toContain(`<circle cx="${last[0]}" cy="${last[1]}"`);
    expect(svg).toContain('aria-label="2023-W50: 99.900%, 2023-W51: 99.866%"');
  });

  it('draws a flat line in the middle when nothing changed', () => {
    const ys = pointsOf(sparklineSvg(row({ history: [5, 5, 5] }))).map(([, y]) => y);
    expect(new Set(ys).size).toBe(1);
  });

  it('draws a single value as a dot and nothing at all without values', () => {
    const single = sparklineSvg(row({ history: [7] }));
    expect(single).toContain('<circle');
    expect(single).not.toContain('<polyline');
    expect(sparklineSvg(row({ history: [] }))).toBe('');
    expect(sparklineSvg(row({ trend: [{ week: 'w', value: Number.NaN }] }))).toBe('');
  });
});

describe('renderComparisonPage', () => {
  const c = realisticComparison();

  it("locks the panel page down with a nonce'd script and style and the webview's source only", () => {
    const page = renderComparisonPage(c, 'en', {
      nonce: 'abc123',
      cspSource: 'https://file+.vscode-resource.vscode-cdn.net',
      scriptUri: 'https://file+.vscode-resource.vscode-cdn.net/ext/dist/webview/panel.js',
    });
    const csp = tagsOf(page).find((t) => t.attributes['http-equiv'] === 'Content-Security-Policy')?.attributes.content;
    expect(csp).toBe(
      "default-src 'none'; style-src https://file+.vscode-resource.vscode-cdn.net 'nonce-abc123'; " +
        "script-src 'nonce-abc123'; img-src https://file+.vscode-resource.vscode-cdn.net data:; base-uri 'none'; form-action 'none'",
    );
    const scripts = tagsOf(page).filter((t) => t.name === 'script');
    expect(scripts).toEqual([
      { name: 'script', attributes: { nonce: 'abc123', src: 'https://file+.vscode-resource.vscode-cdn.net/ext/dist/webview/panel.js' } },
    ]);
    expect(page).toContain('<main id="comparison"><div class="comparison"');
    expect(page).toContain('data-action="copyMarkdown"');
  });

  it('links an extra stylesheet only when given one, after the built-in styles', () => {
    const assets = { nonce: 'n', cspSource: 'vscode-resource:', scriptUri: 'panel.js' };
    expect(tagsOf(renderComparisonPage(c, 'en', assets)).filter((t) => t.name === 'link')).toEqual([]);
    const page = renderComparisonPage(c, 'en', { ...assets, styleUri: 'media/panel.css?"x' });
    expect(page).toMatch(/<\/style>\n<link rel="stylesheet" href="media\/panel.css\?&quot;x">/);
  });

  it('makes a self-contained page without script or buttons, with fallback theme colours', () => {
    const page = renderComparisonPage(c, 'zh-cn', { inline: true, nonce: 'n0nce' });
    const tags = tagsOf(page);
    expect(tags.filter((t) => ['script', 'link', 'button'].includes(t.name))).toEqual([]);
    expect(tags.find((t) => t.name === 'style')?.attributes).toEqual({ nonce: 'n0nce' });
    expect(tags.find((t) => t.name === 'html')?.attributes).toEqual({ lang: 'zh-CN' });
    const csp = tags.find((t) => t.attributes['http-equiv'])?.attributes.content;
    expect(csp).toBe("default-src 'none'; style-src 'nonce-n0nce'; img-src data:; base-uri 'none'; form-action 'none'");
    expect(page).toMatch(/:root \{[^}]*--vscode-charts-green: #/);
    expect(page).not.toMatch(/https?:\/\//);
  });

  it('draws a fresh nonce for each self-contained page unless given one', () => {
    const nonceOf = (page: string) => page.match(/nonce="([^"]+)"/)?.[1];
    const first = nonceOf(renderComparisonPage(c, 'en', { inline: true }));
    expect(first).toMatch(/^[0-9a-f]{32}$/);
    expect(nonceOf(renderComparisonPage(c, 'en', { inline: true }))).not.toBe(first);
  });

  it('escapes what it is given for the CSP and the script', () => {
    const page = renderComparisonPage(hostileComparison(), 'en', {
      nonce: '"><script>x</script>',
      cspSource: "'unsafe-inline'\"",
      scriptUri: '"><script>y</script>',
    });
    expect(tagsOf(page).filter((t) => t.name === 'script')).toHaveLength(1);
    expect(textOf(page.replace(/<style[^]*?<\/style>/, ''))).not.toMatch(/<script>[xy]/);
  });
});

describe('renderNoticeBody and the empty panel shell', () => {
  it('escapes the notice', () => {
    expect(renderNoticeBody('<b>Open a weekly report first.</b>')).toBe(
      '<div class="comparison"><p class="empty">&lt;b&gt;Open a weekly report first.&lt;/b&gt;</p></div>',
    );
  });

  it('leaves the container empty for the first update when given no comparison', () => {
    const page = renderComparisonPage(undefined, 'en', { nonce: 'n', cspSource: 'vscode-resource:', scriptUri: 'panel.js' });
    expect(page).toContain('<main id="comparison"></main>');
    expect(page).toContain('<title>Weekly Report</title>');
  });
});
