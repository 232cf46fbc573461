// The whole-report skeleton for a given week, as snippet text: the built-in one in Chinese or
// English, or the team's template file with its variables filled in.
import { addDays } from '../week';
import type { ReportLanguage } from './builtInSections';

export interface SkeletonWeek {
  year: number;
  week: number;
  /** Monday of the week, `YYYY-MM-DD`. */
  monday: string;
  /** The report's date: today when today is in the week, else the week's Friday. */
  date: string;
  /** Whether `date` is today: the Created line then takes the current time too. */
  isToday: boolean;
}

/** Text to appear literally in a snippet: `$`, `}` and `\` escaped. */
export function escapeSnippet(text: string): string {
  return text.replace(/[\\$}]/g, (ch) => `\\${ch}`);
}

const CURRENT_TIME = ' ${CURRENT_HOUR}:${CURRENT_MINUTE}';

function chineseDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

/**
 * The lines above the first section: the title, then the date lines. The completion fills them
 * with the week's real dates; the static snippet (`snippets/weekly-report.code-snippets`) only
 * has VS Code's snippet variables, so it asks for the week number and leaves the period out.
 */
interface SkeletonHeader {
  title: string;
  dateLines: string[];
}

/**
 * The sections with a tab stop at each thing to write, numbered from `firstStop`: the one body
 * both the completion and the static snippet insert, so the two cannot drift apart.
 */
function skeletonSections(language: ReportLanguage, firstStop: number): string[] {
  let next = firstStop;
  const stop = (placeholder: string): string => `\${${next++}:${placeholder}}`;
  if (language === 'zh') {
    return [
      '## 【重点工作】',
      '',
      `- 【${stop('重点事项')}】`,
      '',
      `    ${stop('进展、结论与下一步')}`,
      '',
      '## 【系统运行数据】',
      '',
      `- ${stop('核心成功率')}：${stop('99.9')}%`,
      `- ${stop('系统可用性')}：${stop('99.99')}%`,
      `- 事故数：${stop('0')}次`,
      '',
      `## 【O1 ${stop('目标名称')}】`,
      '',
      `- ${stop('项目')}，${stop('进度')}${stop('80')}%，预计${stop('下周')}上线`,
      '',
      '## 【生产事件】',
      '',
      `- ${stop('无')}`,
      '',
      '## 【其他】',
      '',
      `1. ${stop('事项')}`,
      '',
      '## 【收获与反思】',
      '',
      stop('本周的收获、教训与改进'),
      '',
      '## 【下周工作及目标】',
      '',
      `1. ${stop('工作项')}`,
      '$0',
    ];
  }
  return [
    '## Key work',
    '',
    `- **${stop('Topic')}**`,
    '',
    `    ${stop('Progress, conclusions and next steps')}`,
    '',
    '## Operations metrics',
    '',
    `- ${stop('Payment success rate')}: ${stop('99.9')}%`,
    `- ${stop('Availability')}: ${stop('99.99')}%`,
    `- Incidents: ${stop('0')}`,
    '',
    `## O1: ${stop('Objective')}`,
    '',
    `- ${stop('Project')}: ${stop('progress')} ${stop('80')}%, release ${stop('next week')}`,
    '',
    '## Incidents',
    '',
    `- ${stop('None')}`,
    '',
    '## Other',
    '',
    `1. ${stop('Item')}`,
    '',
    '## Reflections',
    '',
    stop('What went well, what did not, what to change'),
    '',
    '## Next week',
    '',
    `1. ${stop('Item')}`,
    '$0',
  ];
}

function skeletonText(language: ReportLanguage, header: SkeletonHeader, firstStop: number): string {
  return [header.title, '', ...header.dateLines, '', ...skeletonSections(language, firstStop)].join('\n');
}

/** Title and dates for the given week, then the sections with a tab stop at each thing to write. */
export function builtInSkeleton(language: ReportLanguage, week: SkeletonWeek, title?: string): string {
  const time = week.isToday ? CURRENT_TIME : '';
  const sunday = addDays(week.monday, 6);
  const header: SkeletonHeader =
    language === 'zh'
      ? {
          title: title ? escapeSnippet(title) : `# 第${week.week}周`,
          dateLines: [`Created: ${chineseDate(week.date)}${time}`, `周期：${week.monday} ~ ${sunday}`],
        }
      : {
          title: title ? escapeSnippet(title) : `# Week ${week.week}`,
          dateLines: [`Created: ${week.date}${time}`, `Period: ${week.monday} – ${sunday}`],
        };
  return skeletonText(language, header, 1);
}

/**
 * The whole-report snippet without a known week, as `snippets/weekly-report.code-snippets`
 * holds it (a test keeps the file equal to this): the week number is the first tab stop and
 * the Created line is today's, from VS Code's snippet variables.
 */
export function staticSnippetSkeleton(language: ReportLanguage): string {
  const header: SkeletonHeader =
    language === 'zh'
      ? {
          title: '# 第${1:周数}周',
          dateLines: [`Created: \${CURRENT_YEAR}年\${CURRENT_MONTH}月\${CURRENT_DATE}日${CURRENT_TIME}`],
        }
      : {
          title: '# Week ${1:number}',
          dateLines: [`Created: \${CURRENT_YEAR}-\${CURRENT_MONTH}-\${CURRENT_DATE}${CURRENT_TIME}`],
        };
  return skeletonText(language, header, 2);
}

/**
 * The variables a template file may use: `{{year}}`, `{{week}}` (51), `{{week2}}` (05),
 * `{{weekStart}}`/`{{weekEnd}}` (Monday and Sunday), `{{date}}` (the report's date), all
 * `YYYY-MM-DD`. Everything else in the file is inserted as written.
 */
export function templateVariables(week: SkeletonWeek): Record<string, string> {
  return {
    year: String(week.year),
    week: String(week.week),
    week2: String(week.week).padStart(2, '0'),
    weekStart: week.monday,
    weekEnd: addDays(week.monday, 6),
    date: week.date,
  };
}

/** The template's text with its `{{variables}}` filled, as a snippet ending at its last line. */
export function filledTemplate(templateText: string, week: SkeletonWeek): string {
  const variables = templateVariables(week);
  const filled = templateText.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) => variables[name] ?? whole);
  return `${escapeSnippet(filled.replace(/\s+$/, ''))}\n$0`;
}
