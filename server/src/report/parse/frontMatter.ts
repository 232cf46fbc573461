// YAML front matter, read as flat `key: value` pairs: reports only ever use scalar keys
// (week, date, type, previous), and a tolerant reader never fails on a half-typed block.

export interface FrontMatter {
  values: Record<string, string>;
  /** Index of the closing `---` line, or -1 when there is no front matter. */
  endLine: number;
}

const MAX_FRONT_MATTER_LINES = 200;

export function readFrontMatter(lines: string[]): FrontMatter {
  if (lines[0]?.trim() !== '---') return { values: {}, endLine: -1 };
  const limit = Math.min(lines.length, MAX_FRONT_MATTER_LINES);
  for (let i = 1; i < limit; i++) {
    const trimmed = lines[i].trim();
    if (trimmed === '---' || trimmed === '...') {
      return { values: parsePairs(lines.slice(1, i)), endLine: i };
    }
  }
  return { values: {}, endLine: -1 };
}

function parsePairs(lines: string[]): Record<string, string> {
  const values: Record<string, string> = Object.create(null);
  for (const line of lines) {
    const m = /^([A-Za-z_][\w-]*)\s*:\s*(.*)$/.exec(line);
    if (!m) continue;
    values[m[1].toLowerCase()] = unquote(m[2].trim());
  }
  return values;
}

function unquote(value: string): string {
  const m = /^(["'])(.*)\1$/.exec(value);
  return m ? m[2] : value;
}
