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

const CODE = 'metric-missing';
/** Reports of the history (last week's included) a rate or a figure with a direction must appear in to be tracked. */
const TRACKED_FROM = 2;
/**
 * …any other figure, and a section: a count told in passing, or a news item's heading, may come
 * back once by chance.
 */
const REGULAR_FROM = 3;

interface Messages {
  metric: (label: string, value: string) => string;
  section: (name: string) => string;
  /** Several things missing from one place: one finding lists them. */
  several: (items: string) => string;
  sectionItem: (name: string) => string;
  metricItem: (label: string, value: string) => string;
  separator: string;
}

const messages: Record<Locale, Messages> = {
  en: {
    metric: (label, value) => `${label} (${value} last week) is missing from this week's report`,
    section: (name) => `Section ${name} from last week's report is missing this week`,
    several: (items) => `Missing this week, tracked in earlier reports: ${items}`,
    sectionItem: (name) => `section ${name}`,
    metricItem: (label, value) => `${label} (${value} last week)`,
    separator: ', ',
  },
  'zh-cn': {
    metric: (label, value) => `上周的「${label}」（${value}）本周没有`,
    section: (name) => `上周的章节「${name}」本周没有`,
    several: (items) => `以往周报一直有、本周没有：${items}`,
    sectionItem: (name) => `章节「${name}」`,
    metricItem: (label, value) => `「${label}」（上周 ${value}）`,
    separator: '、',
  },
};

interface Missing {
  range: Range;
  /** The whole message when it is the only thing missing at `range`. */
  alone: string;
  /** Its part of a list when several things are missing at `range`. */
  item: string;
}

export const metricMissing: Rule = {
  code: CODE,
  defaultSeverity: 'information',
  check(context) {
    const comparison = context.comparison;
    if (!comparison?.previous || comparison.previousTooFar) return [];
    const text = messages[context.locale] ?? messages.en;
    const head = reportHeadRange(context.report);
    const place = (names: readonly string[]) => survivingSectionRange(context.report, names) ?? head;

    const sections = trackedMissingSections(comparison.missingSectionDetails ?? []);
    const missing: Missing[] = sections.map((section) => ({
      range: place([...section.parents].reverse().concat(section.after ? [section.after] : [])),
      alone: text.section(section.name),
      item: text.sectionItem(section.name),
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
        alone: text.metric(row.label, value),
        item: text.metricItem(row.label, value),
      });
    }
    return oneFindingPerLine(missing, text);
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
function oneFindingPerLine(missing: readonly Missing[], text: Messages): Finding[] {
  const byLine = new Map<number, Missing[]>();
  for (const item of missing) {
    const here = byLine.get(item.range.start.line);
    if (here) here.push(item);
    else byLine.set(item.range.start.line, [item]);
  }
  return [...byLine.values()].map((items) => ({
    code: CODE,
    severity: 'information',
    message: items.length === 1 ? items[0].alone : text.several(items.map((item) => item.item).join(text.separator)),
    range: items[0].range,
  }));
}
