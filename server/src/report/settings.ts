// `weeklyReport.*` as the client sends it (workspace/configuration), checked key by key. A broken
// value costs only that key: it gets one message and its default, and the rest still apply.
import type { RuleSeverity, Settings, ThresholdSetting } from './base/settings';
import { message, type MessageKey, type ValueType } from './i18n';
import { ruleCodes } from './rules/index';
import { collapseStars } from './glob';
import type { Locale } from './base/locale';

/** Mirrors `contributes.configuration` in package.json (a test keeps the two in step). */
export const defaultSettings: Readonly<Settings> = Object.freeze({
  files: [
    '**/周报/**/*.md',
    '**/weekly/**/*.md',
    '**/weekly-reports/**/*.md',
    '**/reports/**/*.md',
    '**/*周报*.md',
    '**/*-W[0-9][0-9].md',
    '**/week-*.md',
    '**/第*周.md',
  ],
  rules: {},
  thresholds: [],
  weekNumbering: 'auto',
  series: 'folder',
  maxGapWeeks: 8,
  directions: {},
  trendWeeks: 8,
  inlayHints: true,
  template: '',
  newReportValues: 'placeholder',
  // A real report has tens of numbers (the busiest in the corpus about 210); thousands of Number
  // nodes make the outline hard to use, and each 100 of them add ~20 KB to every outline answer.
  outline: Object.freeze({ maxMetrics: 500 }),
} satisfies Settings);

const SEVERITIES: readonly RuleSeverity[] = ['error', 'warning', 'information', 'hint', 'off'];
const DIRECTIONS = ['higher-is-better', 'lower-is-better', 'neutral'] as const;
const TREND_WEEKS = { min: 2, max: 52 };
const MAX_GAP_WEEKS = { min: 0, max: 520 };
const OUTLINE_MAX_METRICS = { min: 0, max: 100_000 };

/**
 * Bounds on what settings may cost. A glob is matched against every file or metric label, so one
 * 900 KB pattern or 20,000 `files` globs cost minutes; far beyond any real settings file, these
 * keep every check within a few milliseconds per pattern.
 */
export const SETTING_LIMITS = Object.freeze({
  /** Characters in one glob (`files`) or metric pattern (`thresholds[].metric`). */
  patternChars: 256,
  /** Globs in `files`. */
  files: 100,
  /** Entries in `thresholds`. */
  thresholds: 200,
  /** Characters of a bad value repeated in a message. */
  shownChars: 80,
  /** Broken thresholds named one by one in the single message about them. */
  namedThresholds: 3,
});

export interface SettingsResult {
  settings: Settings;
  /** One message per broken key, for the user (a notification, the output channel). */
  problems: string[];
}

type Say = <K extends MessageKey>(key: K, params: Parameters<typeof message<K>>[2]) => void;

