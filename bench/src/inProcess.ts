// The core in this process, beside markdownlint and remark-parse on the same text: our full check
// (parse + metrics + rules + comparison with last week) should cost no more than a lint.
import { lint as markdownlint } from 'markdownlint/sync';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import { parseReport } from '../../server/src/report/parseReport';
import { extractMetrics } from '../../server/src/report/metrics/extractMetrics';
import { runRules } from '../../server/src/report/rules/index';
import { defaultSettings } from '../../server/src/report/settings';
import { compareReports, toComparedReport, type ComparedReport } from '../../server/src/report/compare';
import { BlockCache } from '../../server/src/report/parse/chunks';
import { interleavedRuns, type Summary } from './stats';

export interface InProcessFigures {
  bytes: number;
  /** Every block new to the parser's block cache: a file just opened. Compared with the others. */
  fullCheck: Summary;
  /** The same text again with the document's block cache: the untouched blocks of a keystroke. */
  fullCheckCached: Summary;
  markdownlint: Summary;
  remarkParse: Summary;
  /** fullCheck.median / markdownlint.median: ≤ 1 meets the goal. */
  ratioToMarkdownlint: number;
  ratioToRemarkParse: number;
  findings: number;
}

const CURRENT_URI = 'file:///bench/%E5%91%A8%E6%8A%A5/current.md';
const PREVIOUS_URI = 'file:///bench/%E5%91%A8%E6%8A%A5/previous.md';

function prepare(text: string, fileName: string): ComparedReport {
  const report = parseReport(text, { fileName });
  return toComparedReport(PREVIOUS_URI, report, extractMetrics(report));
}

/** What the server does per keystroke, minus I/O: the previous week is already parsed (it is cached there too). */
export function fullCheck(text: string, previous: ComparedReport, blocks?: BlockCache): number {
  const report = parseReport(text, { fileName: '/bench/周报/current.md', blocks });
  const metrics = extractMetrics(report);
  const comparison = compareReports(toComparedReport(CURRENT_URI, report, metrics), previous);
  return runRules({ report, metrics, settings: defaultSettings, locale: 'zh-cn', comparison }).length;
}

/**
 * `count` copies of `text` whose every line differs from copy to copy (a numbered HTML comment at
 * its end, invisible to all three contenders' results), so no run profits from an earlier one.
 */
export function distinctCopies(text: string, count: number): string[] {
  return Array.from({ length: count }, (_, copy) => text.replace(/^(.*\S.*)$/gm, `$1 <!--${copy}-->`));
}

/**
 * `runs` timed runs of each contender after `warmup` untimed ones, all on the same distinct copies,
 * taking turns run by run (full check, markdownlint, remark-parse, …) so that the machine's other
 * load and the garbage collector's rhythm fall on all of them alike.
 */
export function measureInProcess(text: string, previousText: string, runs: number, warmup: number): InProcessFigures {
  const previous = prepare(previousText, '/bench/周报/previous.md');
  const remark = unified().use(remarkParse);
  const copies = distinctCopies(text, runs + warmup);
  const blocks = new BlockCache();
  const contenders = {
    fullCheck: (i: number) => fullCheck(copies[i], previous),
    fullCheckCached: () => fullCheck(copies[0], previous, blocks),
    markdownlint: (i: number) => markdownlint({ strings: { report: copies[i] } }),
    remarkParse: (i: number) => remark.parse(copies[i]),
  };
  const times = interleavedRuns(contenders, runs, warmup);
  return {
    bytes: Buffer.byteLength(copies[0]),
    ...times,
    ratioToMarkdownlint: times.fullCheck.median / times.markdownlint.median,
    ratioToRemarkParse: times.fullCheck.median / times.remarkParse.median,
    findings: fullCheck(text, previous),
  };
}
