// The built-in section lists, used when the team has no template (`weeklyReport.template`).
import type { Report } from '../model';

export type ReportLanguage = 'zh' | 'en';

export interface TemplateSection {
  /** As written in a report, 【】 included when the language writes them. */
  name: string;
  /** A snippet for the name without its 【】 when it has parts to fill (`O${1:1} ${2:目标}`). */
  snippet?: string;
}

export const BUILT_IN_SECTIONS: Record<ReportLanguage, readonly TemplateSection[]> = {
  zh: [
    { name: '【重点工作】' },
    { name: '【系统运行数据】' },
    { name: '【O1 目标】', snippet: 'O${1:1} ${2:目标}' },
    { name: '【生产事件】' },
    { name: '【其他】' },
    { name: '【收获与反思】' },
    { name: '【下周工作及目标】' },
  ],
  en: [
    { name: 'Key work' },
    { name: 'Operations metrics' },
    { name: 'O1: Objective', snippet: 'O${1:1}: ${2:Objective}' },
    { name: 'Incidents' },
    { name: 'Other' },
    { name: 'Reflections' },
    { name: 'Next week' },
  ],
};

const HAN = /[\u3400-\u9fff]/;

/** Chinese when the report is written in Chinese; for an empty report, the editor's language decides. */
export function reportLanguage(report: Pick<Report, 'lines'> | undefined, fallback: ReportLanguage): ReportLanguage {
  const lines = report?.lines ?? [];
  if (lines.some((line) => HAN.test(line))) return 'zh';
  return lines.some((line) => line.trim()) ? 'en' : fallback;
}
