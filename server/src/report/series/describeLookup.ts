// The user-facing note on how the previous report was found: how far back it is when that is not
// simply last week ("2 weeks earlier", "monthly series"), a gap beyond the series' cadence, or a
// previous report too old to compare with week over week.
import type { Locale } from '../base/locale';
import type { PreviousLookup } from './findPreviousReport';
import { weekLabel } from './weekPosition';

export function describeLookup(lookup: PreviousLookup, locale: Locale): string | undefined {
  const zh = locale === 'zh-cn';
  const week = weekLabel(lookup.entry?.week) ?? lookup.entry?.title ?? '';
  const usual = lookup.usualGapWeeks ?? 1;
  const back = lookup.weeksBack;
  if (lookup.tooFar && back !== undefined) {
    return zh
      ? `上一份报告（${week}）在 ${back} 周前，超出本系列通常间隔（${weeksZh(usual)}）${lookup.gapWeeks} 周：不做周环比检查。`
      : `The previous report (${week}) is ${weeksEn(back)} earlier, ${weeksEn(lookup.gapWeeks)} beyond this series' usual gap of ${weeksEn(usual)}: week-over-week checks are off.`;
  }
  switch (lookup.reason) {
    case 'gap':
      if (usual === 1) {
        return zh
          ? `中间有 ${lookup.gapWeeks} 周没有周报（假期？），与 ${week} 的周报比较。`
          : `No report for ${weeksEn(lookup.gapWeeks)} in between (a holiday?): comparing with ${week}.`;
      }
      return zh
        ? `${cadenceZh(usual)}，但上一份报告（${week}）在 ${back} 周前，比通常多 ${lookup.gapWeeks} 周。`
        : `${capitalise(cadenceEn(usual))}, but the previous report (${week}) is ${weeksEn(back ?? usual)} earlier, ${weeksEn(lookup.gapWeeks)} more than usual.`;
    case 'previous-week':
      if (back === undefined || back <= 1) return undefined;
      return zh
        ? `${cadenceZh(usual)}：与 ${back} 周前的 ${week} 比较。`
        : `${capitalise(cadenceEn(usual))}: comparing with ${week}, ${weeksEn(back)} earlier.`;
    case 'no-earlier-report':
      return zh ? '本系列没有更早的周报，无可比较。' : 'No earlier report in this series: nothing to compare with.';
    case 'no-week':
      return zh
        ? '无法确定本周报的周次（front matter、标题、Created 行和文件名中都没有），找不到上周的周报。'
        : "This report's week is unknown (no week in front matter, title, Created line or file name), so last week's report cannot be found.";
    case 'explicit':
      return undefined;
  }
}

function weeksEn(weeks: number): string {
  return `${weeks} week${weeks === 1 ? '' : 's'}`;
}

function weeksZh(weeks: number): string {
  return `${weeks} 周`;
}

/** The series' cadence by its usual gap in weeks. */
function cadenceEn(usual: number): string {
  if (usual <= 1) return 'weekly series';
  if (usual === 2) return 'biweekly series';
  if (usual >= 4 && usual <= 5) return 'monthly series';
  return `series with a report every ${usual} weeks`;
}

function cadenceZh(usual: number): string {
  if (usual <= 1) return '周报系列';
  if (usual === 2) return '双周报系列';
  if (usual >= 4 && usual <= 5) return '月报系列';
  return `每 ${usual} 周一期的系列`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
