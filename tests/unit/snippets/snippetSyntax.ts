// A strict reader for VS Code's snippet syntax
// (https://code.visualstudio.com/docs/editing/userdefinedsnippets#_grammar). VS Code itself
// never rejects a body: whatever it cannot parse it inserts as text, so a typo like `${1:99.9%`
// silently ships a broken snippet. This reader reports those cases instead.

/** Every variable VS Code resolves; an unknown name would be inserted as a placeholder. */
export const KNOWN_VARIABLES: ReadonlySet<string> = new Set([
  'TM_SELECTED_TEXT',
  'TM_CURRENT_LINE',
  'TM_CURRENT_WORD',
  'TM_LINE_INDEX',
  'TM_LINE_NUMBER',
  'TM_FILENAME',
  'TM_FILENAME_BASE',
  'TM_DIRECTORY',
  'TM_FILEPATH',
  'RELATIVE_FILEPATH',
  'CLIPBOARD',
  'WORKSPACE_NAME',
  'WORKSPACE_FOLDER',
  'CURSOR_INDEX',
  'CURSOR_NUMBER',
  'CURRENT_YEAR',
  'CURRENT_YEAR_SHORT',
  'CURRENT_MONTH',
  'CURRENT_MONTH_NAME',
  'CURRENT_MONTH_NAME_SHORT',
  'CURRENT_DATE',
  'CURRENT_DAY_NAME',
  'CURRENT_DAY_NAME_SHORT',
  'CURRENT_HOUR',
  'CURRENT_MINUTE',
  'CURRENT_SECOND',
  'CURRENT_SECONDS_UNIX',
  'CURRENT_TIMEZONE_OFFSET',
  'RANDOM',
  'RANDOM_HEX',
  'UUID',
  'BLOCK_COMMENT_START',
  'BLOCK_COMMENT_END',
  'LINE_COMMENT',
]);

const CASE_FORMATS = new Set(['upcase', 'downcase', 'capitalize', 'camelcase', 'pascalcase']);

export interface SnippetSyntax {
  /** Empty when the body is valid. Each message names the offset it refers to. */
  errors: string[];
  /** Distinct tab stop indices, ascending (0 included when used). */
  tabStops: number[];
  /** Distinct variable names in order of appearance. */
  variables: string[];
}

/** Parses one snippet body (array bodies joined with '\n' first, as VS Code does). */
export function checkSnippetBody(body: string): SnippetSyntax {
  const reader = new SnippetReader(body);
  reader.readSequence(false);
  return {
    errors: reader.errors,
    tabStops: [...reader.tabStops].sort((a, b) => a - b),
    variables: [...reader.variables],
  };
}

class SnippetReader {
  pos = 0;
  readonly errors: string[] = [];
  readonly tabStops = new Set<number>();
  readonly variables = new Set<string>();

  constructor(private readonly text: string) {}

  /** Text and elements up to the end, or up to the `}` closing a placeholder (left unread). */
  readSequence(insidePlaceholder: boolean): void {
    while (this.pos < this.text.length) {
      const ch = this.text[this.pos];
      if (ch === '\\') {
        this.pos += 2;
      } else if (ch === '$') {
        this.readDollar();
      } else if (ch === '}') {
        if (insidePlaceholder) return;
        this.fail('unbalanced "}" (escape it as \\})');
        this.pos++;
      } else {
        this.pos++;
      }
    }
    if (insidePlaceholder) this.fail('placeholder never closed with "}"');
  }

  private readDollar(): void {
    const start = this.pos++;
    const int = this.match(/\d+/y);
    if (int !== undefined) {
      this.tabStops.add(Number(int));
      return;
    }
    const name = this.match(/[_a-zA-Z][_a-zA-Z0-9]*/y);
    if (name !== undefined) {
      this.addVariable(name, start);
      return;
    }
    if (this.text[this.pos] === '{') {
      this.pos++;
      this.readBraced(start);
      return;
    }
    this.fail('lone "$" (escape it as \\$)', start);
  }

