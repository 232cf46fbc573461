import { closeSync, openSync, writeSync } from 'node:fs';
import { planNextReport } from '../report/nextWeek';
import type { Settings } from '../protocol';
import { formatDate } from '../report/week';

export interface NewReportResult {
  file: string;
  /** False when the file existed: it was left exactly as it was. */
  created: boolean;
  text: string;
}

/** Next week's report beside `file`; written only when absent (`wx`: never overwrites), never on a dry run. */
export function createNextReport(file: string, text: string, settings: Settings, dryRun: boolean): NewReportResult {
  const plan = planNextReport(
    { fileName: file, text },
    { values: settings.newReportValues, numbering: settings.weekNumbering, today: formatDate(new Date()) },
  );
  if (dryRun) return { file: plan.fileName, created: false, text: plan.text };
  let fd: number;
  try {
    fd = openSync(plan.fileName, 'wx');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') return { file: plan.fileName, created: false, text: plan.text };
    throw e;
  }
  try {
    writeSync(fd, plan.text);
  } finally {
    closeSync(fd);
  }
  return { file: plan.fileName, created: true, text: plan.text };
}
