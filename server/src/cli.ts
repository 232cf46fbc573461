// The `weekly-report` command: the same core as the language server, for CI and terminals.
import { isMainThread } from 'node:worker_threads';
import { repository, version } from '../../package.json';
import { parseArgs, UsageError, usageError, type ParsedArgs } from './cli/args';
import { cliMessages } from './cli/messages';
import { checkExitCode, checkJsonOutput, checkTextOutput, wholeCheckOutput, type CheckedFile, type CheckOutput } from './cli/check';
import { checkFiles, ensureReadable, type CheckedReport, type CheckOptions } from './cli/checkFiles';
import { checkMany, collectSoonerForManyFiles, runCheckWorker } from './cli/checkThreads';
import { readConfigFile } from './cli/configFile';
import { journalMetricsOutput, metricsOutput, renderJournalMetricsText, renderMetricsText } from './cli/metrics';
import { journalOutlineTree, outlineTree, renderOutlineText } from './cli/outline';
import { compareJournalFile, fileJournal } from './cli/journal';
import { readReportFile } from './cli/readReportFile';
import { loadReportFile } from './cli/reportFolder';
import { createSeriesComparer } from './cli/series';
import { createNextReport } from './cli/newReport';
import { historyOutput, renderHistoryText, seriesHistories } from './cli/history';
import { renderHistoryCsv } from './presentation/historyCsv';
import { painter, wantsColor } from './cli/terminal';
import { describeFixOutcome, fixReportFile } from './cli/fix';
import { renderJunit } from './cli/junit';
import { renderSarif } from './cli/sarif';
import { renderComparisonMarkdown } from './presentation/renderMarkdown';
import { renderComparisonText } from './presentation/renderText';
import { renderComparisonPage } from './presentation/renderHtml';
import { toLocale } from './report/i18n';
import { defaultSettings } from './report/settings';
import { parseReport } from './report/parseReport';
import { allRules, type Locale } from './report/rules';
import type { Settings } from './protocol';

type Command = (argv: string[]) => number | Promise<number>;

const LOCALE = { locale: ['en', 'zh-cn'] };
const COLOR = ['color', 'no-color'];

