// Every user-visible sentence of the product (the core's, and the CLI's, completion's and the
// comparison page's words), in English and Chinese. One typed catalogue, so a
// message cannot be missing in one language or be called with the wrong parameters.
import type { Locale } from './base/locale';
import type { WeekSource } from './model';
import type { PlanStatus, RowStatus } from './compare/types';
import type { MetricKind } from './metrics/types';
import type { Severity } from './rules/types';

export type { Locale };

/** What a setting should have been, named in the message when it was not. */
export type ValueType = 'string' | 'boolean' | 'object' | 'array' | 'string-array' | 'settings-object';

const typeNamesEn: Record<ValueType, string> = {
  string: 'a string',
  boolean: 'true or false',
  object: 'an object',
  array: 'an array',
  'string-array': 'an array of strings',
  'settings-object': 'an object of weeklyReport.* settings',
};
const typeNamesZh: Record<ValueType, string> = {
  string: '字符串',
  boolean: 'true 或 false',
  object: '对象',
  array: '数组',
  'string-array': '字符串数组',
  'settings-object': 'weeklyReport.* 设置对象',
};

/** Why a file was not read (the Node adapter's reader) or a `previous:` link not followed. */
export type FileRefusal = 'missing' | 'outside' | 'not-a-file' | 'too-big' | 'binary' | 'unreadable' | 'not-markdown' | 'not-a-local-file';

const refusalsEn: Record<FileRefusal, string> = {
  missing: 'no such file',
  outside: "it is outside the workspace (or the report's folder)",
  'not-a-file': 'it is a directory, device or pipe, not a regular file',
  'too-big': 'it is too large for a weekly report',
  binary: 'it is a binary file, not text in UTF-8, UTF-16 (with BOM) or GB18030',
  unreadable: 'it cannot be read',
  'not-markdown': 'it is not a Markdown file (.md, .markdown)',
  'not-a-local-file': 'it is not a file on this computer (a network or other-scheme address)',
};
const refusalsZh: Record<FileRefusal, string> = {
  missing: '文件不存在',
  outside: '它位于工作区（或周报所在文件夹）之外',
  'not-a-file': '它是文件夹、设备或管道，不是普通文件',
  'too-big': '文件过大，不像周报',
  binary: '它是二进制文件，不是 UTF-8、UTF-16（带 BOM）或 GB18030 编码的文本',
  unreadable: '无法读取该文件',
  'not-markdown': '它不是 Markdown 文件（.md、.markdown）',
  'not-a-local-file': '它不是本机上的文件（网络地址或其他协议）',
};

/** Which budget a block went over: it is then read as plain text. */
export type BlockBudget = 'depth' | 'line-length' | 'columns';

/** How week numbers are counted, named in the title hover and the title-week finding. */
type WeekNumbering = 'iso' | 'first-day';

const numberingsEn: Record<WeekNumbering, string> = {
  iso: 'ISO 8601 weeks',
  'first-day': 'the week holding 1 January is week 1',
};
const numberingsZh: Record<WeekNumbering, string> = {
  iso: 'ISO 8601 周数',
  'first-day': '包含 1 月 1 日的一周为第 1 周',
};

const weekSourcesEn: Record<WeekSource, string> = {
  'front-matter': 'the front matter',
  title: 'the title',
  created: 'the Created line',
  'file-name': 'the file name',
};
const weekSourcesZh: Record<WeekSource, string> = {
  'front-matter': 'front matter',
  title: '标题',
  created: 'Created 行',
  'file-name': '文件名',
};

const weeksEn = (weeks: number) => `${weeks} week${weeks === 1 ? '' : 's'}`;

/** A series' cadence by its usual gap in weeks, as the start of a sentence. */
function cadenceEn(usual: number): string {
  if (usual <= 1) return 'Weekly series';
  if (usual === 2) return 'Biweekly series';
  if (usual >= 4 && usual <= 5) return 'Monthly series';
  return `Series with a report every ${usual} weeks`;
}

function cadenceZh(usual: number): string {
  if (usual <= 1) return '周报系列';
  if (usual === 2) return '双周报系列';
  if (usual >= 4 && usual <= 5) return '月报系列';
  return `每 ${usual} 周一期的系列`;
}

/** Something a report tracked and this week's lacks, named inside a list of several. */
export type MissingItem = { kind: 'section'; name: string } | { kind: 'metric'; label: string; value: string };

const missingItemEn = (item: MissingItem) => (item.kind === 'section' ? `section ${item.name}` : `${item.label} (${item.value} last week)`);
const missingItemZh = (item: MissingItem) => (item.kind === 'section' ? `章节「${item.name}」` : `「${item.label}」（上周 ${item.value}）`);

/** A comparison row as the week-over-week rules word it: values and change already formatted. */
interface RowParams {
  label: string;
  current: string;
  previous: string;
  change: string;
}

export interface MessageParams {
  percentFractionMismatch: { label: string; value: string; numerator: number; denominator: number; expected: string };
  derivedRatioMismatch: { label: string; value: string; part: number; whole: number; expected: string };
  rateAboveRange: { label: string; value: string };
  rateBelowRange: { label: string; value: string };
  thresholdBelowMin: { label: string; value: string; pattern: string; min: number };
  thresholdAboveMax: { label: string; value: string; pattern: string; max: number };
  dateAfterReport: { date: string; reportDate: string };
  dateFarFromReport: { date: string; reportDate: string; days: number };
  titleWeekMismatch: { titleWeek: number; dateWeek: number; date: string; numbering: 'iso' | 'first-day' };
  placeholderLeft: { text: string };
  emptySection: { name: string };
  fixReplaceWith: { text: string };
  settingWrongType: { key: string; expected: ValueType };
  settingUnknownValue: { key: string; value: string; allowed: string };
  settingUnknownRule: { key: string; code: string };
  settingOutOfRange: { key: string; min: number; max: number };
  thresholdMissingMetric: { key: string };
  thresholdNoBound: { key: string };
  thresholdBadNumber: { key: string; field: string };
  thresholdMinAboveMax: { key: string };
  thresholdsIgnored: { count: number; list: string };
  previousLinkInvalid: { link: string; reason: FileRefusal };
  fileRefused: { file: string; reason: FileRefusal; detail?: string };
  blockReadAsPlainText: { budget: BlockBudget; limit: number };
  settingTooLong: { key: string; max: number };
  settingTooMany: { key: string; max: number };
  // How the previous report was found (the comparison's note).
  lookupTooFar: { week: string; weeksBack: number; gapWeeks: number; usualGap: number };
  lookupGapInWeeklySeries: { week: string; gapWeeks: number };
  lookupGapInSeries: { week: string; weeksBack: number; gapWeeks: number; usualGap: number };
  lookupUsualGap: { week: string; weeksBack: number; usualGap: number };
  lookupNoEarlierReport: Record<string, never>;
  lookupNoWeek: Record<string, never>;
  // The hover on a report's title.
  weekReadAs: { label: string; numbering: WeekNumbering; monday: string; sunday: string };
  weekReadFrom: { source: WeekSource; date?: string };
  weekNumberingAuto: Record<string, never>;
  // The comparison rules.
  previousWeeksBack: { weeks: number };
  progressRegressed: RowParams;
  weekOverWeekChange: RowParams;
  metricMissing: { label: string; value: string };
  sectionMissing: { name: string };
  severalMissing: { items: readonly MissingItem[] };
  // Previous Report / Next Report (report/navigate/).
  navigationOpened: { week: string; direction: 'previous' | 'next'; weeksApart?: number; missing?: string };
  navigationFirstReport: Record<string, never>;
  navigationLatestReport: Record<string, never>;
  navigationNoWeek: Record<string, never>;
  // Fix all (code action, command, `check --fix`).
  fixAllTitle: { count: number };
  // Last week's plan against this week (rule target-missed).
  targetMissed: { label: string; actual: string; target: string; bound: 'at-least' | 'at-most' };
}

