// markdownlint-style comments that silence rules:
//   <!-- weekly-report-disable [codes] -->   … <!-- weekly-report-enable [codes] -->
//   <!-- weekly-report-disable-next-line [codes] -->   <!-- weekly-report-disable-line [codes] -->
//   <!-- weekly-report-disable-file [codes] -->
// No codes means every rule. Codes may be separated by spaces or commas.

const COMMENT = /<!--\s*weekly-report-(disable-next-line|disable-line|disable-file|disable|enable)\b([^>]*?)-->/gi;

/** Disabled-ness of every rule at one point: a default for all rules plus per-code exceptions. */
interface State {
  all: boolean;
  codes: ReadonlyMap<string, boolean>;
}

const NOTHING_DISABLED: State = { all: false, codes: new Map() };

export interface Suppressions {
  /** Whether findings of `code` starting on `line` are silenced. */
  isSuppressed(code: string, line: number): boolean;
}

function disabledIn(state: State | undefined, code: string): boolean {
  return state !== undefined && (state.codes.get(code) ?? state.all);
}

function apply(state: State, disable: boolean, codes: string[]): State {
  if (codes.length === 0) return { all: disable, codes: new Map() };
  const next = new Map(state.codes);
  for (const c of codes) next.set(c, disable);
  return { all: state.all, codes: next };
}

function parseCodes(text: string): string[] {
  return text
    .split(/[\s,]+/)
    .map((c) => c.trim().toLowerCase())
    .filter(Boolean);
}

export function readSuppressions(lines: readonly string[]): Suppressions {
  // States only change on comment lines, so `perLine` shares one object across unchanged runs.
  const perLine: State[] = [];
  const extra = new Map<number, State>();
  let fileState: State = NOTHING_DISABLED;
  let state: State = NOTHING_DISABLED;
  for (let line = 0; line < lines.length; line++) {
    const text = lines[line];
    if (typeof text === 'string' && text.includes('weekly-report-')) {
      for (const m of text.matchAll(COMMENT)) {
        const kind = m[1].toLowerCase();
        const codes = parseCodes(m[2]);
        if (kind === 'disable' || kind === 'enable') state = apply(state, kind === 'disable', codes);
        else if (kind === 'disable-file') fileState = apply(fileState, true, codes);
        else {
          const target = kind === 'disable-next-line' ? line + 1 : line;
          extra.set(target, apply(extra.get(target) ?? NOTHING_DISABLED, true, codes));
        }
      }
    }
    perLine.push(state);
  }
  return {
    isSuppressed(code, line) {
      const c = code.toLowerCase();
      return disabledIn(fileState, c) || disabledIn(perLine[line], c) || disabledIn(extra.get(line), c);
    },
  };
}