const commands: Record<string, Command> = {
  history,

  outline(argv) {
    const args = parseArgs(argv, { values: { format: ['text', 'json'], ...LOCALE }, switches: [] });
    const file = singleFile(args.positional);
    const loaded = loadReportFile(file, defaultSettings);
    const journal = fileJournal(file, loaded, defaultSettings);
    const tree = journal ? journalOutlineTree(journal) : outlineTree(loaded.report.sections);
    write(args.flags.format === 'json' ? json(tree) : renderOutlineText(tree, localeOf(args)));
    return 0;
  },

  metrics(argv) {
    const args = parseArgs(argv, { values: { format: ['text', 'json'], ...LOCALE }, switches: [] });
    const file = singleFile(args.positional);
    const loaded = loadReportFile(file, defaultSettings);
    const { report, metrics } = loaded;
    const journal = fileJournal(file, loaded, defaultSettings);
    if (journal)
      write(
        args.flags.format === 'json' ? json(journalMetricsOutput(file, journal)) : renderJournalMetricsText(file, journal, localeOf(args)),
      );
    else
      write(
        args.flags.format === 'json'
          ? json(metricsOutput(file, report, metrics))
          : renderMetricsText(file, report, metrics, localeOf(args)),
      );
    return 0;
  },

  async check(argv) {
    const args = parseArgs(argv, {
      values: { format: ['text', 'json', 'sarif', 'junit'], 'max-warnings': [], config: [], root: [], ...LOCALE },
      switches: [...COLOR, 'force', 'fix'],
    });
    if (args.positional.length === 0) throw usageError((t) => t.missingArgument('FILE'));
    const maxWarnings = readMaxWarnings(args.flags['max-warnings']);
    const locale = localeOf(args);
    const settings = readSettingsArg(args, locale);
    const options: CheckOptions = { settings, locale, root: args.flags.root, force: args.switches.has('force') };
    collectSoonerForManyFiles(args.positional.length);
    if (args.switches.has('fix')) {
      // Every file is checked against the others as they were before any is fixed: the fixes are
      // written once the whole run is checked.
      const toFix: CheckedReport[] = [];
      ensureReadable(args.positional);
      await checkFiles(args.positional, options, note, (checked) => void toFix.push(checked));
      for (const { file, report, findings } of toFix) {
        const said = describeFixOutcome(file, fixReportFile(file, report, findings), locale);
        if (said) note(said);
      }
    }
    const output = checkOutput(args.flags.format, locale, wantsColor(args));
    const stdout = new BufferedWriter(write);
    // After --fix, what is left is checked on the files as written (a fixed report may be another
    // one's last week), and the notes on skipped files were said already.
    const say = args.switches.has('fix') ? () => {} : note;
    const print = (result: CheckedFile) => stdout.write(output.add(result));
    await checkMany(args.positional, options, say, print);
    stdout.write(output.end());
    stdout.flush();
    return checkExitCode(output.counts, maxWarnings);
  },

  new(argv) {
    const args = parseArgs(argv, { values: { config: [], ...LOCALE }, switches: ['dry-run'] });
    const file = singleFile(args.positional);
    const locale = localeOf(args);
    const settings = readSettingsArg(args, locale);
    const dryRun = args.switches.has('dry-run');
    const text = readReportFile(file);
    // Without a week of its own, "next week" would be today + 7 days: a file nobody asked for.
    if (!parseReport(text, { fileName: file, weekNumbering: settings.weekNumbering }).week)
      throw new UsageError(cliMessages(locale).newNotAWeek(file));
    const result = createNextReport(file, text, settings, dryRun);
    if (dryRun) write(`# → ${result.file}\n${result.text}`);
    else note(result.created ? cliMessages(locale).created(result.file) : cliMessages(locale).existsUnchanged(result.file));
    return 0;
  },

  async compare(argv) {
    const args = parseArgs(argv, {
      values: { format: ['text', 'json', 'markdown', 'html'], previous: [], week: [], config: [], root: [], ...LOCALE },
      switches: COLOR,
    });
    const file = singleFile(args.positional);
    const locale = localeOf(args);
    const settings = readSettingsArg(args, locale);
    const current = loadReportFile(file, settings);
    const previous = args.flags.previous === undefined ? undefined : loadReportFile(args.flags.previous, settings);
    const named = new Map((previous ? [current, previous] : [current]).map((loaded) => [loaded.uri, loaded]));
    const series = createSeriesComparer(settings, locale, args.flags.root, (uri) => named.get(uri));
    const journal = fileJournal(file, current, settings);
    if (!journal && args.flags.week !== undefined) throw new UsageError(cliMessages(locale).weekOptionNotJournal(file));
    const comparison = journal
      ? await compareJournalFile(file, current, journal, args.flags.week, settings, locale)
      : await series.compare(current, previous);
    switch (args.flags.format) {
      case 'json':
        // `previous: null` rather than a missing key: scripts can test for it.
        write(json({ ...comparison, previous: comparison.previous ?? null }));
        break;
      case 'markdown':
        write(renderComparisonMarkdown(comparison, locale));
        break;
      case 'html':
        write(`${renderComparisonPage(comparison, locale, { inline: true })}\n`);
        break;
      default:
        write(renderComparisonText(comparison, { color: wantsColor(args), locale }));
    }
    return 0;
  },
};

async function history(argv: string[]): Promise<number> {
  const args = parseArgs(argv, { values: { format: ['text', 'csv', 'json'], metric: [], config: [], ...LOCALE }, switches: [] });
  if (args.positional.length === 0) throw usageError((t) => t.missingArgument('PATH'));
  const locale = localeOf(args);
  const histories = await seriesHistories(args.positional, readSettingsArg(args, locale), { metric: args.flags.metric });
  if (args.flags.format === 'json') write(json(historyOutput(histories)));
  else if (args.flags.format === 'csv') write(renderHistoryCsv(historyOutput(histories).rows));
  else write(renderHistoryText(histories, locale));
  return 0;
}