export type MessageKey = keyof MessageParams;
type Catalogue = { [K in MessageKey]: (p: MessageParams[K]) => string };

const n = formatNumber;

const en: Catalogue = {
  percentFractionMismatch: (p) => `${p.label} ${p.value} disagrees with its fraction ${n(p.numerator)}/${n(p.denominator)} = ${p.expected}`,
  derivedRatioMismatch: (p) =>
    `${p.label} ${p.value} disagrees with the counts in the same sentence: ${n(p.part)}/${n(p.whole)} = ${p.expected}`,
  rateAboveRange: (p) => `${p.label} ${p.value} is above 100%: a rate cannot exceed 100%`,
  rateBelowRange: (p) => `${p.label} ${p.value} is below 0%: a rate cannot be negative`,
  thresholdBelowMin: (p) => `${p.label} ${p.value} is below the threshold for “${p.pattern}” (min ${n(p.min)})`,
  thresholdAboveMax: (p) => `${p.label} ${p.value} is above the threshold for “${p.pattern}” (max ${n(p.max)})`,
  dateAfterReport: (p) => `${p.date} is after the report's date ${p.reportDate}, yet is told as done or measured`,
  dateFarFromReport: (p) => `${p.date} is ${n(p.days)} days away from the report's date ${p.reportDate}: is the year right?`,
  titleWeekMismatch: (p) =>
    `The title says week ${p.titleWeek}, but the report's date ${p.date} is in week ${p.dateWeek} (${numberingsEn[p.numbering]})`,
  placeholderLeft: (p) => `Placeholder “${p.text}” left in the report`,
  emptySection: (p) => `Section “${p.name}” is empty`,
  fixReplaceWith: (p) => `Replace with ${p.text}`,
  settingWrongType: (p) => `Setting ${p.key} must be ${typeNamesEn[p.expected]}; using the default`,
  settingUnknownValue: (p) => `Setting ${p.key} has an unknown value “${p.value}” (allowed: ${p.allowed}); using the default`,
  settingUnknownRule: (p) => `Setting ${p.key} names an unknown rule “${p.code}”; ignored`,
  settingOutOfRange: (p) => `Setting ${p.key} must be a whole number from ${p.min} to ${p.max}; using the default`,
  thresholdMissingMetric: (p) => `Threshold ${p.key} needs a non-empty "metric"; ignored`,
  thresholdNoBound: (p) => `Threshold ${p.key} needs "min" or "max"; ignored`,
  thresholdBadNumber: (p) => `Threshold ${p.key} has a "${p.field}" that is not a number; ignored`,
  thresholdMinAboveMax: (p) => `Threshold ${p.key} has "min" above "max"; ignored`,
  thresholdsIgnored: (p) => `${n(p.count)} thresholds are ignored: ${p.list}`,
  previousLinkInvalid: (p) => `previous: “${p.link}” is not used: ${refusalsEn[p.reason]}; last week's report is looked up as usual`,
  fileRefused: (p) => `cannot read ${p.file}: ${refusalsEn[p.reason]}${p.detail ? ` (${p.detail})` : ''}`,
  blockReadAsPlainText: (p) =>
    `This block is read as plain text: ${
      p.budget === 'depth'
        ? `it nests deeper than ${n(p.limit)} levels`
        : p.budget === 'line-length'
          ? `a line is longer than ${n(p.limit)} characters`
          : `a table row has more than ${n(p.limit)} columns`
    }`,
  settingTooLong: (p) => `Setting ${p.key} is longer than ${n(p.max)} characters; ignored`,
  settingTooMany: (p) => `Setting ${p.key} has more than ${n(p.max)} entries; only the first ${n(p.max)} are used`,
  lookupTooFar: (p) =>
    `The previous report (${p.week}) is ${weeksEn(p.weeksBack)} earlier, ${weeksEn(p.gapWeeks)} beyond this series' usual gap of ${weeksEn(p.usualGap)}: week-over-week checks are off.`,
  lookupGapInWeeklySeries: (p) => `No report for ${weeksEn(p.gapWeeks)} in between (a holiday?): comparing with ${p.week}.`,
  lookupGapInSeries: (p) =>
    `${cadenceEn(p.usualGap)}, but the previous report (${p.week}) is ${weeksEn(p.weeksBack)} earlier, ${weeksEn(p.gapWeeks)} more than usual.`,
  lookupUsualGap: (p) => `${cadenceEn(p.usualGap)}: comparing with ${p.week}, ${weeksEn(p.weeksBack)} earlier.`,
  lookupNoEarlierReport: () => 'No earlier report in this series: nothing to compare with.',
  lookupNoWeek: () =>
    "This report's week is unknown (no week in front matter, title, Created line or file name), so last week's report cannot be found.",
  weekReadAs: (p) => `**Read as ${p.label}** (${numberingsEn[p.numbering]}): ${p.monday} to ${p.sunday}`,
  weekReadFrom: (p) => `From ${weekSourcesEn[p.source]}${p.date ? `; date ${p.date}` : ''}.`,
  weekNumberingAuto: () =>
    '`weeklyReport.weekNumbering` is `auto`: the numbering under which the fewest dates told as done lie after the week.',
  previousWeeksBack: (p) => ` (the previous report is ${n(p.weeks)} weeks earlier)`,
  progressRegressed: (p) => `${p.label} ${p.current}, lower than last week's ${p.previous} (${p.change})`,
  weekOverWeekChange: (p) => `${p.label} ${p.current}, last week ${p.previous} (${p.change})`,
  metricMissing: (p) => `${p.label} (${p.value} last week) is missing from this week's report`,
  sectionMissing: (p) => `Section ${p.name} from last week's report is missing this week`,
  severalMissing: (p) => `Missing this week, tracked in earlier reports: ${p.items.map(missingItemEn).join(', ')}`,
  navigationOpened: (p) =>
    p.weeksApart === undefined || Math.abs(p.weeksApart) <= 1
      ? `Opened ${p.week}, the ${p.direction} report.`
      : `Opened ${p.week}, ${weeksEn(Math.abs(p.weeksApart))} ${p.direction === 'previous' ? 'earlier' : 'later'}${
          p.missing ? `; no report for ${p.missing}` : ''
        }.`,
  navigationFirstReport: () => 'This is the first report of the series.',
  navigationLatestReport: () => 'This is the latest report of the series.',
  navigationNoWeek: () =>
    "This report's week is unknown (no week in front matter, title, Created line or file name), so it has no place in a series.",
  fixAllTitle: (p) => `Fix all weekly report problems (${n(p.count)})`,
  targetMissed: (p) =>
    p.bound === 'at-most'
      ? `${p.label} ${p.actual}, above last week's planned target of at most ${p.target}`
      : `${p.label} ${p.actual}, short of last week's planned target of ${p.target}`,
};

