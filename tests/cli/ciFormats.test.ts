import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import Ajv from 'ajv';
import * as sax from 'sax';
import { runCliWith } from './cliRunner';
import { teamDir, tempDir, week21, week22, writeTemp } from './cliFixtures';
import { fixturesDir } from '../helpers/fixtures';

// The OASIS SARIF 2.1.0 schema (errata 01), as published in oasis-tcs/sarif-spec (Schemata/sarif-schema-2.1.0.json).
const schemaFile = path.join(fixturesDir, 'schemas', 'sarif-schema-2.1.0.json');

/** A validator for the SARIF schema. It is written for JSON Schema draft-04, which differs from Ajv's draft-07 only in `id`. */
function sarifValidator() {
  const {
    $schema: _draft,
    id,
    ...schema
  } = JSON.parse(readFileSync(schemaFile, 'utf8')) as { $schema: string; id: string } & Record<string, unknown>;
  const ajv = new Ajv({ allErrors: true, strict: false });
  // RFC 3986: an absolute URI, and a reference that is ASCII with only valid escapes.
  const reference = /^(?:[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=]|%[0-9A-Fa-f]{2})*$/;
  ajv.addFormat('uri-reference', reference);
  ajv.addFormat('uri', (value: string) => reference.test(value) && /^[A-Za-z][A-Za-z0-9+.-]*:/.test(value));
  ajv.addFormat('date-time', (value: string) => !Number.isNaN(Date.parse(value)));
  return ajv.compile({ ...schema, $id: id });
}

interface SarifLog {
  runs: {
    columnKind: string;
    tool: { driver: { rules: { id: string; shortDescription: { text: string }; helpUri: string }[] } };
    results: {
      ruleId: string;
      ruleIndex: number;
      level: string;
      message: { text: string };
      locations: { physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string }; region: SarifRegion } }[];
      fixes?: SarifFix[];
    }[];
  }[];
}

interface SarifRegion {
  startLine: number;
  startColumn: number;
  endLine: number;
  endColumn: number;
}

interface SarifFix {
  description: { text: string };
  artifactChanges: {
    artifactLocation: { uri: string; uriBaseId?: string };
    replacements: { deletedRegion: SarifRegion; insertedContent?: { text: string } }[];
  }[];
}

/**
 * `text` with SARIF replacements applied as a SARIF viewer would: regions are 1-based lines
 * (ended by \r\n, \r or \n) and columns in UTF-16 code units, all in the original text, so they are
 * applied from the last backwards. Written here from the spec, not with the CLI's own code.
 */
function applySarifReplacements(text: string, replacements: SarifFix['artifactChanges'][number]['replacements']): string {
  const lineStarts = [0];
  for (const match of text.matchAll(/\r\n|\r|\n/g)) lineStarts.push(match.index + match[0].length);
  const offset = (line: number, column: number) => lineStarts[line - 1] + column - 1;
  const spans = replacements
    .map(({ deletedRegion: r, insertedContent }) => ({
      start: offset(r.startLine, r.startColumn),
      end: offset(r.endLine, r.endColumn),
      text: insertedContent?.text ?? '',
    }))
    .sort((a, b) => b.start - a.start);
  return spans.reduce((result, span) => result.slice(0, span.start) + span.text + result.slice(span.end), text);
}

