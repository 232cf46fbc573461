// `weekly-report check --fix`: writes the certain fixes of a checked file back into it. The file is
// read again through the guarded reader and must still hold the lines the findings were computed
// from; it is then replaced only if it has not changed since that read (node/replaceFile.ts), in
// the encoding, byte order mark and line endings it had.
import type { Locale } from '../report/base/locale';
import { applyTextEdits, certainFixes } from '../report/fix/fixAll';
import type { Report } from '../report/model';
import type { Finding } from '../report/rules/types';
import { splitLines } from '../report/text';
import { encodeText, replaceFileIfUnchanged } from '../node/replaceFile';
import { cliReader, MAX_REPORT_BYTES } from './readReportFile';
import { cliMessages } from './messages';

export type FixOutcome =
  /** The file was rewritten with these fixes. */
  | { kind: 'fixed'; codes: string[]; conflicting: number }
  /** No certain fix (or only fixes that disagree). */
  | { kind: 'nothing'; conflicting: number }
  /** The file changed (or vanished) since it was checked: left alone. */
  | { kind: 'changed' }
  /** Its text cannot be written back in its encoding as it was read (a character without a code there, or bytes written some other, equivalent way): left alone. */
  | { kind: 'encoding'; encoding: string };

/** Applies the certain fixes of `findings` (computed from `report`) to `file`. */
export function fixReportFile(file: string, report: Report, findings: readonly Finding[]): FixOutcome {
  const { edits, fixed, conflicting } = certainFixes(findings);
  if (edits.length === 0) return { kind: 'nothing', conflicting: conflicting.length };
  const read = cliReader.read(file, { maxBytes: MAX_REPORT_BYTES });
  if (!read.ok || !sameLines(splitLines(read.text), report.lines)) return { kind: 'changed' };
  const asRead = encodeText(read.text, read.encoding, read.bom);
  const bytes = encodeText(applyTextEdits(read.text, edits), read.encoding, read.bom);
  if (!asRead || !bytes) return { kind: 'encoding', encoding: read.encoding };
  switch (replaceFileIfUnchanged(file, read.stamp, asRead, bytes)) {
    case 'changed':
      return { kind: 'changed' };
    case 'not-as-read':
      return { kind: 'encoding', encoding: read.encoding };
    case 'replaced':
      return { kind: 'fixed', codes: fixed, conflicting: conflicting.length };
  }
}

function sameLines(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((line, i) => line === b[i]);
}

/** One line on what `--fix` did to a file; undefined when there was nothing to say. */
export function describeFixOutcome(file: string, outcome: FixOutcome, locale: Locale): string | undefined {
  const say = cliMessages(locale);
  switch (outcome.kind) {
    case 'fixed':
      return say.fixed(file, outcome.codes.length, countCodes(outcome.codes), outcome.conflicting);
    case 'nothing':
      return outcome.conflicting > 0 ? say.nothingFixed(file, outcome.conflicting) : undefined;
    case 'changed':
      return say.fixSkippedChanged(file);
    case 'encoding':
      return say.fixSkippedEncoding(file, outcome.encoding.toUpperCase());
  }
}

/** `percent-fraction-mismatch ×2, derived-ratio-mismatch` */
function countCodes(codes: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const code of codes) counts.set(code, (counts.get(code) ?? 0) + 1);
  return [...counts].map(([code, count]) => (count > 1 ? `${code} ×${count}` : code)).join(', ');
}