const zhCn: Catalogue = {
  percentFractionMismatch: (p) => `${p.label} ${p.value} 与其分数 ${n(p.numerator)}/${n(p.denominator)} = ${p.expected} 不一致`,
  derivedRatioMismatch: (p) => `${p.label} ${p.value} 与同句中的数量不一致：${n(p.part)}/${n(p.whole)} = ${p.expected}`,
  rateAboveRange: (p) => `${p.label} ${p.value} 超过 100%：比率不应大于 100%`,
  rateBelowRange: (p) => `${p.label} ${p.value} 低于 0%：比率不应为负`,
  thresholdBelowMin: (p) => `${p.label} ${p.value} 低于阈值“${p.pattern}”（最小 ${n(p.min)}）`,
  thresholdAboveMax: (p) => `${p.label} ${p.value} 高于阈值“${p.pattern}”（最大 ${n(p.max)}）`,
  dateAfterReport: (p) => `${p.date} 晚于周报日期 ${p.reportDate}，却被写成已完成或已统计`,
  dateFarFromReport: (p) => `${p.date} 与周报日期 ${p.reportDate} 相差 ${n(p.days)} 天：年份是否有误？`,
  titleWeekMismatch: (p) => `标题写的是第 ${p.titleWeek} 周，但周报日期 ${p.date} 属于第 ${p.dateWeek} 周（${numberingsZh[p.numbering]}）`,
  placeholderLeft: (p) => `周报中遗留了占位符“${p.text}”`,
  emptySection: (p) => `章节“${p.name}”没有内容`,
  fixReplaceWith: (p) => `替换为 ${p.text}`,
  settingWrongType: (p) => `设置 ${p.key} 应为${typeNamesZh[p.expected]}；已使用默认值`,
  settingUnknownValue: (p) => `设置 ${p.key} 的值“${p.value}”无效（可选：${p.allowed}）；已使用默认值`,
  settingUnknownRule: (p) => `设置 ${p.key} 中的规则“${p.code}”不存在；已忽略`,
  settingOutOfRange: (p) => `设置 ${p.key} 应为 ${p.min} 到 ${p.max} 之间的整数；已使用默认值`,
  thresholdMissingMetric: (p) => `阈值 ${p.key} 缺少非空的 "metric"；已忽略`,
  thresholdNoBound: (p) => `阈值 ${p.key} 需要 "min" 或 "max"；已忽略`,
  thresholdBadNumber: (p) => `阈值 ${p.key} 的 "${p.field}" 不是数字；已忽略`,
  thresholdMinAboveMax: (p) => `阈值 ${p.key} 的 "min" 大于 "max"；已忽略`,
  thresholdsIgnored: (p) => `已忽略 ${n(p.count)} 个阈值：${p.list}`,
  previousLinkInvalid: (p) => `未使用 previous:“${p.link}”：${refusalsZh[p.reason]}；已按常规查找上周周报`,
  fileRefused: (p) => `无法读取 ${p.file}：${refusalsZh[p.reason]}${p.detail ? `（${p.detail}）` : ''}`,
  blockReadAsPlainText: (p) =>
    `此块按纯文本读取：${
      p.budget === 'depth'
        ? `嵌套超过 ${n(p.limit)} 层`
        : p.budget === 'line-length'
          ? `有一行超过 ${n(p.limit)} 个字符`
          : `表格有一行超过 ${n(p.limit)} 列`
    }`,
  settingTooLong: (p) => `设置 ${p.key} 超过 ${n(p.max)} 个字符；已忽略`,
  settingTooMany: (p) => `设置 ${p.key} 的条目超过 ${n(p.max)} 个；只使用前 ${n(p.max)} 个`,
  lookupTooFar: (p) =>
    `上一份报告（${p.week}）在 ${p.weeksBack} 周前，超出本系列通常间隔（${p.usualGap} 周）${p.gapWeeks} 周：不做周环比检查。`,
  lookupGapInWeeklySeries: (p) => `中间有 ${p.gapWeeks} 周没有周报（假期？），与 ${p.week} 的周报比较。`,
  lookupGapInSeries: (p) => `${cadenceZh(p.usualGap)}，但上一份报告（${p.week}）在 ${p.weeksBack} 周前，比通常多 ${p.gapWeeks} 周。`,
  lookupUsualGap: (p) => `${cadenceZh(p.usualGap)}：与 ${p.weeksBack} 周前的 ${p.week} 比较。`,
  lookupNoEarlierReport: () => '本系列没有更早的周报，无可比较。',
  lookupNoWeek: () => '无法确定本周报的周次（front matter、标题、Created 行和文件名中都没有），找不到上周的周报。',
  weekReadAs: (p) => `**本周报读作 ${p.label}**（${numberingsZh[p.numbering]}）：${p.monday} 至 ${p.sunday}`,
  weekReadFrom: (p) => `来自${weekSourcesZh[p.source]}${p.date ? `；日期 ${p.date}` : ''}。`,
  weekNumberingAuto: () => '`weeklyReport.weekNumbering` 为 `auto`：选用使写明已完成的日期都不晚于本周（或最少）的计算方式。',
  previousWeeksBack: (p) => `（上一份报告在 ${n(p.weeks)} 周前）`,
  progressRegressed: (p) => `${p.label} ${p.current}，低于上周的 ${p.previous}（${p.change}）`,
  weekOverWeekChange: (p) => `${p.label} ${p.current}，上周 ${p.previous}（${p.change}）`,
  metricMissing: (p) => `上周的「${p.label}」（${p.value}）本周没有`,
  sectionMissing: (p) => `上周的章节「${p.name}」本周没有`,
  severalMissing: (p) => `以往周报一直有、本周没有：${p.items.map(missingItemZh).join('、')}`,
  navigationOpened: (p) =>
    p.weeksApart === undefined || Math.abs(p.weeksApart) <= 1
      ? `已打开${p.direction === 'previous' ? '上一份' : '下一份'}周报 ${p.week}。`
      : `已打开 ${p.week}（${Math.abs(p.weeksApart)} 周${p.direction === 'previous' ? '前' : '后'}）${p.missing ? `；${p.missing} 没有周报` : ''}。`,
  navigationFirstReport: () => '这是本系列的第一份周报。',
  navigationLatestReport: () => '这是本系列最新的一份周报。',
  navigationNoWeek: () => '无法确定本周报的周次（front matter、标题、Created 行和文件名中都没有），因此它不属于任何系列。',
  fixAllTitle: (p) => `修复周报中的全部问题（${n(p.count)} 个）`,
  targetMissed: (p) =>
    p.bound === 'at-most'
      ? `${p.label} ${p.actual}，超出上周计划的目标（不超过 ${p.target}）`
      : `${p.label} ${p.actual}，未达到上周计划的目标 ${p.target}`,
};

