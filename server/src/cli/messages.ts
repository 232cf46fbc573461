// Every sentence and word the CLI itself prints (summary lines, severity words, notes on skipped
// files), in English and Chinese. Diagnostic messages come from the core's catalogue (report/i18n).
import type { Locale } from '../report/i18n';
import type { MetricKind } from '../report/metrics/types';
import type { Severity } from '../report/rules/types';

export type SeverityCounts = Record<Severity, number>;

interface CliMessages {
  severity: Record<Severity, string>;
  /** `✖ 2 problems (0 errors, 2 warnings)` */
  summary(total: number, counts: SeverityCounts): string;
  skippedNotReport(file: string): string;
  emptyFile(file: string): string;
  newNotAWeek(file: string): string;
  /** Column headers of `metrics`: line, section, metric, value, fraction, kind. */
  metricsHeader: [string, string, string, string, string, string];
  metricKind: Record<MetricKind, string>;
  noMetrics: string;
  metricCount(count: number): string;
  /** `(line 5)` after an outline entry. */
  outlineLine(line: number): string;
  /** A file read as many weeks (a journal). */
  readAsJournal(file: string, weeks: number): string;
  /** `--week` given for a file that is one report. */
  weekOptionNotJournal(file: string): string;
  weekNotFound(file: string, week: string, weeks: number): string;
  /** The week `compare` picked in a journal. */
  comparingWeek(heading: string, week: string | undefined): string;
}

function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

const en: CliMessages = {
  severity: { error: 'error', warning: 'warning', information: 'info', hint: 'hint' },
  summary(total, counts) {
    const parts = [plural(counts.error, 'error'), plural(counts.warning, 'warning')];
    if (counts.information > 0) parts.push(plural(counts.information, 'info', 'info'));
    if (counts.hint > 0) parts.push(plural(counts.hint, 'hint'));
    return `✖ ${plural(total, 'problem')} (${parts.join(', ')})`;
  },
  skippedNotReport: (file) =>
    `skipped ${file}: it does not read as a weekly report (no week title, Created line, report front matter or report file name); --force checks it anyway`,
  emptyFile: (file) => `${file} is empty: nothing to check`,
  newNotAWeek: (file) =>
    `cannot tell which week ${file} covers (no week title, date, Created line or week in the file name), so there is no next week to create`,
  metricsHeader: ['line', 'section', 'metric', 'value', 'fraction', 'kind'],
  metricKind: { percent: 'percent', count: 'count', score: 'score', rank: 'rank', duration: 'duration', money: 'money', number: 'number' },
  noMetrics: 'no metrics found',
  metricCount: (count) => plural(count, 'metric'),
  outlineLine: (line) => `(line ${line})`,
  readAsJournal: (file, weeks) => `${file} holds ${plural(weeks, 'week')} (one heading per week): each week is read as a report`,
  weekOptionNotJournal: (file) => `--week picks a week of a file that holds many weeks; ${file} is one report`,
  weekNotFound: (file, week, weeks) => `${file} has no week "${week}" (give 1–${weeks}, oldest first, or a week's label or heading)`,
  comparingWeek: (heading, week) => `comparing the week "${heading}"${week ? ` (${week})` : ''} with the week before it`,
};

const zhCn: CliMessages = {
  severity: { error: '错误', warning: '警告', information: '提示', hint: '建议' },
  summary(total, counts) {
    const parts = [`${counts.error} 个错误`, `${counts.warning} 个警告`];
    if (counts.information > 0) parts.push(`${counts.information} 个提示`);
    if (counts.hint > 0) parts.push(`${counts.hint} 个建议`);
    return `✖ ${total} 个问题（${parts.join('，')}）`;
  },
  skippedNotReport: (file) => `已跳过 ${file}：它不像周报（没有周次标题、Created 行、周报 front matter 或周报文件名）；加 --force 仍会检查`,
  emptyFile: (file) => `${file} 是空文件，没有可检查的内容`,
  newNotAWeek: (file) => `无法判断 ${file} 属于哪一周（没有周次标题、日期、Created 行，文件名里也没有周次），因此无法创建下周周报`,
  metricsHeader: ['行', '章节', '指标', '数值', '分数', '类型'],
  metricKind: { percent: '百分比', count: '计数', score: '分数值', rank: '排名', duration: '时长', money: '金额', number: '数字' },
  noMetrics: '没有找到指标',
  metricCount: (count) => `共 ${count} 个指标`,
  outlineLine: (line) => `（第 ${line} 行）`,
  readAsJournal: (file, weeks) => `${file} 包含 ${weeks} 周（每周一个标题），每一周都按一份周报读取`,
  weekOptionNotJournal: (file) => `--week 用于选择多周合一文件中的某一周；${file} 只是一份周报`,
  weekNotFound: (file, week, weeks) => `${file} 中没有“${week}”这一周（可给 1–${weeks}，最早的一周为 1，或给周次、标题）`,
  comparingWeek: (heading, week) => `对比“${heading}”${week ? `（${week}）` : ''}与它的上一周`,
};

const catalogues: Record<Locale, CliMessages> = { en, 'zh-cn': zhCn };

export function cliMessages(locale: Locale): CliMessages {
  return catalogues[locale] ?? en;
}
