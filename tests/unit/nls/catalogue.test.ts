// The core's catalogue (server/src/report/i18n.ts) holds every sentence in both languages: the
// sample table below is typed by the catalogue's own parameters, so a new key fails the
// typecheck until it has a sample, and the test then asks both languages for it.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { comparisonLabels, interfaceText, message, type MessageKey, type MessageParams } from '../../../server/src/report/i18n';

const samples: { [K in MessageKey]: MessageParams[K] } = {
  percentFractionMismatch: { label: 'Rate', value: '76%', numerator: 3, denominator: 4, expected: '75%' },
  derivedRatioMismatch: { label: 'Rate', value: '76%', part: 3, whole: 4, expected: '75%' },
  rateAboveRange: { label: 'Rate', value: '101%' },
  rateBelowRange: { label: 'Rate', value: '-1%' },
  thresholdBelowMin: { label: 'Rate', value: '90%', pattern: 'Rate', min: 95 },
  thresholdAboveMax: { label: 'Errors', value: '9', pattern: 'Errors', max: 5 },
  dateAfterReport: { date: '2024-07-09', reportDate: '2024-07-05' },
  dateFarFromReport: { date: '2023-07-01', reportDate: '2024-07-05', days: 370 },
  titleWeekMismatch: { titleWeek: 26, dateWeek: 27, date: '2024-07-05', numbering: 'iso' },
  placeholderLeft: { text: 'XX' },
  emptySection: { name: 'Other' },
  fixReplaceWith: { text: '75%' },
  settingWrongType: { key: 'weeklyReport.locale', expected: 'string' },
  settingUnknownValue: { key: 'weeklyReport.weekNumbering', value: 'x', allowed: 'iso, first-day, auto' },
  settingUnknownRule: { key: 'weeklyReport.rules', code: 'x' },
  settingOutOfRange: { key: 'weeklyReport.historyWeeks', min: 1, max: 52 },
  thresholdMissingMetric: { key: 'thresholds[0]' },
  thresholdNoBound: { key: 'thresholds[0]' },
  thresholdBadNumber: { key: 'thresholds[0]', field: 'min' },
  thresholdMinAboveMax: { key: 'thresholds[0]' },
  thresholdsIgnored: { count: 2, list: 'thresholds[0], thresholds[1]' },
  previousLinkInvalid: { link: '../w26.md', reason: 'missing' },
  fileRefused: { file: 'w26.md', reason: 'too-big', detail: '9 MB' },
  blockReadAsPlainText: { budget: 'depth', limit: 64 },
  settingTooLong: { key: 'weeklyReport.template', max: 4096 },
  settingTooMany: { key: 'weeklyReport.thresholds', max: 200 },
  lookupTooFar: { week: '2024-W10', weeksBack: 17, gapWeeks: 16, usualGap: 1 },
  lookupGapInWeeklySeries: { week: '2024-W24', gapWeeks: 2 },
  lookupGapInSeries: { week: '2024-W19', weeksBack: 8, gapWeeks: 4, usualGap: 4 },
  lookupUsualGap: { week: '2024-W25', weeksBack: 2, usualGap: 2 },
  lookupNoEarlierReport: {},
  lookupNoWeek: {},
  weekReadAs: { label: '2024-W27', numbering: 'first-day', monday: '2024-07-01', sunday: '2024-07-07' },
  weekReadFrom: { source: 'created', date: '2024-07-05' },
  weekNumberingAuto: {},
  previousWeeksBack: { weeks: 2 },
  progressRegressed: { label: 'Test progress', current: '60%', previous: '80%', change: '-20pp' },
  weekOverWeekChange: { label: 'Errors', current: '9', previous: '3', change: '+6 (+200%)' },
  metricMissing: { label: 'Availability', value: '99.99%' },
  sectionMissing: { name: 'Incidents' },
  severalMissing: {
    items: [
      { kind: 'section', name: 'Incidents' },
      { kind: 'metric', label: 'Availability', value: '99.99%' },
    ],
  },
  navigationOpened: { week: '2023-W48', direction: 'previous', weeksApart: 3, missing: '2023-W49–W50' },
  navigationFirstReport: {},
  navigationLatestReport: {},
  navigationNoWeek: {},
  fixAllTitle: { count: 2 },
  targetMissed: { label: 'Test progress', actual: '80%', target: '100%', bound: 'at-least' },
};

