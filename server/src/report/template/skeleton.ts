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

/** Title and dates, then the sections with a tab stop at each thing to write. */
export function builtInSkeleton(language: ReportLanguage, week: SkeletonWeek, title?: string): string {
  const time = week.isToday ? CURRENT_TIME : '';
  const sunday = addDays(week.monday, 6);
  if (language === 'zh') {
    return [
      title ? escapeSnippet(title) : `# 第${week.week}周`,
      '',
      `Created: ${chineseDate(week.date)}${time}`,
      `周期：${week.monday} ~ ${sunday}`,
      '',
      '## 【重点工作】',
      '',
      '- 【${1:重点事项}】',
      '',
      '    ${2:进展、结论与下一步}',
      '',
      '## 【系统运行数据】',
      '',
      '- ${3:核心成功率}：${4:99.9}%',
      '',
      '## 【O1 ${5:目标名称}】',
      '',
      '- ${6:项目}，${7:进度}${8:80}%，预计${9:下周}上线',
      '',
      '## 【生产事件】',
      '',
      '- ${10:无}',
      '',
      '## 【其他】',
      '',
      '1. ${11:事项}',
      '',
      '## 【收获与反思】',
      '',
      '${12:本周的收获、教训与改进}',
      '',
      '## 【下周工作及目标】',
      '',
      '1. ${13:工作项}',
      '$0',
    ].join('\n');
  }
  return [
    title ? escapeSnippet(title) : `# Week ${week.week}`,
    '',
    `Created: ${week.date}${time}`,
    `Period: ${week.monday} – ${sunday}`,
    '',
    '## Key work',
    '',
    '- **${1:Topic}**',
    '',
    '    ${2:Progress, conclusions and next steps}',
    '',
    '## Operations metrics',
    '',
    '- ${3:Payment success rate}: ${4:99.9}%',
    '',
    '## O1: ${5:Objective}',
    '',
    '- ${6:Project}: ${7:progress} ${8:80}%, release ${9:next week}',
    '',
    '## Incidents',
    '',
    '- ${10:None}',
    '',
    '## Other',
    '',
    '1. ${11:Item}',
    '',
    '## Reflections',
    '',
    '${12:What went well, what did not, what to change}',
    '',
    '## Next week',
    '',
    '1. ${13:Item}',
    '$0',
  ].join('\n');
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
