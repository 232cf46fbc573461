// `weekly-report check`: findings per file as JSON, or as eslint prints them, and the exit code CI
// acts on.
import type { Locale } from '../report/i18n';
import type { Range } from '../report/model';
import type { Finding, Severity } from '../report/rules/types';
import { cliMessages, type SeverityCounts } from './messages';
import { alignColumns, type Paint } from './terminal';

export interface CheckedFile {
  file: string;
  diagnostics: CheckDiagnostic[];
}

export interface CheckDiagnostic {
  code: string;
  severity: Severity;
  message: string;
  /** 0-based lines and UTF-16 characters, as in LSP. */
  range: Range;
}

export function toCheckDiagnostic(finding: Finding): CheckDiagnostic {
  return { code: finding.code, severity: finding.severity, message: finding.message, range: finding.range };
}

export function countSeverities(results: readonly CheckedFile[]): SeverityCounts {
  const counts: SeverityCounts = { error: 0, warning: 0, information: 0, hint: 0 };
  for (const result of results) for (const d of result.diagnostics) counts[d.severity]++;
  return counts;
}

/** 1 when an error was found or warnings exceed `maxWarnings` (negative: no limit); else 0. */
export function checkExitCode(results: readonly CheckedFile[], maxWarnings: number): number {
  const counts = countSeverities(results);
  return counts.error > 0 || (maxWarnings >= 0 && counts.warning > maxWarnings) ? 1 : 0;
}

const SEVERITY_COLOR: Record<Severity, string> = { error: '31', warning: '33', information: '36', hint: '90' };

/** eslint's "stylish" layout: a header per file with findings, `line:col  severity  message  code`, a summary. */
export function renderCheckText(results: readonly CheckedFile[], paint: Paint, locale: Locale = 'en'): string {
  const messages = cliMessages(locale);
  const out: string[] = [];
  for (const { file, diagnostics } of results) {
    if (diagnostics.length === 0) continue;
    const rows = diagnostics.map((d) => [
      `${d.range.start.line + 1}:${d.range.start.character + 1}`,
      messages.severity[d.severity],
      d.message,
      d.code,
    ]);
    out.push('', paint(file, '4'));
    alignColumns(rows).forEach((line, i) => {
      const severity = diagnostics[i].severity;
      const word = messages.severity[severity];
      // Colour the severity word only; padding stays outside the escape codes so columns line up.
      out.push(`  ${line.replace(word, paint(word, SEVERITY_COLOR[severity]))}`);
    });
  }
  const counts = countSeverities(results);
  const total = counts.error + counts.warning + counts.information + counts.hint;
  if (total === 0) return '';
  const summary = messages.summary(total, counts);
  out.push('', paint(summary, counts.error > 0 ? '1;31' : counts.warning > 0 ? '1;33' : '1'), '');
  return out.join('\n');
}