/** What `check` prints, in the format asked for; text is eslint's layout. */
function checkOutput(format: string | undefined, locale: Locale, color: boolean): CheckOutput {
  switch (format) {
    case 'json':
      return checkJsonOutput();
    case 'sarif':
      return wholeCheckOutput((results) => renderSarif(results, allRules, SARIF_TOOL, locale, process.cwd()));
    case 'junit':
      return wholeCheckOutput((results) => renderJunit(results, locale));
    default:
      return checkTextOutput(painter(color), locale);
  }
}

/** Collects small writes into larger ones: one write per checked file would be thousands of system calls. */
class BufferedWriter {
  private chunks: string[] = [];
  private length = 0;

  constructor(private readonly sink: (text: string) => void) {}

  write(text: string): void {
    if (!text) return;
    this.chunks.push(text);
    this.length += text.length;
    if (this.length >= 64 * 1024) this.flush();
  }

  flush(): void {
    if (this.chunks.length) this.sink(this.chunks.join(''));
    this.chunks = [];
    this.length = 0;
  }
}

const SARIF_TOOL = {
  name: 'weekly-report',
  version,
  informationUri: repository.url.replace(/^git\+/, '').replace(/\.git$/, ''),
  rulesAnchor: 'metric-diagnostics-and-quick-fixes',
};

function singleFile(positional: string[]): string {
  if (positional.length !== 1) throw usageError((t) => (positional.length ? t.expectedOneFile : t.missingArgument('FILE')));
  return positional[0];
}

function readMaxWarnings(value: string | undefined): number {
  if (value === undefined) return -1;
  if (!/^-?\d+$/.test(value) || Number(value) < -1) throw usageError((t) => t.maxWarningsNotWhole(value));
  return Number(value);
}

/** `--locale`, else the terminal's language (`zh_CN.UTF-8` reads Chinese). */
function localeOf(args: ParsedArgs): Locale {
  return localeOrTerminal(args.flags.locale);
}

/** The same from the raw command line: `--locale X` or `--locale=X`, the last one given. */
function localeOfArgv(argv: readonly string[]): Locale {
  let given: string | undefined;
  for (let i = 0; i < argv.length && argv[i] !== '--'; i++) {
    if (argv[i] === '--locale') given = argv[i + 1];
    else if (argv[i].startsWith('--locale=')) given = argv[i].slice('--locale='.length);
  }
  return localeOrTerminal(given);
}

function localeOrTerminal(given: string | undefined): Locale {
  const chosen = given ?? process.env.LC_ALL ?? process.env.LC_MESSAGES ?? process.env.LANG;
  return toLocale(chosen?.replace(/_/g, '-'));
}

/** A broken config is reported and replaced by defaults: the check still runs. */
function readSettingsArg(args: ParsedArgs, locale: Locale): Settings {
  const { settings, problems } = readConfigFile(args.flags.config, locale);
  for (const problem of problems) process.stderr.write(`weekly-report: ${problem}\n`);
  return settings;
}

function note(text: string): void {
  process.stderr.write(`weekly-report: ${text}\n`);
}

function json(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

function write(text: string): void {
  process.stdout.write(text);
}

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  // Before the arguments are parsed (a mistake in them is said in this language too).
  const locale = localeOfArgv(rest);
  if (name === '--version' || name === '-V' || name === 'version') {
    write(`${version}\n`);
    return 0;
  }
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    (name ? process.stdout : process.stderr).write(`${cliMessages(locale).usage}\n`);
    return name ? 0 : 2;
  }
  const command = Object.hasOwn(commands, name) ? commands[name] : undefined;
  try {
    if (!command) throw usageError((t) => t.unknownCommand(name));
    if (rest.includes('--help') || rest.includes('-h')) {
      write(`${cliMessages(locale).usage}\n`);
      return 0;
    }
    return await command(rest);
  } catch (e) {
    const message = e instanceof UsageError ? e.in(locale) : cliMessages(locale).internalError(String((e as Error)?.message ?? e));
    process.stderr.write(`weekly-report: ${message}\n`);
    return 2;
  }
}

if (isMainThread) {
  // `weekly-report metrics big.md | head`: a closed pipe ends the run quietly.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });

  void main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
} else {
  // A thread `check` started on this same bundle (cli/checkThreads.ts).
  void runCheckWorker();
}