const catalogues: Record<Locale, Catalogue> = { en, 'zh-cn': zhCn };

/** The words of a comparison table (CLI, hover, panel), in the report's locale. */
export interface ComparisonLabels {
  metric: string;
  thisWeek: string;
  lastWeek: string;
  delta: string;
  trend: string;
  /** Header of the column saying whether the change is good news. */
  statusColumn: string;
  versus: string;
  noSection: string;
  noPrevious: string;
  /** Introduces the list of gone metrics, punctuation included. */
  gone: string;
  status: Record<RowStatus, string>;
}

const EN: ComparisonLabels = {
  metric: 'Metric',
  thisWeek: 'This week',
  lastWeek: 'Last week',
  delta: 'Δ',
  trend: 'Trend',
  statusColumn: 'Status',
  versus: 'vs',
  noSection: '(no section)',
  noPrevious: 'No previous report.',
  gone: 'Gone since last week: ',
  status: { improved: 'improved', worsened: 'worsened', changed: 'changed', unchanged: 'unchanged', new: 'new', gone: 'gone' },
};

const ZH_CN: ComparisonLabels = {
  metric: '指标',
  thisWeek: '本周',
  lastWeek: '上周',
  delta: 'Δ',
  trend: '趋势',
  statusColumn: '状态',
  versus: '对比',
  noSection: '（无章节）',
  noPrevious: '没有上周的周报。',
  gone: '上周有、本周没有：',
  status: { improved: '改善', worsened: '变差', changed: '有变化', unchanged: '持平', new: '新增', gone: '消失' },
};

export function comparisonLabels(locale: Locale = 'en'): ComparisonLabels {
  return locale === 'zh-cn' ? ZH_CN : EN;
}

// The words of the tools around the rules, kept here with every other sentence: the CLI's own
// lines, completion's labels, the comparison page's. One locale source for the whole product; a
// per-locale table anywhere else in server/src fails tests/unit/nls/catalogue.test.ts.

export type SeverityCounts = Record<Severity, number>;

/** Every sentence and word the CLI itself prints (diagnostics come from `message`). */
export interface CliText {
  severity: Record<Severity, string>;
  /** `✖ 2 problems (0 errors, 2 warnings)` */
  summary(total: number, counts: SeverityCounts): string;
  skippedNotReport(file: string): string;
  emptyFile(file: string): string;
  newNotAWeek(file: string): string;
  configNotJson(file: string, reason: string): string;
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
  /** `check --fix`: what it wrote (`counts`: `percent-fraction-mismatch ×2`), and fixes left out because they disagree. */
  fixed(file: string, count: number, counts: string, conflicting: number): string;
  nothingFixed(file: string, conflicting: number): string;
  fixSkippedChanged(file: string): string;
  fixSkippedEncoding(file: string, encoding: string): string;
  /** `history`'s text columns: week, date, file, metric, section, value. */
  historyHeader: [string, string, string, string, string, string];
  /** The language tag of machine-readable output (SARIF's `language`). */
  languageTag: string;
}

/** The user-visible words of completion and hovers. */
export interface CompletionText {
  sectionFromLastWeek: string;
  sectionFromTemplate: string;
  sectionBuiltIn: string;
  alreadyPresent: string;
  lastWeek: (value: string) => string;
  skeleton: (week: number) => string;
  skeletonFromTemplate: (week: number) => string;
  fromLastWeek: (week: number) => string;
  skeletonDetail: (from: string, to: string) => string;
  /** The title hover's line naming the report compared with. */
  comparedWith: (where: string) => string;
}

/** The comparison page's own words (the table's are `ComparisonLabels`). */
export interface PageText {
  title: string;
  week: string;
  comparedWith: string;
  noPrevious: string;
  noMetrics: string;
  newMetrics: string;
  missingSections: string;
  openPrevious: string;
  copyMarkdown: string;
  listSeparator: string;
}

export interface InterfaceText {
  cli: CliText;
  completion: CompletionText;
  page: PageText;
}

function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

const conflictNoteEn = (count: number) => (count > 0 ? `; ${plural(count, 'problem')} left: their fixes disagree` : '');
const conflictNoteZh = (count: number) => (count > 0 ? `；${count} 个问题的修复互相冲突，未修改` : '');

