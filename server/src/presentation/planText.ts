// Last week's plan in words: the target (`≤ 10个`), what this week has against it and the hover's
// line (`目标 100%（上周计划）· 未达成`), shared by the hover and the panel so both read alike.
import type { Locale } from '../report/base/locale';
import { formatValue } from '../report/compare/formatDelta';
import type { PlanResult, PlanStatus, RowStatus } from '../report/compare/types';
import { planLabels } from '../report/i18n';

/** The comparison's colours and marks for a plan's status: met reads as good news, missed as bad. */
export const PLAN_ROW_STATUS: Record<PlanStatus, RowStatus> = {
  met: 'improved',
  missed: 'worsened',
  mentioned: 'changed',
  'not-mentioned': 'gone',
};

/** `100%`, `≤ 10个`; empty for a planned item (it has no number). */
export function planTarget(plan: PlanResult, locale: Locale): string {
  if (plan.kind !== 'metric' || plan.target === undefined) return '';
  const labels = planLabels(locale);
  const value = formatValue(plan.target, { unit: plan.unit ?? '', decimals: plan.decimals });
  return `${plan.bound === 'at-most' ? labels.atMost : labels.atLeast}${value}`;
}

/** This week's value of a planned number, or this week's item about a planned item; empty when none. */
export function planActual(plan: PlanResult): string {
  if (plan.kind === 'metric') return formatValue(plan.actual, { unit: plan.unit ?? '', decimals: plan.decimals });
  return plan.matched ?? '';
}

/** `Target 100% (last week's plan) · missed`, for the hover on this week's metric. */
export function planHoverLine(plan: PlanResult, locale: Locale): string {
  const labels = planLabels(locale);
  return `${labels.target} ${planTarget(plan, locale)}${labels.fromLastWeek}${labels.statusSeparator}${labels.status[plan.status]}`;
}
