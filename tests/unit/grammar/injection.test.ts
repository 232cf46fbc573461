import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tokenizeMarkdown, type Token } from './tokenize';

const ours = (scope: string) => scope.endsWith('.weekly-report');

async function tokensOf(markdown: string): Promise<Token[]> {
  return (await tokenizeMarkdown(markdown)).flat();
}

/** The token whose text is exactly `text`; fails loudly when the grammar split it differently. */
function tokenNamed(tokens: Token[], text: string): Token {
  const token = tokens.find((t) => t.text === text);
  if (!token) throw new Error(`no token "${text}" in ${JSON.stringify(tokens.map((t) => t.text))}`);
  return token;
}

describe('weekly-report injection: highlighted tokens', () => {
  it.each([
    // [markdown, token text, a scope that token must carry]
    ['## 【系统运行数据】', '【', 'punctuation.definition.section.begin.weekly-report'],
    ['## 【系统运行数据】', '系统运行数据', 'entity.name.section.weekly-report'],
    ['## 【系统运行数据】', '】', 'punctuation.definition.section.end.weekly-report'],
    ['- 【年度述职】', '年度述职', 'entity.name.section.weekly-report'],
    ['- 入金有效成功率：99.966%', '99.966', 'constant.numeric.value.weekly-report'],
    ['- 入金有效成功率：99.966%', '99.966', 'constant.numeric.metric.weekly-report'],
    ['- 入金有效成功率：99.966%', '%', 'keyword.other.unit.weekly-report'],
    ['总告警数为464个', '464', 'constant.numeric.metric.weekly-report'],
    ['总告警数为464个', '个', 'keyword.other.unit.weekly-report'],
    ['持续60mins', 'mins', 'keyword.other.unit.weekly-report'],
    ['MTTR 45 min', '45', 'constant.numeric.metric.weekly-report'],
    ['1,234 orders took 3.5h', '3.5', 'constant.numeric.metric.weekly-report'],
    ['成功率 ９９．５％', '９９．５', 'constant.numeric.value.weekly-report'],
    ['成功率 ９９．５％', '％', 'keyword.other.unit.weekly-report'],
    ['测试进度80%，预计下周上线', '80', 'constant.numeric.metric.weekly-report'],
    ['跟进率67%（16/24）', '67', 'constant.numeric.metric.weekly-report'],
    ['跟进率67%（16/24）', '16', 'constant.numeric.fraction.weekly-report'],
    ['跟进率67%（16/24）', '/', 'punctuation.separator.fraction.weekly-report'],
    ['跟进率67%（16/24）', '24', 'constant.numeric.fraction.weekly-report'],
    ['覆盖 (3/4) 个模块', '3', 'constant.numeric.fraction.weekly-report'],
    ['完成 16/24 项', '16', 'constant.numeric.fraction.weekly-report'],
    ['环比 +0.2pp', '+', 'keyword.operator.delta.increase.weekly-report'],
    ['环比 +0.2pp', '0.2', 'constant.numeric.delta.increase.weekly-report'],
    ['环比 +0.2pp', 'pp', 'keyword.other.unit.weekly-report'],
    ['较上周 −0.100 pp', '0.100', 'constant.numeric.delta.decrease.weekly-report'],
    ['告警 ▲12', '▲', 'markup.inserted.delta.weekly-report'],
    ['告警 ▲12', '12', 'constant.numeric.delta.increase.weekly-report'],
    ['慢查 ▼3', '▼', 'markup.deleted.delta.weekly-report'],
    ['慢查 ▼3', '3', 'constant.numeric.delta.decrease.weekly-report'],
    ['Created: 2023年12月16日 08:02', '2023年12月16日', 'constant.numeric.date.weekly-report'],
    ['Created: 2023年12月16日 08:02', '08:02', 'constant.numeric.time.weekly-report'],
    ['计划12/26上线', '12/26', 'constant.numeric.date.weekly-report'],
    ['- 12/16 15:36 域名报警', '12/16', 'constant.numeric.date.weekly-report'],
    ['上线日期 2023-12-15', '2023-12-15', 'constant.numeric.date.weekly-report'],
    ['> 引用里的 50%', '50', 'constant.numeric.metric.weekly-report'],
    ['**成功率 99.9%**', '99.9', 'constant.numeric.metric.weekly-report'],
  ])('%s: "%s" is %s', async (markdown, text, scope) => {
    expect(tokenNamed(await tokensOf(markdown), text).scopes).toContain(scope);
  });
});

describe('weekly-report injection: text left alone', () => {
  it.each([
    // Whole lines of prose (where the injection is active) with nothing to highlight.
    '## 【O1 服务业务】',
    '第51周的总结',
    '版本 v1.2.3 发布',
    '从12.12-12.20号',
    '2024工作规划',
    '健康分为717，排名第三',
    '客服电话 +86 10 1234',
    'P0 alerts and W51',
  ])('%s', async (markdown) => {
    const tokens = await tokensOf(markdown);
    const prose = tokens.filter((t) => t.scopes.some((s) => s.startsWith('meta.paragraph') || s.startsWith('entity.name.section')));
    expect(prose.length).toBeGreaterThan(0);
    const highlighted = tokens.filter((t) => t.scopes.some(ours) && !t.scopes.includes('meta.section-marker.weekly-report'));
    expect(highlighted.map((t) => t.text)).toEqual([]);
  });
});