const INTERFACE_EN: InterfaceText = {
  cli: {
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
    configNotJson: (file, reason) => `${file} is not valid JSON (${reason}); using the default settings`,
    metricsHeader: ['line', 'section', 'metric', 'value', 'fraction', 'kind'],
    metricKind: {
      percent: 'percent',
      count: 'count',
      score: 'score',
      rank: 'rank',
      duration: 'duration',
      money: 'money',
      number: 'number',
    },
    noMetrics: 'no metrics found',
    metricCount: (count) => plural(count, 'metric'),
    outlineLine: (line) => `(line ${line})`,
    readAsJournal: (file, weeks) => `${file} holds ${plural(weeks, 'week')} (one heading per week): each week is read as a report`,
    weekOptionNotJournal: (file) => `--week picks a week of a file that holds many weeks; ${file} is one report`,
    weekNotFound: (file, week, weeks) => `${file} has no week "${week}" (give 1–${weeks}, oldest first, or a week's label or heading)`,
    comparingWeek: (heading, week) => `comparing the week "${heading}"${week ? ` (${week})` : ''} with the week before it`,
    fixed: (file, count, counts, conflicting) => `fixed ${plural(count, 'problem')} in ${file} (${counts})${conflictNoteEn(conflicting)}`,
    nothingFixed: (file, conflicting) => `${file}: nothing fixed${conflictNoteEn(conflicting)}`,
    fixSkippedChanged: (file) => `did not fix ${file}: it changed while being checked and was left as it is; run again`,
    fixSkippedEncoding: (file, encoding) =>
      `did not fix ${file}: writing it back as ${encoding} would change bytes outside the fixes; save it as UTF-8 or fix it by hand`,
    historyHeader: ['week', 'date', 'file', 'metric', 'section', 'value'],
    languageTag: 'en-US',
  },
  completion: {
    sectionFromLastWeek: 'Section of last week’s report',
    sectionFromTemplate: 'Section of the team template',
    sectionBuiltIn: 'Weekly report section',
    alreadyPresent: ' (already in this report)',
    lastWeek: (value) => `last week: ${value}`,
    skeleton: (week) => `Weekly report skeleton (week ${week})`,
    skeletonFromTemplate: (week) => `Weekly report from the team template (week ${week})`,
    fromLastWeek: (week) => `Weekly report from last week’s (week ${week})`,
    skeletonDetail: (from, to) => `${from} – ${to}`,
    comparedWith: (where) => `Compared with ${where}`,
  },
  page: {
    title: 'Weekly Report',
    week: 'Week',
    comparedWith: 'Compared with',
    noPrevious: 'No previous report found for this week.',
    noMetrics: 'No metrics found in this report.',
    newMetrics: 'New this week:',
    missingSections: 'Sections last week had and this week lacks:',
    openPrevious: "Open last week's report",
    copyMarkdown: 'Copy as Markdown',
    listSeparator: ', ',
  },
};

const INTERFACE_ZH_CN: InterfaceText = {
  cli: {
    severity: { error: '错误', warning: '警告', information: '提示', hint: '建议' },
    summary(total, counts) {
      const parts = [`${counts.error} 个错误`, `${counts.warning} 个警告`];
      if (counts.information > 0) parts.push(`${counts.information} 个提示`);
      if (counts.hint > 0) parts.push(`${counts.hint} 个建议`);
      return `✖ ${total} 个问题（${parts.join('，')}）`;
    },
    skippedNotReport: (file) =>
      `已跳过 ${file}：它不像周报（没有周次标题、Created 行、周报 front matter 或周报文件名）；加 --force 仍会检查`,
    emptyFile: (file) => `${file} 是空文件，没有可检查的内容`,
    newNotAWeek: (file) => `无法判断 ${file} 属于哪一周（没有周次标题、日期、Created 行，文件名里也没有周次），因此无法创建下周周报`,
    configNotJson: (file, reason) => `${file} 不是有效的 JSON（${reason}）；已使用默认设置`,
    metricsHeader: ['行', '章节', '指标', '数值', '分数', '类型'],
    metricKind: { percent: '百分比', count: '计数', score: '分数值', rank: '排名', duration: '时长', money: '金额', number: '数字' },
    noMetrics: '没有找到指标',
    metricCount: (count) => `共 ${count} 个指标`,
    outlineLine: (line) => `（第 ${line} 行）`,
    readAsJournal: (file, weeks) => `${file} 包含 ${weeks} 周（每周一个标题），每一周都按一份周报读取`,
    weekOptionNotJournal: (file) => `--week 用于选择多周合一文件中的某一周；${file} 只是一份周报`,
    weekNotFound: (file, week, weeks) => `${file} 中没有“${week}”这一周（可给 1–${weeks}，最早的一周为 1，或给周次、标题）`,
    comparingWeek: (heading, week) => `对比“${heading}”${week ? `（${week}）` : ''}与它的上一周`,
    fixed: (file, count, counts, conflicting) => `已修复 ${file} 中的 ${count} 个问题（${counts}）${conflictNoteZh(conflicting)}`,
    nothingFixed: (file, conflicting) => `${file}：没有修复${conflictNoteZh(conflicting)}`,
    fixSkippedChanged: (file) => `未修复 ${file}：检查期间文件已被修改，保持原样；请重新运行`,
    fixSkippedEncoding: (file, encoding) => `未修复 ${file}：以 ${encoding} 写回会改动修复之外的字节；请另存为 UTF-8 或手动修改`,
    historyHeader: ['周次', '日期', '文件', '指标', '章节', '数值'],
    languageTag: 'zh-CN',
  },
  completion: {
    sectionFromLastWeek: '上周周报中的章节',
    sectionFromTemplate: '团队模板中的章节',
    sectionBuiltIn: '周报章节',
    alreadyPresent: '（本周报已有）',
    lastWeek: (value) => `上周：${value}`,
    skeleton: (week) => `周报骨架（第${week}周）`,
    skeletonFromTemplate: (week) => `按团队模板新建周报（第${week}周）`,
    fromLastWeek: (week) => `按上周周报新建（第${week}周）`,
    skeletonDetail: (from, to) => `${from} ~ ${to}`,
    comparedWith: (where) => `对比：${where}`,
  },
  page: {
    title: '周报',
    week: '周次',
    comparedWith: '对比',
    noPrevious: '没有找到本周之前的周报。',
    noMetrics: '本周报中没有找到指标。',
    newMetrics: '本周新增：',
    missingSections: '上周有而本周缺少的章节：',
    openPrevious: '打开上周周报',
    copyMarkdown: '复制为 Markdown',
    listSeparator: '、',
  },
};

export function interfaceText(locale: Locale = 'en'): InterfaceText {
  return locale === 'zh-cn' ? INTERFACE_ZH_CN : INTERFACE_EN;
}

export function message<K extends MessageKey>(locale: Locale, key: K, params: MessageParams[K]): string {
  const catalogue = catalogues[locale] ?? en;
  return catalogue[key](params);
}

/** Any Chinese LSP locale (`zh-cn`, `zh-tw`, `zh-Hans`) reads Chinese; everything else English. */
export function toLocale(lspLocale?: string): Locale {
  return typeof lspLocale === 'string' && /^zh\b/i.test(lspLocale.trim()) ? 'zh-cn' : 'en';
}

/**
 * At most `maxDecimals` digits after the point, trailing zeros dropped, thousands grouped:
 * 66.666… → `66.67`, 100 → `100`, 12345 → `12,345`. The same in both languages (Chinese reports
 * write numbers the same way).
 */
// Building an Intl formatter costs far more than using one: keep one per option set.
const formatters = new Map<string, Intl.NumberFormat>();

