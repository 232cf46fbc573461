// `weekly-report check --format sarif`: the findings as a SARIF 2.1.0 log, the format code-scanning
// services (GitHub's upload-sarif among them) read. One run, the rule catalogue in tool.driver.rules,
// one result per finding. Regions are 1-based; columns count UTF-16 code units, as LSP positions
// do, and the run says so in `columnKind` rather than leaving readers to a default. A result whose
// fix `check --fix` would write carries it in `fixes`, so a viewer can offer what the editor offers.
import { cliMessages } from './messages';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ruleDescription, type Locale } from '../report/i18n';
import type { Range } from '../report/model';
import type { Fix, Severity } from '../report/rules/types';
import type { CheckedFile } from './check';

export interface SarifTool {
  name: string;
  version: string;
  /** Where people read about the tool; rule help links point into it. */
  informationUri: string;
  /** Anchor of the rule table in the README. */
  rulesAnchor: string;
}

export interface SarifRule {
  code: string;
  defaultSeverity: Severity;
}

type SarifLevel = 'error' | 'warning' | 'note';

/** SARIF has no "hint": information and hints are both notes. */
const LEVEL: Record<Severity, SarifLevel> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };

const SCHEMA = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';

/** `cwd` resolves relative file names: they become uris relative to `%SRCROOT%`, the folder check ran in. */
export function renderSarif(
  results: readonly CheckedFile[],
  rules: readonly SarifRule[],
  tool: SarifTool,
  locale: Locale,
  cwd: string,
): string {
  const known = new Set(rules.map((rule) => rule.code));
  // A finding from a rule not in the catalogue (a rule added without one) still gets its own entry.
  const extra = results.flatMap((r) => r.diagnostics.map((d) => d.code)).filter((code) => !known.has(code));
  const catalogue = [...rules, ...[...new Set(extra)].map((code): SarifRule => ({ code, defaultSeverity: 'warning' }))];
  const ruleIndex = new Map(catalogue.map((rule, index) => [rule.code, index]));
  const log = {
    $schema: SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: tool.name,
            version: tool.version,
            informationUri: tool.informationUri,
            rules: catalogue.map((rule) => {
              const description = ruleDescription(locale, rule.code);
              return {
                id: rule.code,
                shortDescription: { text: description?.short ?? rule.code },
                fullDescription: { text: description?.full ?? description?.short ?? rule.code },
                helpUri: `${tool.informationUri}#${tool.rulesAnchor}`,
                defaultConfiguration: { level: LEVEL[rule.defaultSeverity] },
              };
            }),
          },
        },
        language: cliMessages(locale).languageTag,
        columnKind: 'utf16CodeUnits',
        originalUriBaseIds: { '%SRCROOT%': { uri: `${pathToFileURL(cwd).href.replace(/\/?$/, '/')}` } },
        results: results.flatMap(({ file, diagnostics }) => {
          const location = artifactLocation(file, cwd);
          return diagnostics.map((d) => ({
            ruleId: d.code,
            ruleIndex: ruleIndex.get(d.code)!,
            level: LEVEL[d.severity],
            message: { text: d.message },
            locations: [{ physicalLocation: { artifactLocation: location, region: sarifRegion(d.range) } }],
            ...(d.fix ? { fixes: [sarifFix(d.fix, location)] } : {}),
          }));
        }),
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}

/** A range as a SARIF text region: 1-based lines and columns (UTF-16 code units, the run's `columnKind`). */
function sarifRegion(range: Range): { startLine: number; startColumn: number; endLine: number; endColumn: number } {
  return {
    startLine: range.start.line + 1,
    startColumn: range.start.character + 1,
    endLine: range.end.line + 1,
    // SARIF's endColumn is the column after the region's last character, as LSP's end is.
    endColumn: range.end.character + 1,
  };
}

/**
 * The fix `check --fix` would write for a result, as SARIF's `fix`: one replacement in the result's
 * own file, described by the editor's quick fix title. The deleted region is in the original text,
 * as SARIF reads every replacement; an empty one (start = end) would be an insertion.
 */
function sarifFix(fix: Fix, location: { uri: string; uriBaseId?: string }) {
  return {
    description: { text: fix.title },
    artifactChanges: [
      {
        artifactLocation: location,
        replacements: [{ deletedRegion: sarifRegion(fix.range), insertedContent: { text: fix.newText } }],
      },
    ],
  };
}

/** A file under `cwd` as a relative uri against %SRCROOT% (what code scanning maps to the repository); others as file: uris. */
function artifactLocation(file: string, cwd: string): { uri: string; uriBaseId?: string } {
  const absolute = path.resolve(cwd, file);
  const relative = path.relative(cwd, absolute);
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) return { uri: pathToFileURL(absolute).href };
  return { uri: relative.split(path.sep).map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%' };
}