describe('weekly-report injection: code is never highlighted', () => {
  it.each([
    ['fenced with backticks', '```\n成功率 99.9%，【代码】 12/16 +0.2pp\n```'],
    ['fenced with tildes and a language', '~~~text\n464个 16/24 2023-12-15\n~~~'],
    ['indented code', '    成功率 99.9% 于 12/16'],
    ['inline code', '见 `99.9% 12/16 【x】`'],
    ['inline code in a list item', '- 配置 `threshold: 99.9%`'],
  ])('%s', async (_name, markdown) => {
    const tokens = await tokensOf(markdown);
    const codeTokens = tokens.filter((t) =>
      t.scopes.some((s) => s.startsWith('markup.fenced_code') || s.startsWith('markup.raw') || s.startsWith('markup.inline.raw')),
    );
    expect(codeTokens.length).toBeGreaterThan(0);
    for (const t of codeTokens) expect(t.scopes.filter(ours)).toEqual([]);
  });

  it('resumes highlighting after a fenced block closes', async () => {
    const lines = await tokenizeMarkdown('```\n99%\n```\n成功率 99%');
    expect(lines[1].flatMap((t) => t.scopes).filter(ours)).toEqual([]);
    expect(tokenNamed(lines[3], '99').scopes).toContain('constant.numeric.metric.weekly-report');
  });
});

describe('weekly-report injection: keeps Markdown structure intact', () => {
  it.each([
    ['a paragraph starting with a date', '12/16 上线完成', 'meta.paragraph.markdown'],
    ['a list item starting with a figure', '- 99.9% 达标', 'meta.paragraph.markdown'],
  ])('%s stays inside %s', async (_name, markdown, blockScope) => {
    for (const t of await tokensOf(markdown)) {
      if (t.scopes.some(ours)) expect(t.scopes).toContain(blockScope);
    }
  });

  it('tokenises a long line of figures quickly (bounded patterns)', async () => {
    const line = '成功率99.9%，'.repeat(2000) + '1'.repeat(5000) + '/' + '9'.repeat(5000);
    const started = performance.now();
    const tokens = await tokensOf(line);
    expect(tokens.filter((t) => t.scopes.includes('constant.numeric.metric.weekly-report')).length).toBeGreaterThan(100);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});

describe('weekly-report injection on a whole report', () => {
  /** Each highlighted span as [text, outermost weekly-report scope], adjacent pieces of one match merged. */
  function highlightedSpans(lines: Token[][]): Array<[string, string]> {
    const spans: Array<[string, string]> = [];
    for (const line of lines) {
      let previous: string | undefined;
      for (const token of line) {
        const outer = token.scopes.find(ours);
        if (outer && outer === previous) spans[spans.length - 1][0] += token.text;
        else if (outer) spans.push([token.text, outer]);
        previous = outer;
      }
    }
    return spans;
  }

  it('highlights the figures, dates and sections of tests/fixtures/grammar/sample-report.md, and nothing in code', async () => {
    const markdown = readFileSync(path.resolve(__dirname, '../../fixtures/grammar/sample-report.md'), 'utf8');
    expect(highlightedSpans(await tokenizeMarkdown(markdown))).toEqual([
      ['2024年2月16日', 'constant.numeric.date.weekly-report'],
      ['09:30', 'constant.numeric.time.weekly-report'],
      ['【重点工作】', 'meta.section-marker.weekly-report'],
      ['【结算系统迁移】', 'meta.section-marker.weekly-report'],
      ['20%', 'constant.numeric.metric.weekly-report'],
      ['50%', 'constant.numeric.metric.weekly-report'],
      ['2/23', 'constant.numeric.date.weekly-report'],
      ['【系统运行数据】', 'meta.section-marker.weekly-report'],
      ['99.91%', 'constant.numeric.metric.weekly-report'],
      ['+0.03pp', 'constant.numeric.delta.increase.weekly-report'],
      ['0.12%', 'constant.numeric.metric.weekly-report'],
      ['3/2500', 'constant.numeric.fraction.weekly-report'],
      ['38个', 'constant.numeric.metric.weekly-report'],
      ['▼5', 'constant.numeric.delta.decrease.weekly-report'],
      ['【O2 平台升级】', 'meta.section-marker.weekly-report'],
      ['70%', 'constant.numeric.metric.weekly-report'],
      ['【生产事件】', 'meta.section-marker.weekly-report'],
      ['2/14', 'constant.numeric.date.weekly-report'],
      ['21:05', 'constant.numeric.time.weekly-report'],
      ['45mins', 'constant.numeric.metric.weekly-report'],
    ]);
  });
});