export function formatNumber(value: number, maxDecimals = 2): string {
  if (!Number.isFinite(value)) return String(value);
  // A whole number below grouping reads as JavaScript writes it (Intl writes -0 as "-0"); formatting
  // through Intl costs microseconds, and messages name fractions' whole numbers in every report.
  if (Number.isInteger(value) && Math.abs(value) < 10000 && !Object.is(value, -0)) return String(value);
  const digits = Math.max(0, Math.min(20, Math.floor(maxDecimals)));
  const useGrouping = Math.abs(value) >= 10000;
  const key = `${digits}:${useGrouping}`;
  let formatter = formatters.get(key);
  if (!formatter) formatters.set(key, (formatter = new Intl.NumberFormat('en-US', { maximumFractionDigits: digits, useGrouping })));
  return formatter.format(value);
}

// Metric history (the chart in the panel, the hover's link, the CLI's table): its words in both languages.
export interface HistoryLabels {
  /** Heading of the chart: the metric's name follows. */
  historyOf: string;
  week: string;
  date: string;
  value: string;
  /** A threshold line's caption: `min 99.9`. */
  min: string;
  max: string;
  /** A report of the series without the metric. */
  noValue: string;
  /** Weeks with no report at all between two reports. */
  weeksWithoutReport: (weeks: number) => string;
  /** The panel button back to the comparison. */
  backToComparison: string;
  /** A row's button in the comparison table, and the hover's command link. */
  showHistory: string;
  /** The button's tooltip. */
  showHistoryTitle: string;
  /** The chart's accessible description: `入金有效成功率 over 4 reports`. */
  chartDescription: (label: string, reports: number) => string;
  /** No metric to chart (the metric or the report was not found). */
  noHistory: string;
}

const HISTORY_EN: HistoryLabels = {
  historyOf: 'History of',
  week: 'Week',
  date: 'Date',
  value: 'Value',
  min: 'min',
  max: 'max',
  noValue: 'not reported',
  weeksWithoutReport: (weeks) => (weeks === 1 ? '1 week without a report before it' : `${weeks} weeks without a report before it`),
  backToComparison: 'Back to the comparison',
  showHistory: 'Show history',
  showHistoryTitle: 'Show this metric over all reports of the series',
  chartDescription: (label, reports) => `${label} over ${reports === 1 ? '1 report' : `${reports} reports`}`,
  noHistory: 'This metric has no history in the series.',
};

const HISTORY_ZH_CN: HistoryLabels = {
  historyOf: '历史趋势',
  week: '周次',
  date: '日期',
  value: '数值',
  min: '下限',
  max: '上限',
  noValue: '未填写',
  weeksWithoutReport: (weeks) => `此前有 ${weeks} 周没有周报`,
  backToComparison: '返回对比',
  showHistory: '查看历史',
  showHistoryTitle: '查看该指标在本系列所有周报中的变化',
  chartDescription: (label, reports) => `${label}：共 ${reports} 份周报`,
  noHistory: '本系列中没有该指标的历史数据。',
};

export function historyLabels(locale: Locale = 'en'): HistoryLabels {
  return locale === 'zh-cn' ? HISTORY_ZH_CN : HISTORY_EN;
}

// Each rule described for CI reports (SARIF's rule metadata): one sentence, then what it finds in full.
export interface RuleDescription {
  short: string;
  full: string;
}

const ruleDescriptionsEn: Record<string, RuleDescription> = {
  'percent-fraction-mismatch': {
    short: 'A percentage disagrees with its own fraction',
    full: 'A percentage written next to its own fraction disagrees with it beyond its rounding, as in 76% (16/24), which is 66.67%. Fixable: the correct value at the same precision.',
  },
  'rate-out-of-range': {
    short: 'A rate below 0% or above 100%',
    full: 'A rate, ratio, progress or coverage figure is below 0% or above 100%. Growth (up 150%) is not a rate.',
  },
  'metric-threshold': {
    short: 'A metric outside a team threshold',
    full: 'A metric is outside a limit set in the weeklyReport.thresholds setting; the message names the threshold.',
  },
  'derived-ratio-mismatch': {
    short: 'A rate disagrees with the counts beside it',
    full: 'A rate written after the two counts it comes from disagrees with them. Fixable: the correct rate at the same precision.',
  },
  'date-outside-week': {
    short: "A date outside the report's week",
    full: "A date told as done lies after the report's date, a year is off, or the week title contradicts the report's date.",
  },
  'placeholder-left': {
    short: 'A placeholder left in the text',
    full: 'TODO, FIXME, TBD, XX%, 待补充, 待定 or ？？ is left in the text or in a table cell.',
  },
  'empty-section': { short: 'An empty section', full: 'A section heading has nothing under it.' },
  'week-over-week-change': {
    short: 'A metric moved past its bound since last week',
    full: "A metric moved in the bad direction past its bound since last week's report (rates of 99% and more: 0.1 pp; other percentages: 5 pp; counts: +50%).",
  },
  'progress-regressed': { short: "Progress lower than last week's", full: "A progress figure is lower than last week's." },
  'metric-missing': {
    short: 'A tracked metric or section is missing',
    full: 'A metric or section that recent reports of the series tracked is missing from this one.',
  },
  'previous-link-invalid': {
    short: 'A previous: link that was not followed',
    full: "The front matter's previous: link was not followed (outside the workspace, not Markdown, a device or pipe, too large, unreadable); last week's report is looked up as usual.",
  },
  'target-missed': {
    short: "A metric short of last week's planned target",
    full: "A number last week's plan (下周工作及目标 / Next week) set as a target that this week's matching metric did not reach.",
  },
  'block-read-as-plain-text': {
    short: 'A block read as plain text',
    full: 'A block nested deeper than 32 levels, with a line over 10,000 characters or a table row over 200 columns is read as plain text so checking stays fast.',
  },
};

