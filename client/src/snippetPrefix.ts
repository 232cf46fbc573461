// When typing at the start of a line in a report should open the suggestion list (suggestWhileTyping.ts);
// no `vscode` here, so unit tests can run it.

/** `z` alone starts too many words; two characters (`zb`, `we`, `周报`) say what is meant. */
const MIN_TYPED = 2;

/** What a person types before a snippet prefix on its line: indentation, a list marker, heading hashes. */
const LINE_LEAD = /^\s*(?:[-*+]\s+|\d+[.)]\s+|#{1,6}\s+)?/;

/**
 * The word typed at the start of the line before `character`, when the line holds nothing else
 * before it; undefined otherwise.
 */
export function wordAtLineStart(lineText: string, character: number): string | undefined {
  const before = lineText.slice(0, character);
  const lead = LINE_LEAD.exec(before)?.[0] ?? '';
  const word = before.slice(lead.length);
  return /^\S+$/.test(word) ? word : undefined;
}

/** Whether typing turned the line's first word into the start of a snippet prefix just now. */
export function startsSnippetPrefix(wordBefore: string | undefined, wordAfter: string | undefined, prefixes: readonly string[]): boolean {
  if (wordAfter === undefined || wordAfter.length < MIN_TYPED) return false;
  // Once open, the list filters itself as typing goes on: trigger only on the way in.
  if (wordBefore !== undefined && wordBefore.length >= MIN_TYPED && wordAfter.startsWith(wordBefore)) return false;
  const typed = wordAfter.toLowerCase();
  return prefixes.some((prefix) => prefix.startsWith(typed));
}