const keys = Object.keys(samples) as MessageKey[];
const hasHan = (text: string) => /\p{Script=Han}/u.test(text);
const say = <K extends MessageKey>(locale: 'en' | 'zh-cn', key: K) => message(locale, key, samples[key]);

describe('the message catalogue', () => {
  it.each(keys)('%s: English is English and Chinese is Chinese', (key) => {
    const en = say('en', key);
    const zh = say('zh-cn', key);
    expect(en.trim()).not.toBe('');
    expect(hasHan(en)).toBe(false);
    expect(hasHan(zh)).toBe(true);
  });

  it('lists several missing things with each language’s separator', () => {
    expect(say('en', 'severalMissing')).toBe(
      'Missing this week, tracked in earlier reports: section Incidents, Availability (99.99% last week)',
    );
    expect(say('zh-cn', 'severalMissing')).toBe('以往周报一直有、本周没有：章节「Incidents」、「Availability」（上周 99.99%）');
  });

  it('has every word of the comparison table in both languages', () => {
    const en = comparisonLabels('en');
    const zh = comparisonLabels('zh-cn');
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
    expect(Object.keys(zh.status).sort()).toEqual(Object.keys(en.status).sort());
    const { delta: _sameSign, status, ...words } = zh;
    for (const word of [...Object.values(words), ...Object.values(status)]) expect(hasHan(word)).toBe(true);
  });

  it('words a series by its cadence', () => {
    expect(say('en', 'lookupUsualGap')).toBe('Biweekly series: comparing with 2024-W25, 2 weeks earlier.');
    expect(say('zh-cn', 'lookupGapInSeries')).toBe('月报系列，但上一份报告（2024-W19）在 8 周前，比通常多 4 周。');
  });

  it('has the CLI’s, completion’s and the page’s words in both languages', () => {
    const en = interfaceText('en');
    const zh = interfaceText('zh-cn');
    for (const part of ['cli', 'completion', 'page'] as const) expect(Object.keys(zh[part]).sort()).toEqual(Object.keys(en[part]).sort());
    const counts = { error: 1, warning: 2, information: 0, hint: 0 };
    expect(en.cli.summary(3, counts)).toBe('✖ 3 problems (1 error, 2 warnings)');
    expect(hasHan(zh.cli.summary(3, counts))).toBe(true);
    expect(hasHan(en.completion.comparedWith('2024-W21'))).toBe(false);
    expect(hasHan(zh.completion.comparedWith('2024-W21'))).toBe(true);
    for (const word of Object.values(zh.page)) if (word.trim().length > 1) expect(hasHan(word) || word === 'Markdown').toBe(true);
  });

  // Rules, lookups, hovers, the CLI, completion and the renderers say nothing of their own: a
  // per-locale table or a locale test beside the code is a sentence that escaped the catalogue.
  it('no file of server/src outside the catalogue words a sentence per locale', () => {
    const source = path.resolve(__dirname, '../../../server/src');
    const allowed = new Set([path.join('report', 'i18n.ts'), path.join('report', 'base', 'locale.ts')]);
    const offenders = (readdirSync(source, { recursive: true }) as string[])
      .filter((file) => file.endsWith('.ts') && !allowed.has(file))
      .filter((file) => /'zh-cn'\s*:|locale\s*===\s*'zh-cn'|\ben\s*:\s*\{/.test(readFileSync(path.join(source, file), 'utf8')));
    expect(offenders).toEqual([]);
  });
});
