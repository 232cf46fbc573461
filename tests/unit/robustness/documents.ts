// Generated report-like documents: Markdown structure written the ways weekly reports are, with
// the text people paste into them (CJK, full-width forms, emoji) and the bytes editors and
// exports leave behind (lone surrogates, CRLF, lone CR, NUL, BOM).
import fc from 'fast-check';

const CJK_WORDS = [
  '支付成功率',
  '系统可用性',
  '事故数',
  '跟进率',
  '上线完成',
  '预计下周',
  '重点工作',
  '健康分',
  '排名第三',
  '告警数为',
  '进度',
];
const FULL_WIDTH = ['１００％', '９９．９６６％', '（１６／２４）', '：', '，', '；', '　', 'ＡＢ级', '－５％', '＋３'];
const EMOJI = ['😀', '🚀', '👍🏽', '🇨🇳', '👨‍👩‍👧', '✅', '⚠️'];
const BROKEN = ['\ud800', '\udfff', '\ud83d', '\u0000', '\ufeff', '\u200b', '\u202e', '\r', '\u2028', '\uffff'];
const FIGURES = [
  '99.966%',
  '0%',
  '100%',
  '76%（16/24）',
  '0/0',
  '13/45',
  '-5%',
  '150%',
  '1,234',
  '3次',
  '12/21',
  '2023年12月16日',
  'W51',
  '第五十一周',
];

/** A run of text as it appears inside a line. */
const inline: fc.Arbitrary<string> = fc
  .array(
    fc.oneof(
      { weight: 4, arbitrary: fc.constantFrom(...CJK_WORDS, ...FIGURES) },
      { weight: 2, arbitrary: fc.constantFrom(...FULL_WIDTH, ...EMOJI) },
      { weight: 1, arbitrary: fc.constantFrom(...BROKEN) },
      {
        weight: 1,
        arbitrary: fc.constantFrom('**', '`', '[链接](http://x/a_b)', '<b>', '<!-- weekly-report-disable -->', '【', '】', '|', '：', '\\'),
      },
      { weight: 2, arbitrary: fc.string({ maxLength: 6 }) },
      { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 4 }) },
    ),
    { maxLength: 8 },
  )
  .map((parts) => parts.join(''));

const indent = fc.constantFrom('', '  ', '    ', '\t', '        ', '   ');

/** A list item line (bullet, number, task, bold or 【bracketed】 section name) after `pad`. */
function listLine(pad: fc.Arbitrary<string>): fc.Arbitrary<string> {
  const marker = fc.constantFrom('- ', '* ', '+ ', '1. ', '2) ', '- [ ] ', '- [x] ', '-', '');
  const body = fc.oneof(
    inline,
    inline.map((t) => `【${t}】`),
    inline.map((t) => `**${t}**`),
  );
  return fc.tuple(pad, marker, body).map((parts) => parts.join(''));
}

/** One Markdown block, possibly several lines joined with `\n`. */
const freshBlock: fc.Arbitrary<string> = fc.oneof(
  fc.tuple(fc.integer({ min: 1, max: 7 }), inline).map(([depth, text]) => `${'#'.repeat(depth)} ${text}`),
  fc.tuple(fc.integer({ min: 1, max: 3 }), inline).map(([depth, text]) => `${'#'.repeat(depth)} 【${text}】`),
  fc.tuple(listLine(fc.constant('')), fc.array(listLine(indent), { maxLength: 4 })).map(([first, nested]) => [first, ...nested].join('\n')),
  fc.tuple(inline, fc.array(listLine(indent), { maxLength: 3 })).map(([text, nested]) => [`- 【${text}】`, ...nested].join('\n')),
  inline.map((text) => `**${text}**`),
  fc
    .array(inline, { minLength: 1, maxLength: 4 })
    .map((cells) => `| ${cells.join(' | ')} |\n|${cells.map(() => ' --- ').join('|')}|\n| ${cells.join(' | ')} |`),
  fc
    .tuple(fc.constantFrom('```', '~~~', '````'), inline, fc.boolean())
    .map(([fence, text, closed]) => `${fence}\n${text}${closed ? `\n${fence}` : ''}`),
  fc.tuple(inline, fc.boolean()).map(([text, closed]) => `---\nweek: ${text}\nprevious: ${text}${closed ? '\n---' : ''}`),
  fc.constantFrom('', '---', '***', '> 引用', '<details>', '</details>', 'Created: 2023年12月16日 08:02', '# 第51周', '# 2023-W51 周报'),
  inline,
);

/**
 * Blocks past the parsing budgets (parse/chunks.ts) and just under them: nesting by quotes, list
 * markers or indentation, one long line of figures, a wide table. Kept out of the pool: drawn
 * rarely, they would otherwise make every pooled document large.
 */
