// Every rule, and the runner that applies settings and suppression comments to their findings.
// Registering a rule is one line in `allRules`.
import { blockReadAsPlainText } from './blockReadAsPlainText';
import { dateOutsideWeek } from './dateOutsideWeek';
import { derivedRatioMismatch } from './derivedRatioMismatch';
import { emptySection } from './emptySection';
import { metricMissing } from './metricMissing';
import { metricThreshold } from './metricThreshold';
import { percentFractionMismatch } from './percentFractionMismatch';
import { placeholderLeft } from './placeholderLeft';
import { previousLinkInvalid } from './previousLinkInvalid';
import { progressRegressed } from './progressRegressed';
import { rateOutOfRange } from './rateOutOfRange';
import { targetMissed } from './targetMissed';
import { readSuppressions } from './suppression';
import { weekOverWeekChange } from './weekOverWeekChange';
import type { Finding, Rule, RuleContext, Severity } from './types';
import { runToEnd, type Steps } from '../base/steps';

export type { Finding, Fix, Rule, RuleContext, Severity } from './types';
export type { Locale } from '../base/locale';

export const allRules: readonly Rule[] = [
  percentFractionMismatch,
  rateOutOfRange,
  metricThreshold,
  derivedRatioMismatch,
  dateOutsideWeek,
  placeholderLeft,
  emptySection,
  blockReadAsPlainText,
  // Rules comparing with last week: they find nothing without `context.comparison`.
  weekOverWeekChange,
  progressRegressed,
  metricMissing,
  targetMissed,
  // Told by the caller, which read (or refused to read) the linked file.
  previousLinkInvalid,
];

export const ruleCodes: readonly string[] = allRules.map((rule) => rule.code);

const SEVERITIES: ReadonlySet<string> = new Set<Severity>(['error', 'warning', 'information', 'hint']);

/**
 * Findings of every enabled rule, with the severity settings give them, minus those silenced by
 * `<!-- weekly-report-disable … -->` comments; in document order. A rule that fails on odd input
 * loses its findings for this run instead of taking the others down.
 */
export function runRules(context: RuleContext, rules: readonly Rule[] = allRules): Finding[] {
  return runToEnd(runRulesInSteps(context, rules));
}

/** `runRules` as steps (see base/steps.ts): one rule per step. */
export function* runRulesInSteps(context: RuleContext, rules: readonly Rule[] = allRules): Steps<Finding[]> {
  const configured = context.settings?.rules ?? {};
  const suppressions = readSuppressions(context.report.lines ?? []);
  const findings: Finding[] = [];
  for (const rule of rules) {
    const setting = configured[rule.code];
    if (setting === 'off') continue;
    yield;
    const severity: Severity = setting && SEVERITIES.has(setting) ? (setting as Severity) : rule.defaultSeverity;
    let found: Finding[];
    try {
      found = rule.checkInSteps ? yield* rule.checkInSteps(context) : rule.check(context);
    } catch {
      continue;
    }
    for (const finding of found) {
      if (suppressions.isSuppressed(finding.code, finding.range.start.line)) continue;
      findings.push(rule.ownSeverity ? finding : { ...finding, severity });
    }
  }
  return findings.sort(byPosition);
}

function byPosition(a: Finding, b: Finding): number {
  return a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character || a.code.localeCompare(b.code);
}