describe('weekly-report check --format sarif', () => {
  const validate = sarifValidator();

  it('writes a SARIF 2.1.0 log that validates against the schema, with 1-based UTF-16 regions', () => {
    const r = runCliWith({ cwd: teamDir }, 'check', week21, week22, '--format', 'sarif');
    expect(r.status).toBe(0);
    const log = JSON.parse(r.stdout) as SarifLog;
    expect(validate(log), JSON.stringify(validate.errors, null, 2)).toBe(true);
    const [run] = log.runs;
    expect(run.columnKind).toBe('utf16CodeUnits');
    const mismatch = run.results.find((result) => result.ruleId === 'percent-fraction-mismatch')!;
    expect(mismatch.level).toBe('warning');
    expect(run.tool.driver.rules[mismatch.ruleIndex].id).toBe('percent-fraction-mismatch');
    expect(run.tool.driver.rules[mismatch.ruleIndex].shortDescription.text).toBe('A percentage disagrees with its own fraction');
    expect(run.tool.driver.rules[mismatch.ruleIndex].helpUri).toMatch(/^https:\/\/.*#metric-diagnostics-and-quick-fixes$/);
    const { artifactLocation, region } = mismatch.locations[0].physicalLocation;
    expect(artifactLocation).toEqual({ uri: '2024-W22.md', uriBaseId: '%SRCROOT%' });
    // The JSON format gives the same place 0-based.
    const json = JSON.parse(runCliWith({ cwd: teamDir }, 'check', week22, '--format', 'json').stdout) as {
      diagnostics: { code: string; range: { start: { line: number; character: number }; end: { line: number; character: number } } }[];
    }[];
    const range = json[0].diagnostics.find((d) => d.code === 'percent-fraction-mismatch')!.range;
    expect(region).toEqual({
      startLine: range.start.line + 1,
      startColumn: range.start.character + 1,
      endLine: range.end.line + 1,
      endColumn: range.end.character + 1,
    });
    const info = run.results.find((result) => result.ruleId === 'week-over-week-change')!;
    expect(info.level).toBe('note');
  });

  it('escapes a file name that is no plain URI, describes rules in Chinese, and exits as check does', () => {
    const dir = tempDir();
    writeTemp(dir, '第15周 周报.md', readFileSync(path.join(fixturesDir, 'fix', '2024-W15.md')));
    const r = runCliWith({ cwd: dir }, 'check', '第15周 周报.md', '--format', 'sarif', '--locale', 'zh-cn', '--max-warnings', '0');
    expect(r.status).toBe(1);
    const log = JSON.parse(r.stdout) as SarifLog;
    expect(validate(log), JSON.stringify(validate.errors, null, 2)).toBe(true);
    const uri = log.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri;
    expect(decodeURIComponent(uri)).toBe('第15周 周报.md');
    expect(log.runs[0].tool.driver.rules[0].shortDescription.text).toBe('百分比与其分数不一致');
  });

  it("gives a result the fix check --fix writes, in the result's own file, and none to a result without a certain fix", () => {
    const original = readFileSync(path.join(fixturesDir, 'fix', '2024-W15.md'), 'utf8');
    // CRLF line ends and a character outside the BMP before a value: lines and UTF-16 columns must both hold.
    const text = original.replace(/\n/g, '\r\n').replace('告警跟进率', '🚨告警跟进率');
    const dir = tempDir();
    writeTemp(dir, '2024-W15.md', text);
    const r = runCliWith({ cwd: dir }, 'check', '2024-W15.md', '--format', 'sarif');
    const log = JSON.parse(r.stdout) as SarifLog;
    expect(validate(log), JSON.stringify(validate.errors, null, 2)).toBe(true);
    const { results } = log.runs[0];
    const fixed = results.filter((result) => result.fixes);
    expect(fixed.map((result) => result.ruleId)).toEqual(['percent-fraction-mismatch', 'percent-fraction-mismatch']);
    expect(results.find((result) => result.ruleId === 'placeholder-left')).not.toHaveProperty('fixes');
    for (const result of fixed) {
      expect(result.fixes).toHaveLength(1);
      const [{ artifactChanges }] = result.fixes!;
      expect(artifactChanges).toHaveLength(1);
      expect(artifactChanges[0].artifactLocation).toEqual(result.locations[0].physicalLocation.artifactLocation);
      expect(artifactChanges[0].replacements).toHaveLength(1);
    }
    // The description is the editor's quick fix title; each fix deletes the wrong value, on the result's line.
    expect(fixed.map((result) => result.fixes![0].description.text)).toEqual(['Replace with 67%', 'Replace with 75%']);
    const deleted = fixed.map((result) => result.fixes![0].artifactChanges[0].replacements[0].deletedRegion);
    expect(deleted.map((region) => region.startLine)).toEqual(fixed.map((result) => result.locations[0].physicalLocation.region.startLine));
    const lines = text.split('\r\n');
    expect(deleted.map((region) => lines[region.startLine - 1].slice(region.startColumn - 1, region.endColumn - 1))).toEqual([
      '76%',
      '50%',
    ]);

    // Every fix applied to the text is what check --fix writes into a copy of the same file.
    const replacements = fixed.flatMap((result) => result.fixes![0].artifactChanges[0].replacements);
    const other = tempDir();
    const copy = writeTemp(other, '2024-W15.md', text);
    expect(runCliWith({ cwd: other }, 'check', '--fix', '2024-W15.md').status).toBe(0);
    const written = readFileSync(copy, 'utf8');
    expect(written).not.toBe(text);
    expect(applySarifReplacements(text, replacements)).toBe(written);
    // One fix alone changes only its own value.
    expect(applySarifReplacements(text, replacements.slice(0, 1))).toBe(text.replace('76%（16/24）', '67%（16/24）'));
  });

  it("describes a fix in the run's language", () => {
    const dir = tempDir();
    writeTemp(dir, '2024-W15.md', readFileSync(path.join(fixturesDir, 'fix', '2024-W15.md')));
    const r = runCliWith({ cwd: dir }, 'check', '2024-W15.md', '--format', 'sarif', '--locale', 'zh-cn');
    const log = JSON.parse(r.stdout) as SarifLog;
    const descriptions = log.runs[0].results.flatMap((result) => result.fixes ?? []).map((fix) => fix.description.text);
    expect(descriptions).toEqual(['替换为 67%', '替换为 75%']);
  });

  it('has a validator that rejects what is not SARIF', () => {
    expect(validate({ version: '2.1.0', runs: [{ results: [] }] })).toBe(false); // a run needs its tool
    expect(
      validate({ version: '2.1.0', runs: [{ tool: { driver: { name: 'x' } }, results: [{ message: { text: 'm' }, level: 'fatal' }] }] }),
    ).toBe(false);
    expect(
      validate({
        version: '2.1.0',
        runs: [
          {
            tool: { driver: { name: 'x' } },
            results: [{ message: { text: 'm' }, locations: [{ physicalLocation: { artifactLocation: { uri: '第15周.md' } } }] }],
          },
        ],
      }),
    ).toBe(false); // not a URI: unescaped
    const withFix = (fix: unknown) => ({
      version: '2.1.0',
      runs: [{ tool: { driver: { name: 'x' } }, results: [{ message: { text: 'm' }, fixes: [fix] }] }],
    });
    expect(validate(withFix({ description: { text: 'd' } }))).toBe(false); // a fix needs its artifact changes
    expect(validate(withFix({ artifactChanges: [{ artifactLocation: { uri: 'a.md' }, replacements: [{}] }] }))).toBe(false); // and a deleted region
  });

  it('validates with no findings at all', () => {
    const r = runCliWith({ cwd: teamDir }, 'check', week21, '--format', 'sarif');
    const log = JSON.parse(r.stdout) as SarifLog;
    expect(log.runs[0].results).toEqual([]);
    expect(validate(log)).toBe(true);
  });
});

interface Element {
  name: string;
  attributes: Record<string, string>;
  children: Element[];
  text: string;
}

/** Parses XML strictly (sax throws on anything not well-formed) into a small element tree. */
function parseXml(xml: string): Element {
  const root: Element = { name: '#document', attributes: {}, children: [], text: '' };
  const stack = [root];
  const parser = sax.parser(true);
  parser.onerror = (error) => {
    throw error;
  };
  parser.onopentag = (tag) => {
    const element: Element = { name: tag.name, attributes: tag.attributes, children: [], text: '' };
    stack.at(-1)!.children.push(element);
    stack.push(element);
  };
  parser.onclosetag = () => void stack.pop();
  parser.ontext = (text) => {
    stack.at(-1)!.text += text;
  };
  parser.write(xml).close();
  return root.children[0];
}

describe('weekly-report check --format junit', () => {
  it('writes JUnit XML: a testsuite per file, a testcase per finding, failures for warnings and errors', () => {
    const r = runCliWith({ cwd: teamDir }, 'check', week21, week22, '--format', 'junit');
    expect(r.status).toBe(0);
    expect(r.stdout.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n')).toBe(true);
    const suites = parseXml(r.stdout);
    expect(suites.name).toBe('testsuites');
    expect(suites.children.map((s) => s.attributes.name)).toEqual([week21, week22]);
    const [clean, w22] = suites.children;
    expect(clean.children).toHaveLength(1);
    expect(clean.children[0].children).toEqual([]); // one passing testcase: the file was checked
    const failing = w22.children.filter((c) => c.children.some((x) => x.name === 'failure'));
    expect(Number(w22.attributes.failures)).toBe(failing.length);
    expect(Number(w22.attributes.tests)).toBe(w22.children.length);
    const mismatch = failing.find((c) => c.attributes.name.startsWith('percent-fraction-mismatch '))!;
    expect(mismatch.attributes.classname).toBe(week22);
    expect(mismatch.children[0].attributes.type).toBe('warning');
    expect(mismatch.children[0].attributes.message).toContain('73.33%');
    const info = w22.children.find((c) => c.attributes.name.startsWith('week-over-week-change '))!;
    expect(info.children.map((x) => x.name)).toEqual(['system-out']);
    expect(Number(suites.attributes.failures)).toBe(failing.length);
  });

  it('escapes markup in file names and drops characters XML cannot hold', () => {
    const dir = tempDir();
    const name = 'a&b<"c">.md';
    writeTemp(dir, name, '# 第15周\n\nCreated: 2024年4月12日 17:30\n\n## 【数据】\n\n- <b>跟进率</b> & 76%（16/24）\u0001 TODO\n');
    const r = runCliWith({ cwd: dir }, 'check', name, '--format', 'junit', '--force');
    const suites = parseXml(r.stdout);
    expect(suites.children[0].attributes.name).toBe(name);
    expect(suites.children[0].children.map((c) => c.attributes.classname)).toEqual([name, name]);
    expect(suites.children[0].children[0].children[0].text).toContain(`${name}:7:`);
    expect(r.stdout).not.toContain('\u0001');
  });
});