const ruleDescriptionsZh: Record<string, RuleDescription> = {
  'percent-fraction-mismatch': {
    short: '百分比与其分数不一致',
    full: '百分比与紧跟的分数不一致且超出舍入误差，如 76%（16/24）实为 66.67%。可自动修复：按原精度改为正确的值。',
  },
  'rate-out-of-range': {
    short: '比率低于 0% 或高于 100%',
    full: '比率、占比、进度或覆盖率低于 0% 或高于 100%。增长（增长150%）不是比率。',
  },
  'metric-threshold': { short: '指标超出团队阈值', full: '指标超出 weeklyReport.thresholds 设置中的界限；消息中写明是哪条阈值。' },
  'derived-ratio-mismatch': {
    short: '比率与旁边的数量不一致',
    full: '比率与其前面给出的两个数量不一致。可自动修复：按原精度改为正确的比率。',
  },
  'date-outside-week': { short: '日期不在周报所在的周内', full: '写成已完成的日期晚于周报日期、年份有误，或标题中的周数与周报日期矛盾。' },
  'placeholder-left': { short: '遗留了占位内容', full: '正文或表格中遗留了 TODO、FIXME、TBD、XX%、待补充、待定或？？。' },
  'empty-section': { short: '章节没有内容', full: '章节标题下没有内容。' },
  'week-over-week-change': {
    short: '指标较上周变化超过界限',
    full: '指标较上周朝不利方向变化超过界限（99% 及以上的比率：0.1 个百分点；其他百分比：5 个百分点；数量：+50%）。',
  },
  'progress-regressed': { short: '进度低于上周', full: '进度数值低于上周。' },
  'metric-missing': { short: '缺少一直跟踪的指标或章节', full: '本系列最近几份周报一直有的指标或章节，本周缺少。' },
  'previous-link-invalid': {
    short: '未采用 previous: 链接',
    full: '前言中的 previous: 链接未被采用（位于工作区之外、不是 Markdown、是设备或管道、过大或无法读取）；已按常规查找上周周报。',
  },
  'target-missed': {
    short: '指标未达到上周计划的目标',
    full: '上周计划（下周工作及目标 / Next week）中定下的数字目标，本周对应的指标没有达到。',
  },
  'block-read-as-plain-text': {
    short: '块按纯文本读取',
    full: '嵌套超过 32 层、有一行超过 10,000 个字符或表格有一行超过 200 列的块按纯文本读取，以保证检查速度。',
  },
};

/** How a rule is described in CI reports; undefined for a code without a description. */
export function ruleDescription(locale: Locale, code: string): RuleDescription | undefined {
  const table = locale === 'zh-cn' ? ruleDescriptionsZh : ruleDescriptionsEn;
  return Object.hasOwn(table, code) ? table[code] : undefined;
}

// ---- Last week's plan against this week (panel section, hover line) ----

/** The words of the "last week's plan" section and hover line, in the report's locale. */
export interface PlanLabels {
  heading: string;
  plan: string;
  target: string;
  thisWeek: string;
  result: string;
  /** The hover line's note after the target: (last week's plan). */
  fromLastWeek: string;
  /** Between the target and the status in the hover: ` · ` (after a full-width bracket, `· `). */
  statusSeparator: string;
  /** Before a target reached from above: ≤ 10个. */
  atMost: string;
  /** Before a target reached from below: nothing, a plain target is one to reach. */
  atLeast: string;
  status: Record<PlanStatus, string>;
}

const PLAN_EN: PlanLabels = {
  heading: "Last week's plan",
  plan: 'Plan',
  target: 'Target',
  thisWeek: 'This week',
  result: 'Result',
  fromLastWeek: " (last week's plan)",
  statusSeparator: ' · ',
  atMost: '≤ ',
  atLeast: '',
  status: { met: 'met', missed: 'missed', mentioned: 'mentioned', 'not-mentioned': 'not mentioned' },
};

const PLAN_ZH_CN: PlanLabels = {
  heading: '上周计划',
  plan: '计划',
  target: '目标',
  thisWeek: '本周',
  result: '结果',
  fromLastWeek: '（上周计划）',
  statusSeparator: '· ',
  atMost: '≤ ',
  atLeast: '',
  status: { met: '已达成', missed: '未达成', mentioned: '有提及', 'not-mentioned': '未提及' },
};

export function planLabels(locale: Locale = 'en'): PlanLabels {
  return locale === 'zh-cn' ? PLAN_ZH_CN : PLAN_EN;
}

// ---- The CLI's usage, its one-line errors and what `new` did ----

/** Why `new` could not write next week's report (from the system's error code). */
export type CreateFailure = 'permission' | 'read-only' | 'no-space' | 'quota' | 'no-folder';

/** The CLI's words around the checks themselves: its help, a mistake on the command line, a file it cannot write. */
export interface CliProblemText {
  /** `--help`: every command and option. */
  usage: string;
  /** `missing FILE`, `missing PATH`: the argument a command needs. */
  missingArgument(name: string): string;
  expectedOneFile: string;
  unknownCommand(name: string): string;
  unknownOption(option: string): string;
  optionTakesNoValue(option: string): string;
  optionNeedsValue(option: string): string;
  optionNotAllowed(option: string, allowed: readonly string[], given: string): string;
  maxWarningsNotWhole(given: string): string;
  rootNotFolder(root: string): string;
  noReportsIn(given: string): string;
  created(file: string): string;
  existsUnchanged(file: string): string;
  cannotCreate(file: string, failure: CreateFailure): string;
  /** A fault of the CLI itself, not of the user's command: the detail is the program's own. */
  internalError(detail: string): string;
}

const createFailuresEn: Record<CreateFailure, string> = {
  permission: 'permission denied',
  'read-only': 'the file system is read-only',
  'no-space': 'no space left on the device',
  quota: 'disk quota exceeded',
  'no-folder': 'the folder does not exist',
};
const createFailuresZh: Record<CreateFailure, string> = {
  permission: '没有权限',
  'read-only': '文件系统是只读的',
  'no-space': '设备上没有剩余空间',
  quota: '超出磁盘配额',
  'no-folder': '文件夹不存在',
};

const USAGE_EN = `usage: weekly-report <command> FILE... [options]
       weekly-report --version

commands:
  outline FILE    the section tree (a journal: one node per week) [--format text|json] [--locale en|zh-cn]
  metrics FILE    the metrics found in a report (a journal: per week) [--format text|json] [--locale en|zh-cn]
  check FILE...   the editor's diagnostics, for CI          [--format text|json|sarif|junit] [--max-warnings N]
                  [--locale en|zh-cn] [--config FILE] [--root DIR] [--color|--no-color] [--force] [--fix]
                  (a file that does not read as a report is skipped with a note; --force checks it)
  new FILE        create next week's report beside FILE     [--dry-run] [--config FILE]
                  (never overwrites: an existing file is left as it is; FILE must say its week)
  compare FILE    this week against last week's report      [--previous FILE] [--week N|LABEL]
                  [--format text|json|markdown|html] [--locale en|zh-cn] [--config FILE] [--root DIR]
                  [--color|--no-color]
  history PATH... every metric through all reports of a series [--metric LABEL]
                  [--format text|csv|json] [--locale en|zh-cn] [--config FILE]
                  (PATH: a report, standing for its series, or a folder of reports; one row per
                  report and metric: week,date,file,label,section,value,unit; json: {reports, rows})

options:
  --format          text (default) for people, json for scripts; check: sarif (SARIF 2.1.0, for
                    code scanning) or junit (JUnit XML, for CI test reports); compare: markdown to
                    paste, html for the comparison page as a self-contained file
  --fix             check: write the certain fixes (a percentage that disagrees with its own
                    fraction) into the checked files, then report what is left; a file that
                    changed during the run is left alone
  --max-warnings N  check exits 1 when there are more than N warnings (errors always exit 1)
  --config FILE     the weeklyReport settings as JSON ({"thresholds": [...], "rules": {...}}),
                    or a VS Code settings.json with weeklyReport.* keys
  --dry-run         new: print next week's report and where it would go; write nothing
  --metric LABEL    history: only metrics whose label contains LABEL (case and width aside)
  --previous FILE   compare with this report instead of looking for last week's
  --week N|LABEL    compare: in a journal (one heading per week), the week to compare with the week
                    before it: N counts from the oldest (1), or a label (2023-W51) or heading; default
                    the newest
  --root DIR        the workspace root: reports are indexed from DIR and its sub-folders, and with
                    "series": "workspace" in --config last week's report may be in any of them
  --locale          language of messages; default from LC_ALL, LC_MESSAGES or LANG
  --color           colour even when stdout is no terminal; --no-color: never

exit codes: 0 ok, 1 check found an error or too many warnings, 2 usage error (bad option, unreadable file)`;

