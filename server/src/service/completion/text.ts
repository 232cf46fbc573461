// The few user-visible strings of completion, in English and Chinese.
import type { Locale } from '../../report/i18n';

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
}

const strings: Record<Locale, CompletionText> = {
  en: {
    sectionFromLastWeek: 'Section of last week’s report',
    sectionFromTemplate: 'Section of the team template',
    sectionBuiltIn: 'Weekly report section',
    alreadyPresent: ' (already in this report)',
    lastWeek: (value: string) => `last week: ${value}`,
    skeleton: (week: number) => `Weekly report skeleton (week ${week})`,
    skeletonFromTemplate: (week: number) => `Weekly report from the team template (week ${week})`,
    fromLastWeek: (week: number) => `Weekly report from last week’s (week ${week})`,
    skeletonDetail: (from: string, to: string) => `${from} – ${to}`,
  },
  'zh-cn': {
    sectionFromLastWeek: '上周周报中的章节',
    sectionFromTemplate: '团队模板中的章节',
    sectionBuiltIn: '周报章节',
    alreadyPresent: '（本周报已有）',
    lastWeek: (value: string) => `上周：${value}`,
    skeleton: (week: number) => `周报骨架（第${week}周）`,
    skeletonFromTemplate: (week: number) => `按团队模板新建周报（第${week}周）`,
    fromLastWeek: (week: number) => `按上周周报新建（第${week}周）`,
    skeletonDetail: (from: string, to: string) => `${from} ~ ${to}`,
  },
};

export function completionText(locale: Locale): CompletionText {
  return strings[locale] ?? strings.en;
}
