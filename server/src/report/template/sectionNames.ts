// What a section is for, read from its name: reports name the same sections many ways
// (【重点工作】, 本周重点, Key work, Highlights), and both the next-week transformation and the
// completion need to recognise them.
import { toHalfWidth } from '../text';

/** `【O1 服务业务】`, `**Key work**`, `O1服务业务` → one comparable form: no brackets, no spaces, lower case. */
export function normaliseSectionName(name: string): string {
  return toHalfWidth(name)
    .replace(/[【】\[\]*_#:：]/g, '')
    .replace(/\s+/g, '')
    .toLowerCase();
}

export type SectionRole =
  /** This week's main work: next week it starts from the plan made now. */
  | 'key-work'
  /** The plan for next week: it becomes next week's key work. */
  | 'next-week'
  /** Figures: values become placeholders. */
  | 'metrics'
  /** This week's incidents: they do not recur. */
  | 'incidents'
  /** Miscellaneous items of this week. */
  | 'other'
  /** Prose reflections, written fresh each week. */
  | 'reflections';

const ROLE_PATTERNS: Array<[SectionRole, RegExp]> = [
  ['next-week', /^(下周|下一周|nextweek|next-week|plansfornextweek|nextweekplan|nextsteps|upcoming|plan(s)?$)/],
  [
    'key-work',
    /^(本周)?(重点|核心|主要)(工作|事项|进展)?$|^本周(工作|进展|完成)|^(keywork|highlights|thisweek|accomplishments|done|progress|mainwork)/,
  ],
  ['metrics', /(运行数据|系统数据|数据指标|关键指标|核心指标|指标|^数据$)|metrics|kpis?$|^numbers$|^figures$/],
  ['incidents', /(生产事件|线上事件|线上问题|事故|故障|^事件$)|incident|outage/],
  ['other', /^(其他|其它|其他事项|杂项)$|^(other|others|misc|miscellaneous)$/],
  ['reflections', /(收获|反思|心得|感悟|思考|总结)|reflection|learning|lessons|retro|thoughts/],
];

/** OKR objectives (`O1 服务业务`, `KR2 …`) are the team's own themes, whatever words they use. */
const OBJECTIVE = /^(o|kr)\d/;

export function sectionRole(name: string): SectionRole | undefined {
  const normalised = normaliseSectionName(name);
  if (OBJECTIVE.test(normalised)) return undefined;
  return ROLE_PATTERNS.find(([, pattern]) => pattern.test(normalised))?.[0];
}
