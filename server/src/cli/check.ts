// `weekly-report check`: findings per file as JSON, or as eslint prints them, and the exit code CI
// acts on.
import type { Locale } from '../report/i18n';
import type { Range } from '../report/model';
import { certainFixes } from '../report/fix/fixAll';
import type { Finding, Fix, Severity } from '../report/rules/types';
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
  /**
   * The finding's fix when `check --fix` would write it: a fix that disagrees with another one
   * about the same text is left out, as `certainFixes` leaves it out. Only SARIF prints it.
   */
  fix?: Fix;
}

/** A file's findings as `check` reports them, each with the fix `check --fix` would apply for it. */
export function toCheckDiagnostics(findings: readonly Finding[]): CheckDiagnostic[] {
  const conflicting = new Set(certainFixes(findings).conflicting);
  return findings.map((finding) => {
    const { code, severity, message, range, fix } = finding;
    return fix && !conflicting.has(finding) ? { code, severity, message, range, fix } : { code, severity, message, range };
  });
}

function noFindings(): SeverityCounts {
  return { error: 0, warning: 0, information: 0, hint: 0 };
}

function addCounts(counts: SeverityCounts, { diagnostics }: CheckedFile): void {
  for (const d of diagnostics) counts[d.severity]++;
}

/** 1 when an error was found or warnings exceed `maxWarnings` (negative: no limit); else 0. */
export function checkExitCode(counts: SeverityCounts, maxWarnings: number): number {
  return counts.error > 0 || (maxWarnings >= 0 && counts.warning > maxWarnings) ? 1 : 0;
}

/**
 * `check`'s output written as the files are checked: `add` answers what to print for one more
 * file (maybe nothing yet), `end` the rest. Streamed output is byte for byte what rendering all
 * results at once gives, so a check of 10,000 reports keeps only counts, not every finding.
 */
export interface CheckOutput {
  add(result: CheckedFile): string;
  end(): string;
  /** The findings counted so far, by severity: what the exit code is decided on. */
  readonly counts: SeverityCounts;
}

const SEVERITY_COLOR: Record<Severity, string> = { error: '31', warning: '33', information: '36', hint: '90' };

/** eslint's "stylish" layout: a header per file with findings, `line:col  severity  message  code`, a summary. */
export function checkTextOutput(paint: Paint, locale: Locale = 'en'): CheckOutput {
  const messages = cliMessages(locale);
  const counts = noFindings();
  let started = false;
  /** The lines joined by newlines, as one join of every file's lines would place them. */
  const continued = (lines: string[]) => {
    const text = (started ? '\n' : '') + lines.join('\n');
    started = true;
    return text;
  };
  return {
    counts,
    add(result) {
      addCounts(counts, result);
      const { file, diagnostics } = result;
      if (diagnostics.length === 0) return '';
      const rows = diagnostics.map((d) => [
        `${d.range.start.line + 1}:${d.range.start.character + 1}`,
        messages.severity[d.severity],
        d.message,
        d.code,
      ]);
      const out = ['', paint(file, '4')];
      alignColumns(rows).forEach((line, i) => {
        const severity = diagnostics[i].severity;
        const word = messages.severity[severity];
        // Colour the severity word only; padding stays outside the escape codes so columns line up.
        out.push(`  ${line.replace(word, paint(word, SEVERITY_COLOR[severity]))}`);
      });
      return continued(out);
    },
    end() {
      const total = counts.error + counts.warning + counts.information + counts.hint;
      if (total === 0) return '';
      const summary = messages.summary(total, counts);
      return continued(['', paint(summary, counts.error > 0 ? '1;31' : counts.warning > 0 ? '1;33' : '1'), '']);
    },
  };
}

/** The results as one JSON array (two-space indent, a final newline), element by element. */
export function checkJsonOutput(): CheckOutput {
  const counts = noFindings();
  let started = false;
  return {
    counts,
    add(result) {
      addCounts(counts, result);
      const element = checkedFileJson(result);
      const text = `${started ? ',' : '['}\n${element}`;
      started = true;
      return text;
    },
    end: () => (started ? '\n]\n' : '[]\n'),
  };
}

/**
 * `JSON.stringify(result, null, 2)` with every line indented two more (an element of the output's
 * array), written out for this one shape: generic stringifying and re-indenting by a regular
 * expression cost more than the rest of printing 10,000 files. Strings go through `JSON.stringify`.
 */
export function checkedFileJson({ file, diagnostics }: CheckedFile): string {
  const head = `  {\n    "file": ${JSON.stringify(file)},\n    "diagnostics": `;
  if (diagnostics.length === 0) return `${head}[]\n  }`;
  const items = diagnostics.map(
    ({ code, severity, message, range: { start, end } }) =>
      `      {\n        "code": ${JSON.stringify(code)},\n        "severity": ${JSON.stringify(severity)},\n        "message": ${JSON.stringify(message)},\n` +
      `        "range": {\n          "start": {\n            "line": ${jsonNumber(start.line)},\n            "character": ${jsonNumber(start.character)}\n          },\n` +
      `          "end": {\n            "line": ${jsonNumber(end.line)},\n            "character": ${jsonNumber(end.character)}\n          }\n        }\n      }`,
  );
  return `${head}[\n${items.join(',\n')}\n    ]\n  }`;
}

/** A number as JSON writes it (not finite: null). */
function jsonNumber(value: number): string {
  return JSON.stringify(value);
}

/** A format whose head depends on every result (SARIF's rule list, JUnit's totals): kept, rendered at the end. */
export function wholeCheckOutput(render: (results: readonly CheckedFile[]) => string): CheckOutput {
  const counts = noFindings();
  const results: CheckedFile[] = [];
  return {
    counts,
    add(result) {
      addCounts(counts, result);
      results.push(result);
      return '';
    },
    end: () => render(results),
  };
}
