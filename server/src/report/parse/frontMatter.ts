// A report's metadata block: YAML front matter between `---` lines (read with the `yaml` package:
// real front matter has lists, quoted and multi-line values), or a Pelican-style header of
// `Title:` / `Date:` lines at the very top, ended by a blank line. Values are flattened to strings
// (a list becomes its items joined by ", "), keys lower-cased: reports only look up a few scalar
// keys (week, date, type, title, previous). A half-typed block that YAML rejects is read as flat
// `key: value` lines, so typing in the editor never loses the week.
import { parse as parseYaml } from 'yaml';

export interface FrontMatter {
  values: Record<string, string>;
  /** Index of the block's last line (the closing `---`, or the Pelican header's last line), or -1 when there is none. */
  endLine: number;
}

const MAX_FRONT_MATTER_LINES = 200;
const KEY_VALUE = /^([A-Za-z_][\w-]*)\s*:\s*(.*)$/;
/** A Pelican/Jekyll-style header opens with one of these keys on the first line. */
const HEADER_KEYS = /^(title|date)$/i;

export function readFrontMatter(lines: string[]): FrontMatter {
  if (lines[0]?.trim() === '---') return yamlBlock(lines);
  return metadataHeader(lines);
}

function yamlBlock(lines: string[]): FrontMatter {
  const limit = Math.min(lines.length, MAX_FRONT_MATTER_LINES);
  for (let i = 1; i < limit; i++) {
    const trimmed = lines[i].trim();
    if (trimmed === '---' || trimmed === '...') {
      const body = lines.slice(1, i);
      return { values: parseYamlValues(body) ?? parsePairs(body), endLine: i };
    }
  }
  return { values: {}, endLine: -1 };
}

/** `Title: This Week in Foo 314` / `Date: 2025-02-12` lines up to the first blank line. */
function metadataHeader(lines: string[]): FrontMatter {
  const first = KEY_VALUE.exec(lines[0] ?? '');
  if (!first || !HEADER_KEYS.test(first[1])) return { values: {}, endLine: -1 };
  let end = 0;
  while (end + 1 < Math.min(lines.length, MAX_FRONT_MATTER_LINES) && lines[end + 1].trim() !== '') {
    if (!KEY_VALUE.test(lines[end + 1])) return { values: {}, endLine: -1 };
    end++;
  }
  return { values: parsePairs(lines.slice(0, end + 1)), endLine: end };
}

function parseYamlValues(body: string[]): Record<string, string> | undefined {
  let parsed: unknown;
  try {
    // Silent: a fuzzed or odd tag must not print warnings into the CLI's or the server's stderr.
    parsed = parseYaml(body.join('\n'), { prettyErrors: false, uniqueKeys: false, logLevel: 'silent' });
  } catch {
    return undefined;
  }
  if (parsed === null || parsed === undefined) return Object.create(null) as Record<string, string>;
  if (typeof parsed !== 'object' || Array.isArray(parsed)) return undefined;
  const values: Record<string, string> = Object.create(null);
  for (const [key, value] of Object.entries(parsed as Record<string, unknown>)) {
    const text = scalarText(value);
    if (text !== undefined) values[key.toLowerCase()] = text;
  }
  return values;
}

function scalarText(value: unknown): string | undefined {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value.toISOString().slice(0, 10);
  if (Array.isArray(value)) {
    const items = value.map(scalarText).filter((item): item is string => item !== undefined && item !== '');
    return items.join(', ');
  }
  return undefined;
}

function parsePairs(lines: string[]): Record<string, string> {
  const values: Record<string, string> = Object.create(null);
  for (const line of lines) {
    const m = KEY_VALUE.exec(line);
    if (!m) continue;
    values[m[1].toLowerCase()] = unquote(m[2].trim());
  }
  return values;
}

function unquote(value: string): string {
  const m = /^(["'])(.*)\1$/.exec(value);
  return m ? m[2] : value;
}
