// What the hover on a report's title says: which week and which dates the report was read as, and
// where that came from, so a reader sees at once why "last week" or a date warning is what it is.
import type { WeekInfo, WeekSource } from '../model';
import type { Locale } from '../base/locale';
import { addDays, weekOf, type WeekNumberingSetting } from '../week';
import { weekLabel } from './weekPosition';

const SOURCES: Record<WeekSource, Record<Locale, string>> = {
  'front-matter': { en: 'the front matter', 'zh-cn': 'front matter' },
  title: { en: 'the title', 'zh-cn': '标题' },
  created: { en: 'the Created line', 'zh-cn': 'Created 行' },
  'file-name': { en: 'the file name', 'zh-cn': '文件名' },
};

const NUMBERINGS = {
  iso: { en: 'ISO 8601 weeks', 'zh-cn': 'ISO 8601 周数' },
  'first-day': { en: 'the week holding 1 January is week 1', 'zh-cn': '包含 1 月 1 日的一周为第 1 周' },
} as const;

/** Markdown lines; undefined when the report's week is unknown. */
export function describeWeek(week: WeekInfo | undefined, setting: WeekNumberingSetting, locale: Locale): string[] | undefined {
  if (!week?.monday) return undefined;
  const zh = locale === 'zh-cn';
  const numbering = week.numbering ?? (setting === 'auto' ? 'first-day' : setting);
  const yw = weekOf(week.monday, numbering);
  const label =
    week.year !== undefined && week.week !== undefined ? weekLabel(week) : yw ? weekLabel({ ...yw, source: week.source }) : undefined;
  const sunday = addDays(week.monday, 6);
  const how = NUMBERINGS[numbering][locale] ?? NUMBERINGS[numbering].en;
  const lines = [
    zh ? `**本周报读作 ${label}**（${how}）：${week.monday} 至 ${sunday}` : `**Read as ${label}** (${how}): ${week.monday} to ${sunday}`,
  ];
  const source = SOURCES[week.source][locale] ?? SOURCES[week.source].en;
  lines.push(zh ? `来自${source}${week.date ? `；日期 ${week.date}` : ''}。` : `From ${source}${week.date ? `; date ${week.date}` : ''}.`);
  if (setting === 'auto') {
    lines.push(
      zh
        ? '`weeklyReport.weekNumbering` 为 `auto`：选用使写明已完成的日期都不晚于本周（或最少）的计算方式。'
        : '`weeklyReport.weekNumbering` is `auto`: the numbering under which the fewest dates told as done lie after the week.',
    );
  }
  return lines;
}
