// The user-facing note for a lookup that did not simply find last week's report.
import type { Locale } from '../rules/types';
import type { PreviousLookup } from './findPreviousReport';
import { weekLabel } from './weekPosition';

export function describeLookup(lookup: PreviousLookup, locale: Locale): string | undefined {
  const zh = locale === 'zh-cn';
  switch (lookup.reason) {
    case 'gap': {
      const week = weekLabel(lookup.entry?.week) ?? lookup.entry?.title ?? '';
      return zh
        ? `中间有 ${lookup.gapWeeks} 周没有周报（假期？），与 ${week} 的周报比较。`
        : `No report for ${lookup.gapWeeks} week${lookup.gapWeeks === 1 ? '' : 's'} in between (a holiday?): comparing with ${week}.`;
    }
    case 'no-earlier-report':
      return zh ? '本系列没有更早的周报，无可比较。' : 'No earlier report in this series: nothing to compare with.';
    case 'no-week':
      return zh
        ? '无法确定本周报的周次（front matter、标题、Created 行和文件名中都没有），找不到上周的周报。'
        : "This report's week is unknown (no week in front matter, title, Created line or file name), so last week's report cannot be found.";
    case 'explicit':
    case 'previous-week':
      return undefined;
  }
}
