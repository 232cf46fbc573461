// The CLI's own words (summary lines, severity words, notes on skipped files, its help and its
// one-line errors) come from the one catalogue, report/i18n.ts, like every other sentence.
import { cliProblemText, interfaceText, type CliProblemText, type CliText, type Locale } from '../report/i18n';

export type { SeverityCounts } from '../report/i18n';

export type CliMessages = CliText & CliProblemText;

const byLocale = new Map<Locale, CliMessages>();

export function cliMessages(locale: Locale): CliMessages {
  let messages = byLocale.get(locale);
  if (!messages) byLocale.set(locale, (messages = { ...interfaceText(locale).cli, ...cliProblemText(locale) }));
  return messages;
}