const USAGE_ZH_CN = `用法：weekly-report <命令> FILE... [选项]
      weekly-report --version

命令：
  outline FILE    章节树（多周合一文件：每周一个节点）      [--format text|json] [--locale en|zh-cn]
  metrics FILE    周报中找到的指标（多周合一文件：按周列出） [--format text|json] [--locale en|zh-cn]
  check FILE...   编辑器里的诊断，供 CI 使用               [--format text|json|sarif|junit] [--max-warnings N]
                  [--locale en|zh-cn] [--config FILE] [--root DIR] [--color|--no-color] [--force] [--fix]
                  （不像周报的文件会跳过并给出说明；加 --force 仍会检查）
  new FILE        在 FILE 旁边新建下周周报                 [--dry-run] [--config FILE]
                  （从不覆盖：已有的文件保持原样；FILE 须能看出所属的周）
  compare FILE    本周与上周周报对比                       [--previous FILE] [--week N|LABEL]
                  [--format text|json|markdown|html] [--locale en|zh-cn] [--config FILE] [--root DIR]
                  [--color|--no-color]
  history PATH... 一个系列所有周报中的每个指标             [--metric LABEL]
                  [--format text|csv|json] [--locale en|zh-cn] [--config FILE]
                  （PATH：一份周报，代表它所在的系列；或一个周报文件夹。每份周报的每个指标一行：
                  week,date,file,label,section,value,unit；json：{reports, rows}）

选项：
  --format          text（默认）给人看，json 给脚本用；check 还可用 sarif（SARIF 2.1.0，用于代码扫描）
                    或 junit（JUnit XML，用于 CI 测试报告）；compare 还可用 markdown（便于粘贴）、
                    html（对比页面，单个自包含文件）
  --fix             check：把确定的修复（与其分数不一致的百分比）写入被检查的文件，再报告剩下的问题；
                    运行期间被修改的文件保持原样
  --max-warnings N  警告超过 N 个时 check 以 1 退出（有错误总是以 1 退出）
  --config FILE     JSON 格式的 weeklyReport 设置（{"thresholds": [...], "rules": {...}}），
                    或含 weeklyReport.* 键的 VS Code settings.json
  --dry-run         new：打印下周周报及其将写入的位置，不写任何文件
  --metric LABEL    history：只列名称包含 LABEL 的指标（不分大小写和全角半角）
  --previous FILE   与这份周报对比，而不是查找上周周报
  --week N|LABEL    compare：在多周合一文件（每周一个标题）中，选择与前一周对比的那一周：N 从最早的一周（1）
                    数起，也可给周次（2023-W51）或标题；默认最新的一周
  --root DIR        工作区根目录：从 DIR 及其子文件夹建立周报索引；--config 中 "series": "workspace" 时，
                    上周周报可以在其中任一文件夹
  --locale          消息语言；默认取自 LC_ALL、LC_MESSAGES 或 LANG
  --color           即使标准输出不是终端也使用颜色；--no-color：从不使用

退出码：0 正常，1 check 发现错误或警告过多，2 用法错误（选项有误、文件无法读取）`;

const CLI_PROBLEMS_EN: CliProblemText = {
  usage: USAGE_EN,
  missingArgument: (name) => `missing ${name}`,
  expectedOneFile: 'expected exactly one FILE',
  unknownCommand: (name) => `unknown command "${name}" (weekly-report --help lists them)`,
  unknownOption: (option) => `unknown option ${option}`,
  optionTakesNoValue: (option) => `${option} takes no value`,
  optionNeedsValue: (option) => `${option} needs a value`,
  optionNotAllowed: (option, allowed, given) => `${option} must be one of ${allowed.join(', ')} (got "${given}")`,
  maxWarningsNotWhole: (given) => `--max-warnings must be a whole number (got "${given}")`,
  rootNotFolder: (root) => `--root ${root} is not a folder`,
  noReportsIn: (given) => `no weekly reports in ${given}`,
  created: (file) => `created ${file}`,
  existsUnchanged: (file) => `exists, left unchanged: ${file}`,
  cannotCreate: (file, failure) => `cannot create ${file}: ${createFailuresEn[failure]}; nothing was written`,
  internalError: (detail) => `internal error: ${detail}`,
};

const CLI_PROBLEMS_ZH_CN: CliProblemText = {
  usage: USAGE_ZH_CN,
  missingArgument: (name) => `缺少 ${name}`,
  expectedOneFile: '只能给一个 FILE',
  unknownCommand: (name) => `未知命令“${name}”（weekly-report --help 列出所有命令）`,
  unknownOption: (option) => `未知选项 ${option}`,
  optionTakesNoValue: (option) => `${option} 不带值`,
  optionNeedsValue: (option) => `${option} 需要一个值`,
  optionNotAllowed: (option, allowed, given) => `${option} 只能是 ${allowed.join('、')} 之一（给的是“${given}”）`,
  maxWarningsNotWhole: (given) => `--max-warnings 必须是整数（给的是“${given}”）`,
  rootNotFolder: (root) => `--root ${root} 不是文件夹`,
  noReportsIn: (given) => `${given} 中没有周报`,
  created: (file) => `已创建 ${file}`,
  existsUnchanged: (file) => `文件已存在，保持原样：${file}`,
  cannotCreate: (file, failure) => `无法创建 ${file}：${createFailuresZh[failure]}；没有写入任何内容`,
  internalError: (detail) => `内部错误：${detail}`,
};

export function cliProblemText(locale: Locale = 'en'): CliProblemText {
  return locale === 'zh-cn' ? CLI_PROBLEMS_ZH_CN : CLI_PROBLEMS_EN;
}