  /** After `${`: a tab stop, placeholder, choice, variable or transform, through its `}`. */
  private readBraced(start: number): void {
    const int = this.match(/\d+/y);
    const name = int === undefined ? this.match(/[_a-zA-Z][_a-zA-Z0-9]*/y) : undefined;
    if (int !== undefined) this.tabStops.add(Number(int));
    else if (name !== undefined) this.addVariable(name, start);
    else return this.fail('"${" must be followed by a tab stop number or a variable name', start);

    const next = this.text[this.pos];
    if (next === '}') {
      this.pos++;
    } else if (next === ':') {
      this.pos++;
      this.readSequence(true);
      if (this.text[this.pos] === '}') this.pos++;
    } else if (next === '|' && int !== undefined) {
      this.pos++;
      this.readChoice(start);
    } else if (next === '/') {
      this.pos++;
      this.readTransform(start);
    } else {
      this.fail(`unexpected ${next === undefined ? 'end of body' : `"${next}"`} in "\${"`, this.pos);
    }
  }

  /** After `${1|`: comma-separated options, `\,` and `\|` escaped, closed by `|}`. */
  private readChoice(start: number): void {
    const options: string[] = [''];
    while (this.pos < this.text.length) {
      const ch = this.text[this.pos];
      if (ch === '\\') {
        options[options.length - 1] += this.text[this.pos + 1] ?? '';
        this.pos += 2;
      } else if (ch === '|') {
        if (this.text[this.pos + 1] !== '}') return this.fail('choice must end with "|}"', this.pos);
        this.pos += 2;
        if (options.some((o) => o === '')) this.fail('choice has an empty option', start);
        return;
      } else if (ch === ',') {
        options.push('');
        this.pos++;
      } else {
        options[options.length - 1] += ch;
        this.pos++;
      }
    }
    this.fail('choice never closed with "|}"', start);
  }

  /** After `${1/` or `${VAR/`: regex `/` format `/` options `}`. */
  private readTransform(start: number): void {
    const regex = this.readUntilSlash(false);
    const format = regex === undefined ? undefined : this.readUntilSlash(true);
    if (regex === undefined || format === undefined) return this.fail('transform needs /regex/format/options}', start);
    const flags = this.match(/[a-z]*/y) ?? '';
    if (this.text[this.pos] !== '}') return this.fail('transform must end with "}"', this.pos);
    this.pos++;
    try {
      new RegExp(regex, flags);
    } catch (e) {
      this.fail(`transform regex: ${(e as Error).message}`, start);
    }
    this.checkFormat(format, start);
  }

  /** Reads to the next unescaped `/`; in a format, `${1:/upcase}` keeps its slash. */
  private readUntilSlash(isFormat: boolean): string | undefined {
    const start = this.pos;
    while (this.pos < this.text.length) {
      const ch = this.text[this.pos];
      if (ch === '/') {
        this.pos++;
        return this.text.slice(start, this.pos - 1);
      }
      if (isFormat && this.text.startsWith('${', this.pos)) {
        const close = this.text.indexOf('}', this.pos);
        this.pos = close === -1 ? this.text.length : close + 1;
      } else {
        this.pos += ch === '\\' ? 2 : 1;
      }
    }
    return undefined;
  }

  private checkFormat(format: string, start: number): void {
    const unescaped = format.replace(/\\./g, '');
    const simple = /\$\d+|\$\{\d+\}/g;
    const withArg = /\$\{\d+:(\/(\w+)|[+?-][^}]*|[^}]*)\}/g;
    for (const m of unescaped.matchAll(withArg)) {
      if (m[2] !== undefined && !CASE_FORMATS.has(m[2])) this.fail(`unknown format "/${m[2]}"`, start);
    }
    const rest = unescaped.replace(withArg, '').replace(simple, '');
    if (rest.includes('$')) this.fail('malformed "$" in transform format', start);
  }

  private addVariable(name: string, at: number): void {
    this.variables.add(name);
    if (!KNOWN_VARIABLES.has(name)) this.fail(`unknown variable ${name}`, at);
  }

  private match(pattern: RegExp): string | undefined {
    pattern.lastIndex = this.pos;
    const m = pattern.exec(this.text);
    if (!m || m[0] === '') return undefined;
    this.pos += m[0].length;
    return m[0];
  }

  private fail(message: string, at: number = this.pos): void {
    this.errors.push(`${message} at offset ${at}`);
  }
}
