import { writeNewFile, type WriteSystem } from '../node/writeNewFile';
import { UsageError } from './args';
import { planNextReport } from '../report/nextWeek';
import type { Settings } from '../protocol';
import { formatDate } from '../report/week';

export interface NewReportResult {
  file: string;
  /** False when the file existed: it was left exactly as it was. */
  created: boolean;
  text: string;
}

/** Failures that are the user's to fix (permissions, a full disk, a read-only mount): exit 2 with the reason. */
const USER_ERRORS: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'the file system is read-only',
  ENOSPC: 'no space left on the device',
  EDQUOT: 'disk quota exceeded',
  ENOENT: 'the folder does not exist',
};

/**
 * Next week's report beside `file`; written only when absent (never overwrites), all or nothing
 * (no partial file is ever left), never on a dry run.
 */
export function createNextReport(file: string, text: string, settings: Settings, dryRun: boolean, system?: WriteSystem): NewReportResult {
  const plan = planNextReport(
    { fileName: file, text },
    { values: settings.newReportValues, numbering: settings.weekNumbering, today: formatDate(new Date()) },
  );
  if (dryRun) return { file: plan.fileName, created: false, text: plan.text };
  try {
    return { file: plan.fileName, created: writeNewFile(plan.fileName, plan.text, system) === 'created', text: plan.text };
  } catch (e) {
    const reason = USER_ERRORS[(e as NodeJS.ErrnoException).code ?? ''];
    if (reason) throw new UsageError(`cannot create ${plan.fileName}: ${reason}; nothing was written`);
    throw e;
  }
}
