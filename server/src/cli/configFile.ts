// `--config FILE`: the `weeklyReport` settings as JSON. Accepted shapes: the settings object itself
// (`{"thresholds": […]}`), wrapped (`{"weeklyReport": {…}}`), or a VS Code settings.json with
// `weeklyReport.*` keys, comments and trailing commas included. A broken file costs the settings,
// never the check: the caller prints the problems and goes on with defaults.
import type { Locale } from '../report/base/locale';
import { readSettings, type SettingsResult } from '../report/settings';
import { message } from '../report/i18n';
import { UsageError } from './args';
import { cliReader } from './readReportFile';
import { cliMessages } from './messages';

const MAX_CONFIG_BYTES = 1024 * 1024;

export function readConfigFile(file: string | undefined, locale: Locale): SettingsResult {
  if (file === undefined) return readSettings(undefined, locale);
  const text = readConfigText(file, locale);
  let raw: unknown;
  try {
    raw = JSON.parse(stripJsonComments(text));
  } catch (e) {
    const reason = (e as Error).message;
    return { settings: readSettings(undefined).settings, problems: [cliMessages(locale).configNotJson(file, reason)] };
  }
  const wrapped = isRecord(raw) && isRecord(raw['weeklyReport']) ? raw['weeklyReport'] : raw;
  const result = readSettings(wrapped, locale);
  return { settings: result.settings, problems: result.problems.map((problem) => `${file}: ${problem}`) };
}

// Through the CLI's one reader: `--config /dev/zero` or a FIFO is refused, not read forever. A
// path that does not exist is a typo on the command line, not a broken config: a usage error.
function readConfigText(file: string, locale: Locale): string {
  const read = cliReader.read(file, { maxBytes: MAX_CONFIG_BYTES });
  if (!read.ok)
    throw new UsageError(message(locale, 'fileRefused', { file: `--config ${file}`, reason: read.reason, detail: read.detail }));
  return read.text;
}

/** JSONC → JSON: `//` and `/* *\/` comments and trailing commas removed, strings left alone. */
export function stripJsonComments(text: string): string {
  return removeOutsideStrings(removeOutsideStrings(text, commentLength), trailingCommaLength);
}

/** How many characters at `i` to drop (0: keep the character). */
type Dropper = (text: string, i: number) => number;

const commentLength: Dropper = (text, i) => {
  if (text[i] !== '/') return 0;
  if (text[i + 1] === '/') {
    const newline = text.indexOf('\n', i);
    return (newline < 0 ? text.length : newline) - i;
  }
  if (text[i + 1] === '*') {
    const close = text.indexOf('*/', i + 2);
    return (close < 0 ? text.length : close + 2) - i;
  }
  return 0;
};

const trailingCommaLength: Dropper = (text, i) => (text[i] === ',' && /^\s*[}\]]/.test(text.slice(i + 1, i + 200)) ? 1 : 0);

function removeOutsideStrings(text: string, drop: Dropper): string {
  let out = '';
  let i = 0;
  while (i < text.length) {
    if (text[i] === '"') {
      const end = endOfString(text, i);
      out += text.slice(i, end);
      i = end;
      continue;
    }
    const dropped = drop(text, i);
    if (dropped > 0) {
      i += dropped;
    } else {
      out += text[i];
      i++;
    }
  }
  return out;
}

function endOfString(text: string, start: number): number {
  let i = start + 1;
  while (i < text.length && text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
  return Math.min(i + 1, text.length);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
