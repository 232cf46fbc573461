// The `weekly-report` command: the same core as the language server, for CI and terminals.
import { parseArgs, UsageError } from './cli/args';
import { readReportFile } from './cli/readReportFile';
import { outlineTree, renderOutlineText } from './cli/outline';
import { parseReport } from './report/parseReport';

const USAGE = `usage: weekly-report <command> [options]
commands:
  outline FILE [--format text|json]   print the section tree`;

type Command = (argv: string[]) => number;

const commands: Record<string, Command> = {
  outline(argv) {
    const args = parseArgs(argv, { values: { format: ['text', 'json'] }, switches: [] });
    const file = singleFile(args.positional);
    const report = parseReport(readReportFile(file), { fileName: file });
    const tree = outlineTree(report.sections);
    process.stdout.write(args.flags.format === 'json' ? `${JSON.stringify(tree, null, 2)}\n` : renderOutlineText(tree));
    return 0;
  },
};

function singleFile(positional: string[]): string {
  if (positional.length !== 1) throw new UsageError(positional.length ? 'expected exactly one FILE' : 'missing FILE');
  return positional[0];
}

export function main(argv: string[]): number {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return name ? 0 : 2;
  }
  const command = commands[name];
  try {
    if (!command) throw new UsageError(`unknown command "${name}"`);
    return command(rest);
  } catch (e) {
    const message = e instanceof UsageError ? e.message : `internal error: ${(e as Error).message ?? e}`;
    process.stderr.write(`weekly-report: ${message}\n`);
    return 2;
  }
}

process.exitCode = main(process.argv.slice(2));
