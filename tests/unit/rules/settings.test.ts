import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultSettings, readSettings } from '../../../server/src/report/settings';

const packageJson = JSON.parse(readFileSync(path.resolve(__dirname, '../../../package.json'), 'utf8'));

describe('defaultSettings', () => {
  it("mirrors package.json's contributes.configuration", () => {
    const properties: Record<string, { default: unknown }> = packageJson.contributes.configuration.properties;
    // `weeklyReport.outline.maxMetrics` is `outline: { maxMetrics }`, as VS Code's configuration nests it.
    const declared: Record<string, unknown> = {};
    for (const [key, schema] of Object.entries(properties)) {
      const path = key.replace(/^weeklyReport\./, '').split('.');
      let into = declared;
      for (const part of path.slice(0, -1)) into = (into[part] ??= {}) as Record<string, unknown>;
      into[path[path.length - 1]] = schema.default;
    }
    expect({ ...defaultSettings }).toEqual(declared);
  });
});

describe('readSettings', () => {
  it.each([[undefined], [null], [{}]])('gives the defaults for %j without complaint', (raw) => {
    expect(readSettings(raw)).toEqual({ settings: defaultSettings, problems: [] });
  });

  it('takes every valid value', () => {
    const raw = {
      files: ['**/*.md'],
      rules: { 'placeholder-left': 'off', 'rate-out-of-range': 'error' },
      thresholds: [
        { metric: '成功率', min: 99.9 },
        { metric: '事故数AB级', max: 0, severity: 'error' },
      ],
      weekNumbering: 'iso',
      series: 'workspace',
      maxGapWeeks: 3,
      directions: { 告警数: 'lower-is-better' },
      trendWeeks: 12,
      inlayHints: false,
      template: '# 第{{week}}周',
      newReportValues: 'last-week',
      outline: { maxMetrics: 50 },
    };
    expect(readSettings(raw)).toEqual({ settings: raw, problems: [] });
  });

  it.each([
    ['nested, as workspace/configuration answers', { outline: { maxMetrics: 0 } }, 0],
    ['as one dotted key', { 'outline.maxMetrics': 2000 }, 2000],
    ['as settings.json writes it', { 'weeklyReport.outline.maxMetrics': 100_000 }, 100_000],
  ])('reads outline.maxMetrics %s', (_, raw, expected) => {
    expect(readSettings(raw)).toEqual({ settings: { ...defaultSettings, outline: { maxMetrics: expected } }, problems: [] });
  });

  it.each([[-1], [100_001], [12.5], ['500'], [{}]])('falls back on a broken outline.maxMetrics (%j) with one message', (value) => {
    const { settings, problems } = readSettings({ outline: { maxMetrics: value } });
    expect(settings.outline).toEqual(defaultSettings.outline);
    expect(problems).toEqual(['Setting weeklyReport.outline.maxMetrics must be a whole number from 0 to 100000; using the default']);
  });

  it.each([
    ['files', 'a.md', 'weeklyReport.files must be an array of strings'],
    ['files', [1], 'weeklyReport.files must be an array of strings'],
    ['rules', 'off', 'weeklyReport.rules must be an object'],
    ['thresholds', { metric: 'x' }, 'weeklyReport.thresholds must be an array'],
    ['weekNumbering', 'us', 'weeklyReport.weekNumbering has an unknown value “us” (allowed: auto, first-day, iso)'],
    ['series', 3, 'weeklyReport.series has an unknown value “3”'],
    ['directions', [], 'weeklyReport.directions must be an object'],
    ['trendWeeks', 1, 'weeklyReport.trendWeeks must be a whole number from 2 to 52'],
    ['maxGapWeeks', -1, 'weeklyReport.maxGapWeeks must be a whole number from 0 to 520'],
    ['trendWeeks', 8.5, 'weeklyReport.trendWeeks must be a whole number from 2 to 52'],
    ['inlayHints', 'yes', 'weeklyReport.inlayHints must be true or false'],
    ['template', 42, 'weeklyReport.template must be a string'],
    ['newReportValues', 'zero', 'weeklyReport.newReportValues has an unknown value “zero”'],
  ])('falls back on a broken %s (%j) with one message', (key, value, says) => {
    const { settings, problems } = readSettings({ [key]: value, inlayHints: key === 'inlayHints' ? value : false });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(says);
    expect(settings[key as keyof typeof settings]).toEqual(defaultSettings[key as keyof typeof defaultSettings]);
  });

  it('keeps the valid rule entries and names each broken one', () => {
    const { settings, problems } = readSettings({ rules: { 'placeholder-left': 'off', 'no-such-rule': 'error', 'empty-section': 'loud' } });
    expect(settings.rules).toEqual({ 'placeholder-left': 'off' });
    expect(problems).toEqual([
      'Setting weeklyReport.rules names an unknown rule “no-such-rule”; ignored',
      'Setting weeklyReport.rules.empty-section has an unknown value “loud” (allowed: error, warning, information, hint, off); using the default',
    ]);
  });

  it.each([
    [{ min: 1 }, 'needs a non-empty "metric"'],
    [{ metric: '  ', min: 1 }, 'needs a non-empty "metric"'],
    [{ metric: '成功率', min: '99.9' }, 'has a "min" that is not a number'],
    [{ metric: '成功率', max: Number.NaN }, 'has a "max" that is not a number'],
    [{ metric: '成功率' }, 'needs "min" or "max"'],
    [{ metric: '成功率', min: 5, max: 1 }, 'has "min" above "max"'],
    [{ metric: '成功率', min: 1, severity: 'loud' }, 'weeklyReport.thresholds[1].severity has an unknown value “loud”'],
    ['成功率', 'weeklyReport.thresholds[1] must be an object'],
  ])('drops the broken threshold %j', (broken, says) => {
    const good = { metric: '事故数', max: 0 };
    const { settings, problems } = readSettings({ thresholds: [good, broken] });
    expect(settings.thresholds).toEqual([good]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(says);
  });

  it('accepts dotted keys as sent by some clients', () => {
    expect(readSettings({ 'weeklyReport.weekNumbering': 'iso' }).settings.weekNumbering).toBe('iso');
  });

  it('explains in Chinese', () => {
    expect(readSettings({ inlayHints: 'yes' }, 'zh-cn').problems).toEqual(['设置 weeklyReport.inlayHints 应为true 或 false；已使用默认值']);
  });

  it('says a non-object is not settings', () => {
    expect(readSettings('iso').problems).toEqual(['Setting weeklyReport must be an object of weeklyReport.* settings; using the default']);
  });

  it('never throws and always returns complete settings', () => {
    const hostile = fc.oneof(
      fc.anything(),
      fc.dictionary(fc.constantFrom(...Object.keys(defaultSettings)), fc.anything()),
      fc.constant(Object.create(null)),
    );
    fc.assert(
      fc.property(hostile, (raw) => {
        const { settings, problems } = readSettings(raw);
        expect(Object.keys(settings).sort()).toEqual(Object.keys(defaultSettings).sort());
        expect(problems.every((p) => typeof p === 'string')).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('does not share default arrays between results', () => {
    readSettings({}).settings.files.push('mutated');
    expect(defaultSettings.files).not.toContain('mutated');
  });
});
