// The CLI's own words (summary lines, severity words, notes on skipped files) come from the one
// catalogue, report/i18n.ts, like every other sentence.
import { interfaceText, type CliText, type Locale } from '../report/i18n';

export type { SeverityCounts } from '../report/i18n';

export function cliMessages(locale: Locale): CliText {
  return interfaceText(locale).cli;
}
