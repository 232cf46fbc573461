// Argument parsing for the CLI: Node's own `util.parseArgs` splits the command line into tokens;
// this file only checks them against the command's flags, so every mistake becomes a UsageError
// (one line, exit code 2) worded the same for every command.
import { parseArgs as parseTokens, type ParseArgsConfig } from 'node:util';
import { cliProblemText, type CliProblemText, type Locale } from '../report/i18n';

/**
 * A mistake in the command line or a file the user named, said on one line in the language of the
 * run. Thrown where the run's locale may not be known yet (while parsing `--locale` itself, deep in
 * a read): such a one is worded from the catalogue once `main` knows the locale.
 */
export class UsageError extends Error {
  private readonly wording: string | ((locale: Locale) => string);

  constructor(wording: string | ((locale: Locale) => string)) {
    super(typeof wording === 'string' ? wording : wording('en'));
    this.wording = wording;
  }

  /** The message in `locale` (a message worded already is as it was given). */
  in(locale: Locale): string {
    return typeof this.wording === 'string' ? this.wording : this.wording(locale);
  }
}

/** A usage error worded from the CLI's catalogue in the run's language. */
export function usageError(word: (text: CliProblemText) => string): UsageError {
  return new UsageError((locale) => word(cliProblemText(locale)));
}

export interface FlagSpec {
  /** Flags taking a value, with the values allowed (empty array: any value). */
  values: Record<string, string[]>;
  /** Flags without a value. */
  switches: string[];
}

export interface ParsedArgs {
  positional: string[];
  flags: Record<string, string>;
  switches: Set<string>;
}

/**
 * `--name value` and `--name=value` for flags with values, `--name` for switches, the last of a
 * repeated flag wins, and `--` ends the options. A single-dash word (`-`, `-1`, `-notes.md`) is an
 * argument, not an option: the CLI has no short options, so it is kept as written.
 */
export function parseArgs(argv: string[], spec: FlagSpec): ParsedArgs {
  const options: NonNullable<ParseArgsConfig['options']> = {};
  for (const name of Object.keys(spec.values)) options[name] = { type: 'string' };
  for (const name of spec.switches) options[name] = { type: 'boolean' };
  // Not strict: Node's own messages for unknown or ambiguous options would differ per case; the
  // checks below word them once.
  const { tokens } = parseTokens({ args: argv, options, strict: false, allowPositionals: true, tokens: true });

  const parsed: ParsedArgs = { positional: [], flags: {}, switches: new Set() };
  let lastShortIndex = -1;
  for (const token of tokens) {
    if (token.kind === 'positional') {
      parsed.positional.push(token.value);
    } else if (token.kind === 'option' && !token.rawName.startsWith('--')) {
      // `-abc` comes as three tokens at one index: keep the word once.
      if (token.index !== lastShortIndex) parsed.positional.push(argv[token.index]);
      lastShortIndex = token.index;
    } else if (token.kind === 'option') {
      readFlag(token.name, token.value, token.inlineValue === true, spec, parsed);
    }
  }
  return parsed;
}

function readFlag(name: string, value: string | undefined, inline: boolean, spec: FlagSpec, parsed: ParsedArgs): void {
  if (spec.switches.includes(name)) {
    if (inline) throw usageError((t) => t.optionTakesNoValue(`--${name}`));
    parsed.switches.add(name);
    return;
  }
  const allowed = Object.hasOwn(spec.values, name) ? spec.values[name] : undefined;
  if (!allowed) throw usageError((t) => t.unknownOption(`--${name}`));
  // Node takes the next word as the value whatever it is; a flag there means the value is missing.
  if (value === undefined || value.startsWith('--')) throw usageError((t) => t.optionNeedsValue(`--${name}`));
  if (allowed.length && !allowed.includes(value)) throw usageError((t) => t.optionNotAllowed(`--${name}`, allowed, value));
  parsed.flags[name] = value;
}
