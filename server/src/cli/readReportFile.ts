import { readFileSync, statSync } from 'node:fs';
import { UsageError } from './args';

export const MAX_REPORT_BYTES = 50 * 1024 * 1024;

/** Reads a report file as text, refusing what is not one (missing, a folder, binary) with a one-line reason. */
export function readReportFile(file: string): string {
  let size: number;
  try {
    const stat = statSync(file);
    if (stat.isDirectory()) throw new UsageError(`${file} is a directory, not a report file`);
    size = stat.size;
  } catch (e) {
    if (e instanceof UsageError) throw e;
    throw new UsageError(`cannot read ${file}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (e as Error).message}`);
  }
  if (size > MAX_REPORT_BYTES) throw new UsageError(`${file} is larger than 50 MB; not a weekly report`);
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (e) {
    throw new UsageError(`cannot read ${file}: ${(e as Error).message}`);
  }
  if (looksBinary(bytes)) throw new UsageError(`${file} is a binary file, not a Markdown report`);
  return bytes.toString('utf8').replace(/^\uFEFF/, '');
}

/** NUL bytes, or many bytes that are not valid UTF-8, in the first 8 KB. */
export function looksBinary(bytes: Buffer): boolean {
  const head = bytes.subarray(0, 8192);
  if (head.includes(0)) return true;
  const decoded = head.toString('utf8');
  let replacements = 0;
  for (const ch of decoded) if (ch === '\uFFFD') replacements++;
  return replacements > 8 && replacements / decoded.length > 0.05;
}
