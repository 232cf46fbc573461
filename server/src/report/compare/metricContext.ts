// Where a metric sits, as far as its identity across weeks is concerned: the section path, whether
// it is a plan (下周工作 `绩效沟通5人` is a target, not this week's result) and, for numbers local to
// one event (an incident under 生产事件, a meeting, a release), which event it belongs to.
import type { ListItem, Report, Section } from '../model';
import type { Metric } from '../metrics/types';
import { normaliseLabel } from '../metrics/labels';
import { ITEMS_PER_STEP, runToEnd, type Steps } from '../base/steps';

export interface MetricContext {
  /** Section names from the outermost to the innermost holding the metric. */
  path: string[];
  /** `plan`: under 下周/Next week/Plans — a target, kept out of the week-over-week comparison. */
  scope: 'result' | 'plan';
  /** For a number local to one event: what names that event (its sub-section or its list item). */
  event?: string;
  /**
   * Its line up to its value (normalised): what tells namesakes apart when their label does not —
   * a table row's key cells (`Factory:RISC-V:Kernel | 22.03_ST`).
   */
  line?: string;
}

// Matched on normalised section names (half-width, lowercase, no spaces or punctuation).
const PLAN_SECTION =
  /^(?:下周|下双周|下阶段|下期|下月|下个月|下一步|nextweek|nextmonth|nextsteps?|nextsprint|plans?$|upcoming|todo$)|计划$|(?:nextweek|nextmonth)/;
const EVENT_SECTION = /生产事件|线上事件|线上问题|事故|故障|incident|outage|postmortem|会议|meeting|^releases?$|^版本发布$|^发布记录$/;
/** How much of an event's list item names it: its first words, numbers left out (they change). */
const EVENT_NAME_LENGTH = 16;

export function isPlanSection(name: string): boolean {
  return PLAN_SECTION.test(normaliseLabel(name));
}

export function isEventSection(name: string): boolean {
  return EVENT_SECTION.test(normaliseLabel(name));
}

/** Each metric's context, in the order of `metrics`. */
export function metricContexts(
  report: Pick<Report, 'sections' | 'listItems' | 'lines' | 'titleRange'>,
  metrics: readonly Metric[],
): MetricContext[] {
  return runToEnd(metricContextsInSteps(report, metrics));
}

/** `metricContexts` as steps of at most ITEMS_PER_STEP metrics (see base/steps.ts). */
export function* metricContextsInSteps(
  report: Pick<Report, 'sections' | 'listItems' | 'lines' | 'titleRange'>,
  metrics: readonly Metric[],
): Steps<MetricContext[]> {
  // One walk down the lines: a huge report with thousands of sections stays linear.
  const byLine = metrics.map((_, i) => i).sort((a, b) => metrics[a].range.start.line - metrics[b].range.start.line);
  const chainAt = sectionChainFinder(report.sections);
  const itemsByStart = [...report.listItems].sort((a, b) => a.range.start.line - b.range.start.line);
  const contexts: MetricContext[] = new Array(metrics.length);
  yield;
  for (let k = 0; k < byLine.length; k++) {
    if (k % ITEMS_PER_STEP === ITEMS_PER_STEP - 1) yield;
    const i = byLine[k];
    const metric = metrics[i];
    const line = metric.range.start.line;
    contexts[i] = contextOf(
      report,
      itemsByStart,
      chainAt(line).filter((section) => !isTitle(section, report)),
      line,
    );
    contexts[i].line = lineBefore(report.lines[line] ?? '', metric);
  }
  return contexts;
}

/**
 * The line up to the metric's value: a table row's key cells come before its values
 * (`| Factory:RISC-V:Kernel | 22.09 |` then 76.47%), a list item's words before its number. Only the
 * last LINE_CONTEXT characters count: a line of thousands of metrics must not cost its length per metric.
 */
function lineBefore(text: string, metric: Metric): string {
  const { start } = metric.valueRange;
  const end = start.line === metric.range.start.line ? start.character : text.length;
  return normaliseLabel(text.slice(Math.max(0, end - LINE_CONTEXT), end));
}

const LINE_CONTEXT = 160;

function contextOf(
  report: Pick<Report, 'lines'>,
  itemsByStart: readonly ListItem[],
  chain: readonly Section[],
  line: number,
): MetricContext {
  const path = chain.map((section) => section.name);
  const scope = chain.some((section) => isPlanSection(section.name)) ? 'plan' : 'result';
  const eventAt = chain.findIndex((section) => isEventSection(section.name));
  if (eventAt < 0) return { path, scope };
  const below = chain.slice(eventAt + 1).map((section) => normaliseLabel(section.name));
  return { path, scope, event: [...below, eventItemName(report, itemsByStart, chain[eventAt], line)].join('\u0000') };
}

/**
 * The sections holding a line, outermost first; lines must be asked in ascending order. Sections
 * nest and come parents first, so one stack of open sections answers every line in linear time.
 */
export function sectionChainFinder(sections: readonly Section[]): (line: number) => Section[] {
  const flat: Section[] = [];
  const visit = (list: readonly Section[]) => {
    for (const section of list) {
      flat.push(section);
      visit(section.children);
    }
  };
  visit(sections);
  const open: Section[] = [];
  let next = 0;
  return (line) => {
    const popEnded = () => {
      while (open.length && open[open.length - 1].range.end.line < line) open.pop();
    };
    popEnded();
    while (next < flat.length && flat[next].range.start.line <= line) {
      const section = flat[next++];
      // A section that starts after the open one ended is its sibling or an uncle, not its child.
      while (open.length && open[open.length - 1].range.end.line < section.range.start.line) open.pop();
      open.push(section);
      popEnded();
    }
    return [...open];
  };
}

function isTitle(section: Section, report: Pick<Report, 'titleRange'>): boolean {
  const title = report.titleRange;
  return (
    !!title && section.selectionRange.start.line === title.start.line && section.selectionRange.start.character === title.start.character
  );
}

/**
 * The outermost list item inside the event section holding `line` (its first words), else the line itself.
 * Only the items starting between the section's start and `line` are looked at (found by binary search in
 * `itemsByStart`): a report with thousands of list items must not cost all of them per metric.
 */
function eventItemName(report: Pick<Report, 'lines'>, itemsByStart: readonly ListItem[], eventSection: Section, line: number): string {
  const from = eventSection.range.start.line;
  let best: ListItem | undefined;
  for (let k = firstStartingAtOrAfter(itemsByStart, from); k < itemsByStart.length; k++) {
    const candidate = itemsByStart[k];
    if (candidate.range.start.line > line) break;
    if (line > candidate.range.end.line) continue;
    if (!best || candidate.depth < best.depth) best = candidate;
  }
  const text = best ? best.text : (report.lines[line] ?? '');
  return normaliseLabel(text).replace(/\d+/g, '').slice(0, EVENT_NAME_LENGTH);
}

/** The index of the first item starting at or after `line` in items sorted by start line. */
function firstStartingAtOrAfter(itemsByStart: readonly ListItem[], line: number): number {
  let low = 0;
  let high = itemsByStart.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (itemsByStart[middle].range.start.line < line) low = middle + 1;
    else high = middle;
  }
  return low;
}