/** Never throws: anything unusable becomes that key's default plus a message. */
export function readSettings(raw: unknown, locale: Locale = 'en'): SettingsResult {
  const problems: string[] = [];
  const say: Say = (key, params) => problems.push(message(locale, key, params));
  const settings = copyDefaults();
  if (raw === undefined || raw === null) return { settings, problems };
  if (!isRecord(raw)) {
    say('settingWrongType', { key: 'weeklyReport', expected: 'settings-object' });
    return { settings, problems };
  }
  const given = (key: keyof Settings) => raw[key] ?? raw[`weeklyReport.${key}`];
  const bad = (key: keyof Settings, expected: ValueType) => say('settingWrongType', { key: `weeklyReport.${key}`, expected });

  const files = given('files');
  if (files !== undefined) {
    if (Array.isArray(files) && files.every((f) => typeof f === 'string')) settings.files = readFiles(files, say);
    else bad('files', 'string-array');
  }

  const rules = given('rules');
  if (rules !== undefined) {
    if (isRecord(rules)) settings.rules = readRules(rules, say);
    else bad('rules', 'object');
  }

  const thresholds = given('thresholds');
  if (thresholds !== undefined) {
    if (Array.isArray(thresholds)) {
      const read = readThresholds(thresholds, locale);
      settings.thresholds = read.thresholds;
      if (read.problem) problems.push(read.problem);
    } else bad('thresholds', 'array');
  }

  settings.weekNumbering =
    readEnum(given('weekNumbering'), ['auto', 'first-day', 'iso'] as const, 'weekNumbering', say) ?? settings.weekNumbering;
  settings.series = readEnum(given('series'), ['folder', 'workspace'] as const, 'series', say) ?? settings.series;
  settings.newReportValues =
    readEnum(given('newReportValues'), ['placeholder', 'last-week'] as const, 'newReportValues', say) ?? settings.newReportValues;

  const directions = given('directions');
  if (directions !== undefined) {
    if (isRecord(directions)) settings.directions = readDirections(directions, say);
    else bad('directions', 'object');
  }

  const trendWeeks = given('trendWeeks');
  if (trendWeeks !== undefined) {
    if (Number.isInteger(trendWeeks) && (trendWeeks as number) >= TREND_WEEKS.min && (trendWeeks as number) <= TREND_WEEKS.max) {
      settings.trendWeeks = trendWeeks as number;
    } else say('settingOutOfRange', { key: 'weeklyReport.trendWeeks', ...TREND_WEEKS });
  }

  const maxGapWeeks = given('maxGapWeeks');
  if (maxGapWeeks !== undefined) {
    if (Number.isInteger(maxGapWeeks) && (maxGapWeeks as number) >= MAX_GAP_WEEKS.min && (maxGapWeeks as number) <= MAX_GAP_WEEKS.max) {
      settings.maxGapWeeks = maxGapWeeks as number;
    } else say('settingOutOfRange', { key: 'weeklyReport.maxGapWeeks', ...MAX_GAP_WEEKS });
  }

  const inlayHints = given('inlayHints');
  if (inlayHints !== undefined) {
    if (typeof inlayHints === 'boolean') settings.inlayHints = inlayHints;
    else bad('inlayHints', 'boolean');
  }

  const template = given('template');
  if (template !== undefined) {
    if (typeof template === 'string') settings.template = template;
    else bad('template', 'string');
  }

  const maxMetrics = givenOutline(raw, 'maxMetrics');
  if (maxMetrics !== undefined) {
    if (
      Number.isInteger(maxMetrics) &&
      (maxMetrics as number) >= OUTLINE_MAX_METRICS.min &&
      (maxMetrics as number) <= OUTLINE_MAX_METRICS.max
    ) {
      settings.outline.maxMetrics = maxMetrics as number;
    } else say('settingOutOfRange', { key: 'weeklyReport.outline.maxMetrics', ...OUTLINE_MAX_METRICS });
  }

  return { settings, problems };
}

/**
 * `weeklyReport.outline.<key>` in each spelling a client or a settings file uses: nested, as VS
 * Code's `workspace/configuration` answers, or as one dotted key, as settings.json writes it.
 */
function givenOutline(raw: Record<string, unknown>, key: keyof Settings['outline']): unknown {
  const nested = raw['outline'];
  return (isRecord(nested) ? nested[key] : undefined) ?? raw[`outline.${key}`] ?? raw[`weeklyReport.outline.${key}`];
}

function copyDefaults(): Settings {
  return {
    ...defaultSettings,
    files: [...defaultSettings.files],
    rules: {},
    thresholds: [],
    directions: {},
    outline: { ...defaultSettings.outline },
  };
}

/** A value for a message, cut to a readable length; safe for anything JSON can hold and for what it cannot. */
function show(value: unknown): string {
  let text: string;
  try {
    text = typeof value === 'string' ? value : (JSON.stringify(value) ?? typeof value);
  } catch {
    text = typeof value;
  }
  return text.length > SETTING_LIMITS.shownChars ? `${text.slice(0, SETTING_LIMITS.shownChars)}…` : text;
}

/** The `files` globs within the limits: too long ones dropped, the count capped; one message each. */
function readFiles(files: string[], say: Say): string[] {
  const key = 'weeklyReport.files';
  if (files.length > SETTING_LIMITS.files) say('settingTooMany', { key, max: SETTING_LIMITS.files });
  // `a/***/b` is `a/**/b`: collapsed before measuring, so a run of stars costs nothing.
  const kept = files.slice(0, SETTING_LIMITS.files).map((glob) => glob.replace(/\*{3,}/g, '**'));
  const usable = kept.filter((glob) => glob.length <= SETTING_LIMITS.patternChars);
  if (usable.length < kept.length) say('settingTooLong', { key, max: SETTING_LIMITS.patternChars });
  return usable;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function readEnum<T extends string>(value: unknown, allowed: readonly T[], key: keyof Settings, say: Say): T | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
  say('settingUnknownValue', { key: `weeklyReport.${key}`, value: show(value), allowed: allowed.join(', ') });
  return undefined;
}

