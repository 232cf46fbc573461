// Argument parsing for the CLI: every mistake becomes a UsageError (one line, exit code 2).

export class UsageError extends Error {}

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

export function parseArgs(argv: string[], spec: FlagSpec): ParsedArgs {
  const parsed: ParsedArgs = { positional: [], flags: {}, switches: new Set() };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (!arg.startsWith('--') || arg === '--') {
      parsed.positional.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq > 0 ? arg.slice(2, eq) : arg.slice(2);
    if (spec.switches.includes(name)) {
      if (eq > 0) throw new UsageError(`--${name} takes no value`);
      parsed.switches.add(name);
      continue;
    }
    const allowed = spec.values[name];
    if (!allowed) throw new UsageError(`unknown option --${name}`);
    const value = eq > 0 ? arg.slice(eq + 1) : argv[++i];
    if (value === undefined || value.startsWith('--')) throw new UsageError(`--${name} needs a value`);
    if (allowed.length && !allowed.includes(value)) throw new UsageError(`--${name} must be one of ${allowed.join(', ')} (got "${value}")`);
    parsed.flags[name] = value;
  }
  return parsed;
}
