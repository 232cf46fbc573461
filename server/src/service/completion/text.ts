// Completion's words come from the one catalogue, report/i18n.ts, like every other sentence.
import { interfaceText, type CompletionText, type Locale } from '../../report/i18n';

export type { CompletionText } from '../../report/i18n';

export function completionText(locale: Locale): CompletionText {
  return interfaceText(locale).completion;
}
