import { writeNewFile, type WriteSystem } from '../node/writeNewFile';
import { usageError } from './args';
import type { CreateFailure } from '../report/i18n';
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
const USER_ERRORS: Record<string, CreateFailure> = {
  EACCES: 'permission',
  EPERM: 'permission',
  EROFS: 'read-only',
  ENOSPC: 'no-space',
  EDQUOT: 'quota',
  ENOENT: 'no-folder',
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
    if (reason) throw usageError((t) => t.cannotCreate(plan.fileName, reason));
    throw e;
  }
}
