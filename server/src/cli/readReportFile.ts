// The CLI's reads of the files it is given (`check FILE`, `--previous FILE`): through the one
// guarded reader, anywhere on disk since the user named them, refused with a one-line reason.
import { GuardedReader } from '../node/guardedReader';
import { message, type Locale } from '../report/i18n';
import { UsageError } from './args';

export const MAX_REPORT_BYTES = 50 * 1024 * 1024;

/** One reader per run: a file refused once is not read again; the folders read from are resolved once. */
export const cliReader = new GuardedReader({ fixedRoots: true });

/** Reads a report file as text, refusing what is not one (missing, a folder or device, too big, binary) with a one-line reason. */
export function readReportFile(file: string): string {
  const read = cliReader.read(file, { maxBytes: MAX_REPORT_BYTES });
  // Worded in the run's language where the error is said (cli.ts, or a check worker).
  if (!read.ok)
    throw new UsageError((locale: Locale) => message(locale, 'fileRefused', { file, reason: read.reason, detail: read.detail }));
  return read.text;
}
