// `weekly-report check --format junit`: the findings as JUnit XML, which CI systems (GitLab, Jenkins,
// Azure Pipelines) show as test results. One testsuite per checked file; one testcase per finding,
// failing for errors and warnings, passing (the message in system-out) for information and hints;
// a file without findings gets one passing testcase so it is listed as checked.
import type { Locale } from '../report/i18n';
import type { CheckDiagnostic, CheckedFile } from './check';
import { cliMessages } from './messages';

const FAILS: ReadonlySet<string> = new Set(['error', 'warning']);

export function renderJunit(results: readonly CheckedFile[], locale: Locale): string {
  const severity = cliMessages(locale).severity;
  const suites = results.map(({ file, diagnostics }) => {
    const failures = diagnostics.filter((d) => FAILS.has(d.severity)).length;
    const cases =
      diagnostics.length > 0
        ? diagnostics.map((d) => testcase(file, d, severity[d.severity]))
        : [`    <testcase classname="${xml(file)}" name="weekly-report"/>`];
    return [
      `  <testsuite name="${xml(file)}" tests="${Math.max(1, diagnostics.length)}" failures="${failures}" errors="0" skipped="0">`,
      ...cases,
      '  </testsuite>',
    ].join('\n');
  });
  const tests = results.reduce((sum, r) => sum + Math.max(1, r.diagnostics.length), 0);
  const failures = results.reduce((sum, r) => sum + r.diagnostics.filter((d) => FAILS.has(d.severity)).length, 0);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="weekly-report" tests="${tests}" failures="${failures}" errors="0">`,
    ...suites,
    '</testsuites>',
    '',
  ].join('\n');
}

function testcase(file: string, d: CheckDiagnostic, severityWord: string): string {
  const where = `${d.range.start.line + 1}:${d.range.start.character + 1}`;
  const open = `    <testcase classname="${xml(file)}" name="${xml(`${d.code} ${where}`)}">`;
  const detail = xml(`${file}:${where} ${severityWord} ${d.message} (${d.code})`);
  const body = FAILS.has(d.severity)
    ? `      <failure type="${d.severity}" message="${xml(d.message)}">${detail}</failure>`
    : `      <system-out>${detail}</system-out>`;
  return [open, body, '    </testcase>'].join('\n');
}

/**
 * Text as XML character data or an attribute value: the five special characters escaped, and
 * characters XML 1.0 cannot hold at all (control characters, lone surrogates) replaced by U+FFFD.
 */
export function xml(text: string): string {
  return text.replace(/[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu, '\ufffd').replace(/[&<>"']/g, (ch) => ESCAPES[ch]);
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };
