// `weeklyReport.*` as the client sends it (workspace/configuration), checked key by key. A broken
// value costs only that key: it gets one message and its default, and the rest still apply.
import type { RuleSeverity, Settings, ThresholdSetting } from '../protocol';
import { message, type MessageKey, type ValueType } from './i18n';
import { ruleCodes } from './rules/index';
import type { Locale } from './rules/types';

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
} satisfies Settings);

const SEVERITIES: readonly RuleSeverity[] = ['error', 'warning', 'information', 'hint', 'off'];
const DIRECTIONS = ['higher-is-better', 'lower-is-better', 'neutral'] as const;
const TREND_WEEKS = { min: 2, max: 52 };
const MAX_GAP_WEEKS = { min: 0, max: 520 };

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
    if (Array.isArray(files) && files.every((f) => typeof f === 'string')) settings.files = [...files];
    else bad('files', 'string-array');
  }

  const rules = given('rules');
  if (rules !== undefined) {
    if (isRecord(rules)) settings.rules = readRules(rules, say);
    else bad('rules', 'object');
  }

  const thresholds = given('thresholds');
  if (thresholds !== undefined) {
    if (Array.isArray(thresholds)) settings.thresholds = readThresholds(thresholds, say);
    else bad('thresholds', 'array');
  }

  settings.weekNumbering = readEnum(given('weekNumbering'), ['auto', 'first-day', 'iso'] as const, 'weekNumbering', say) ?? settings.weekNumbering;
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

  return { settings, problems };
}

function copyDefaults(): Settings {
  return {
    ...defaultSettings,
    files: [...defaultSettings.files],
    rules: {},
    thresholds: [],
    directions: {},
  };
}

/** A value for a message; safe for anything JSON can hold and for what it cannot. */
function show(value: unknown): string {
  try {
    return typeof value === 'string' ? value : (JSON.stringify(value) ?? typeof value);
  } catch {
    return typeof value;
  }
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
    const key = `weeklyReport.rules.${code}`;
    if (!ruleCodes.includes(code)) say('settingUnknownRule', { key: 'weeklyReport.rules', code });
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
      say('settingUnknownValue', { key: `weeklyReport.directions.${label}`, value: show(direction), allowed: DIRECTIONS.join(', ') });
    }
  }
  return out;
}

/** Keeps every usable threshold; each broken one is named by its index. */
function readThresholds(thresholds: unknown[], say: Say): ThresholdSetting[] {
  const out: ThresholdSetting[] = [];
  thresholds.forEach((entry, index) => {
    const key = `weeklyReport.thresholds[${index}]`;
    if (!isRecord(entry)) return say('settingWrongType', { key, expected: 'object' });
    const { metric, min, max, severity } = entry;
    if (typeof metric !== 'string' || metric.trim() === '') return say('thresholdMissingMetric', { key });
    for (const [field, value] of [['min', min], ['max', max]] as const) {
      if (value !== undefined && (typeof value !== 'number' || !Number.isFinite(value))) return say('thresholdBadNumber', { key, field });
    }
    if (min === undefined && max === undefined) return say('thresholdNoBound', { key });
    if (typeof min === 'number' && typeof max === 'number' && min > max) return say('thresholdMinAboveMax', { key });
    if (severity !== undefined && !(typeof severity === 'string' && (SEVERITIES as readonly string[]).includes(severity))) {
      return say('settingUnknownValue', { key: `${key}.severity`, value: show(severity), allowed: SEVERITIES.join(', ') });
    }
    const threshold: ThresholdSetting = { metric: metric.trim() };
    if (typeof min === 'number') threshold.min = min;
    if (typeof max === 'number') threshold.max = max;
    if (severity !== undefined) threshold.severity = severity as RuleSeverity;
    out.push(threshold);
  });
  return out;
}