/** Keeps every valid entry; each broken one is named. */
function readRules(rules: Record<string, unknown>, say: Say): Record<string, RuleSeverity> {
  const out: Record<string, RuleSeverity> = {};
  for (const [code, severity] of Object.entries(rules)) {
    const key = `weeklyReport.rules.${show(code)}`;
    if (!ruleCodes.includes(code)) say('settingUnknownRule', { key: 'weeklyReport.rules', code: show(code) });
    else if (typeof severity === 'string' && (SEVERITIES as readonly string[]).includes(severity)) out[code] = severity as RuleSeverity;
    else say('settingUnknownValue', { key, value: show(severity), allowed: SEVERITIES.join(', ') });
  }
  return out;
}

function readDirections(directions: Record<string, unknown>, say: Say): Settings['directions'] {
  const out: Settings['directions'] = {};
  for (const [label, direction] of Object.entries(directions)) {
    if (typeof direction === 'string' && (DIRECTIONS as readonly string[]).includes(direction)) {
      out[label] = direction as (typeof DIRECTIONS)[number];
    } else {
      say('settingUnknownValue', { key: `weeklyReport.directions.${show(label)}`, value: show(direction), allowed: DIRECTIONS.join(', ') });
    }
  }
  return out;
}

/**
 * Keeps every usable threshold. The broken ones get one message between them (a popup each would
 * bury the editor): a single one is named as it is, several are counted and the first few named.
 */
function readThresholds(thresholds: unknown[], locale: Locale): { thresholds: ThresholdSetting[]; problem?: string } {
  const broken: string[] = [];
  const collect: Say = (key, params) => broken.push(message(locale, key, params));
  if (thresholds.length > SETTING_LIMITS.thresholds)
    collect('settingTooMany', { key: 'weeklyReport.thresholds', max: SETTING_LIMITS.thresholds });
  const kept = readThresholdEntries(thresholds.slice(0, SETTING_LIMITS.thresholds), collect);
  if (broken.length <= 1) return { thresholds: kept, problem: broken[0] };
  const named = broken.slice(0, SETTING_LIMITS.namedThresholds).join('; ');
  const list = broken.length > SETTING_LIMITS.namedThresholds ? `${named}; …` : named;
  return { thresholds: kept, problem: message(locale, 'thresholdsIgnored', { count: broken.length, list }) };
}

function readThresholdEntries(thresholds: unknown[], say: Say): ThresholdSetting[] {
  const out: ThresholdSetting[] = [];
  thresholds.forEach((entry, index) => {
    const key = `weeklyReport.thresholds[${index}]`;
    if (!isRecord(entry)) return say('settingWrongType', { key, expected: 'object' });
    const { metric, min, max, severity } = entry;
    if (typeof metric !== 'string' || metric.trim() === '') return say('thresholdMissingMetric', { key });
    if (collapseStars(metric).length > SETTING_LIMITS.patternChars)
      return say('settingTooLong', { key: `${key}.metric`, max: SETTING_LIMITS.patternChars });
    for (const [field, value] of [
      ['min', min],
      ['max', max],
    ] as const) {
      if (value !== undefined && (typeof value !== 'number' || !Number.isFinite(value))) return say('thresholdBadNumber', { key, field });
    }
    if (min === undefined && max === undefined) return say('thresholdNoBound', { key });
    if (typeof min === 'number' && typeof max === 'number' && min > max) return say('thresholdMinAboveMax', { key });
    if (severity !== undefined && !(typeof severity === 'string' && (SEVERITIES as readonly string[]).includes(severity))) {
      return say('settingUnknownValue', { key: `${key}.severity`, value: show(severity), allowed: SEVERITIES.join(', ') });
    }
    const threshold: ThresholdSetting = { metric: collapseStars(metric.trim()) };
    if (typeof min === 'number') threshold.min = min;
    if (typeof max === 'number') threshold.max = max;
    if (severity !== undefined) threshold.severity = severity as RuleSeverity;
    out.push(threshold);
  });
  return out;
}
