// What the series tracks and this week's report dropped: a metric quietly left out is often the
// one that got worse. Only what the series tracks counts — a rate or a figure with a direction
// (告警数) seen in at least two of the last reports, any other figure or a section seen in three,
// or a metric a team threshold names; a number told in passing (影响交易212笔, an
// incident's 持续60mins) is not missed. A rename is no disappearance, a value
// left as `XX` is placeholder-left's, and each finding sits on the section the thing belonged to.
import { formatValue } from '../compare/formatDelta';
import { reportHeadRange, survivingSectionRange } from '../compare/locate';
import { labelIdentity, sectionKey } from '../compare/matchMetrics';
import { similarName } from '../compare/similarity';
import type { ComparisonRow, MissingSection } from '../compare/types';
import type { Range } from '../model';
import { labelMatcher, textNamesLabel } from './labelMatch';
import type { Finding, Rule, RuleContext } from './types';
import type { Locale } from '../base/locale';
import { message, type MissingItem } from '../i18n';

const CODE = 'metric-missing';
/** Reports of the history (last week's included) a rate or a figure with a direction must appear in to be tracked. */
const TRACKED_FROM = 2;
/**
 * …any other figure, and a section: a count told in passing, or a news item's heading, may come
 * back once by chance.
 */
const REGULAR_FROM = 3;

interface Missing {
  range: Range;
  /** What is missing: worded alone when it is the only thing missing at `range`, else as part of a list. */
  item: MissingItem;
}

export const metricMissing: Rule = {
  code: CODE,
  defaultSeverity: 'information',
  check(context) {
    const comparison = context.comparison;
    if (!comparison?.previous || comparison.previousTooFar) return [];
    const head = reportHeadRange(context.report);
    const place = (names: readonly string[]) => survivingSectionRange(context.report, names) ?? head;

    const sections = trackedMissingSections(comparison.missingSectionDetails ?? []);
    const missing: Missing[] = sections.map((section) => ({
      range: place([...section.parents].reverse().concat(section.after ? [section.after] : [])),
      item: { kind: 'section', name: section.name },
    }));
    // A whole missing section is one finding, not one per metric it held.
    const inMissingSection = new Set((comparison.missingSections ?? []).map(sectionKey));
    const isTracked = trackedBy(context);
    const stillNamed = namedInReport(context);
    const renamed = renamedTo(comparison.rows);
    for (const row of comparison.rows) {
      if (row.status !== 'gone' || !isTracked(row) || inMissingSection.has(sectionKey(row.section))) continue;
      if (renamed(row) || stillNamed(row.label)) continue;
      const value = formatValue(row.previous, row);
      missing.push({
        range: place([...(row.path ?? [row.section])].reverse()),
        item: { kind: 'metric', label: row.label, value },
      });
    }
    return oneFindingPerLine(missing, context.locale);
  },
};

/** Missing sections the series had in at least two reports, outermost only (a missing parent holds its children). */
function trackedMissingSections(details: readonly MissingSection[]): MissingSection[] {
  const tracked = details.filter((section) => section.weeksSeen >= REGULAR_FROM);
  const names = new Set(tracked.map((section) => sectionKey(section.name)));
  return tracked.filter((section) => !section.parents.some((parent) => names.has(sectionKey(parent))));
}

/** Seen often enough in the history (its trend), or named by a threshold. */
function trackedBy(context: RuleContext): (row: ComparisonRow) => boolean {
  const thresholds = (Array.isArray(context.settings?.thresholds) ? context.settings.thresholds : [])
    .filter((threshold) => typeof threshold?.metric === 'string')
    .map((threshold) => labelMatcher(threshold.metric));
  const seenEnough = (row: ComparisonRow) =>
    row.trend.length >= (row.kind === 'percent' || row.direction !== 'neutral' ? TRACKED_FROM : REGULAR_FROM);
  return (row) => seenEnough(row) || thresholds.some((matches) => matches(row.label));
}

/** The label is still written in this week's report, with a value to fill (`XX%`) or in words. */
function namedInReport(context: RuleContext): (label: string) => boolean {
  const lines = context.report.proseLines.map((prose) => prose.text);
  return (label) => lines.some((line) => textNamesLabel(line, label));
}

/**
 * A new row under the same or a similar label is the gone one renamed or written another way
 * (PR merged → PRs merged, 97.10% → 0.971): it is there, only not paired.
 */
function renamedTo(rows: readonly ComparisonRow[]): (gone: ComparisonRow) => boolean {
  const added = rows.filter((row) => row.status === 'new').map((row) => labelIdentity(row.label));
  const exact = new Set(added);
  return (gone) => {
    const label = labelIdentity(gone.label);
    return exact.has(label) || added.some((other) => similarName(other, label));
  };
}

/** Never twice on one line: what lands on the same place is told in one finding. */
function oneFindingPerLine(missing: readonly Missing[], locale: Locale): Finding[] {
  const byLine = new Map<number, Missing[]>();
  for (const item of missing) {
    const here = byLine.get(item.range.start.line);
    if (here) here.push(item);
    else byLine.set(item.range.start.line, [item]);
  }
  return [...byLine.values()].map((items) => ({
    code: CODE,
    severity: 'information',
    message: items.length === 1 ? alone(items[0].item, locale) : message(locale, 'severalMissing', { items: items.map((m) => m.item) }),
    range: items[0].range,
  }));
}

function alone(item: MissingItem, locale: Locale): string {
  return item.kind === 'section'
    ? message(locale, 'sectionMissing', { name: item.name })
    : message(locale, 'metricMissing', { label: item.label, value: item.value });
}