const heavyBlock: fc.Arbitrary<string> = fc.oneof(
  fc.tuple(fc.integer({ min: 20, max: 400 }), inline).map(([depth, text]) => `${'>'.repeat(depth)} ${text} 5个`),
  fc.tuple(fc.integer({ min: 20, max: 400 }), inline).map(([depth, text]) => `${'- '.repeat(depth)}${text}`),
  fc.integer({ min: 20, max: 120 }).map((depth) => Array.from({ length: depth }, (_, i) => `${'  '.repeat(i)}- 项${i} ${i}个`).join('\n')),
  fc
    .tuple(fc.integer({ min: 500, max: 2500 }), fc.constantFrom('，', '; ', '。'))
    .map(([count, separator]) =>
      Array.from({ length: count }, (_, i) => `接口${i}共${i + 3}个，成功${i}个，成功率${i % 100}%`).join(separator),
    ),
  fc.integer({ min: 50, max: 400 }).map((columns) => {
    const row = (cell: (i: number) => string) => `|${Array.from({ length: columns }, (_, i) => cell(i)).join('|')}|`;
    return [row((i) => `列${i}`), row(() => '---'), row((i) => `${i}%`)].join('\n');
  }),
);

/**
 * Blocks drawn mostly from a fixed, seeded pool and sometimes fresh: generating a block costs more
 * than drawing one, and pooled blocks recombine into far more documents than fresh ones reach.
 */
const BLOCK_POOL = fc.sample(freshBlock, { numRuns: 3000, seed: 20231216 });
// An index, not constantFrom: constantFrom builds a reverse map of a 3000-entry pool on every draw.
const pooledBlock = fc.nat({ max: BLOCK_POOL.length - 1 }).map((i) => BLOCK_POOL[i]);
const block: fc.Arbitrary<string> = fc.oneof(
  { weight: 300, arbitrary: pooledBlock },
  { weight: 10, arbitrary: freshBlock },
  { weight: 1, arbitrary: heavyBlock },
);

export const LINE_ENDINGS = ['\n', '\r\n', '\r'] as const;

/**
 * A whole document: blocks mostly separated by a blank line (each its own top-level chunk), some
 * run together, all with one line ending or left mixed.
 */
export const reportDocument: fc.Arbitrary<string> = fc
  .tuple(
    fc.array(fc.tuple(block, fc.oneof({ weight: 7, arbitrary: fc.constant('\n\n') }, { weight: 1, arbitrary: fc.constant('\n') })), {
      maxLength: 14,
    }),
    fc.constantFrom(...LINE_ENDINGS),
    fc.boolean(),
    fc.constantFrom('', '', '', '\ufeff', '\u0000'),
  )
  .map(([blocks, eol, mixed, prefix]) => {
    const text = prefix + blocks.map(([b, separator]) => b + separator).join('');
    return mixed ? text : text.replace(/\n/g, eol);
  });

/** A small file name, sometimes carrying a week. */
export const fileName: fc.Arbitrary<string | undefined> = fc.oneof(
  fc.constant(undefined),
  fc.constantFrom('/ws/周报/2023-W51.md', '/ws/week-52.md', '/ws/第五十一周.md', 'C:\\周报\\2023-W01.md', ''),
  fc.string({ maxLength: 12 }).map((s) => `/ws/${s}.md`),
);

/** Last week's reports: a few, reused, so the comparison varies at the cost of one parse each. */
const PREVIOUS_POOL = fc.sample(reportDocument, { numRuns: 200, seed: 20231209 });
export const previousDocument = fc.nat({ max: PREVIOUS_POOL.length - 1 }).map((i) => PREVIOUS_POOL[i]);

export const weekNumbering = fc.constantFrom('first-day', 'iso') as fc.Arbitrary<'first-day' | 'iso'>;

/**
 * Documents per suite run, shared out between the property files. remark costs ~0.5 ms per block
 * parse however small the block, so the default keeps `npm test` near half a minute; set
 * WEEKLY_REPORT_PROPERTY_DOCS=100000 for the full sweep of issue 6.
 */
export const TOTAL_DOCUMENTS = Number(process.env.WEEKLY_REPORT_PROPERTY_DOCS) || 5_000;

/** This file's share of the documents (a fraction of TOTAL_DOCUMENTS), at least one. */
export function documentsFor(share: number): number {
  return Math.max(1, Math.round(TOTAL_DOCUMENTS * share));
}

/** Generous: the sweep's size is set from outside. */
export const SWEEP_TIMEOUT_MS = 30 * 60_000;
