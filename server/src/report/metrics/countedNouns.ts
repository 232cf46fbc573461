// English counts named by the words after them: `we landed 133 PRs`, `12 apps were removed`,
// `148 more apps were updated`, `41 package reviews have been added, 12 have been updated and 7 have
// been removed`, `2 Regressions, 3 Improvements, 6 Mixed; 4 of them in rollups`.
// The noun must agree with the number (`Node 22 upgrade` is a version, not 22 upgrades), except in an
// enumeration, where the previous count already showed that the list counts things.
import type { LabelSpan } from './labels';
import { isAsciiLetter, isSpace, wordAt } from './text';

/** Words after a number that do not name what is counted (`464 this week`, `3 of them`). */
export const NOT_A_COUNTED_NOUN = new Set([
  'in',
  'on',
  'at',
  'to',
  'of',
  'for',
  'from',
  'by',
  'with',
  'and',
  'or',
  'vs',
  'the',
  'a',
  'an',
  'this',
  'that',
  'these',
  'those',
  'last',
  'next',
  'per',
  'more',
  'less',
  'than',
  'is',
  'are',
  'was',
  'were',
  'out',
  'over',
  'under',
  'up',
  'down',
  'but',
  'so',
  'as',
  'if',
  'it',
  'we',
  'i',
  'you',
  'our',
  'its',
  'has',
  'have',
  'had',
  'be',
  'been',
  'not',
  'no',
  'yes',
  'now',
  'today',
  'ago',
  'left',
  'got',
  'get',
]);
const IRREGULAR_PLURALS = new Set(['people', 'children', 'men', 'women', 'data', 'media', 'criteria', 'feet']);
/** `were removed`, `have been updated`, `was newly added`: the verb after a count says what happened. */
const AUXILIARIES = new Set(['was', 'were', 'is', 'are', 'been', 'got', 'get', 'have', 'has']);
const IRREGULAR_PARTICIPLES = new Set(['built', 'made', 'done', 'written', 'taken', 'given', 'found', 'run', 'sent', 'shipped']);
const MAX_NOUN_WORDS = 3;

export function isPlural(word: string): boolean {
  const lower = word.toLowerCase();
  if (IRREGULAR_PLURALS.has(lower)) return true;
  return lower.length > 2 && lower.endsWith('s') && !/(?:ss|us|is)$/.test(lower);
}

function isParticiple(word: string): boolean {
  const lower = word.toLowerCase();
  return (lower.length > 3 && lower.endsWith('ed')) || IRREGULAR_PARTICIPLES.has(lower);
}

interface Word {
  text: string;
  start: number;
  end: number;
}

/** Up to `limit` words separated by single spaces, starting at `from` (after spaces). */
function wordsAt(t: string, from: number, limit: number): Word[] {
  const words: Word[] = [];
  let i = from;
  while (words.length < limit) {
    let j = i;
    while (isSpace(t[j]) && j - i < 3) j++;
    if (!isAsciiLetter(t[j])) break;
    const text = wordAt(t, j);
    // A word glued to digits or `-` is a name (`RISCV64`, `x86-64`), not a counted noun.
    if (/[\w-]/.test(t[j + text.length] ?? '')) break;
    words.push({ text, start: j, end: j + text.length });
    i = j + text.length;
  }
  return words;
}

/** `were removed`, `have been updated`, `was newly added` starting at `words[k]`: the participle. */
function participleAt(words: Word[], k: number): Word | undefined {
  let j = k;
  if (!AUXILIARIES.has(words[j]?.text.toLowerCase() ?? '')) return undefined;
  j++;
  if (words[j]?.text.toLowerCase() === 'been') j++;
  if (words[j]?.text.toLowerCase().endsWith('ly')) j++;
  return words[j] && isParticiple(words[j].text) ? words[j] : undefined;
}

export interface CountedNoun {
  label: LabelSpan;
  /** What is counted, without the verb: carried to the next numbers of an enumeration. */
  noun: string;
}

/**
 * The count named by the words after a number ending at `numberEnd`. `enumerated` is the noun of the
 * previous count in the same sentence, when there is one.
 */
export function countedNounAfter(
  t: string,
  text: string,
  numberEnd: number,
  value: number,
  enumerated: string | undefined,
  acronymCounts = false,
): CountedNoun | undefined {
  const words = wordsAt(t, numberEnd, MAX_NOUN_WORDS + 4);
  if (words.length === 0) return undefined;
  // `12 have been updated`, `7 were removed`: the enumeration's noun, and what happened to it.
  if (enumerated) {
    const verb = participleAt(words, 0);
    if (verb) return { noun: enumerated, label: { text: `${enumerated} ${verb.text}`, start: words[0].start, end: verb.end } };
    if (words[0].text.toLowerCase() === 'of' && words[1]?.text.toLowerCase() === 'them' && words[2]) {
      const rest = words.slice(2, 2 + MAX_NOUN_WORDS);
      const last = rest[rest.length - 1];
      return { noun: enumerated, label: { text: text.slice(rest[0].start, last.end), start: rest[0].start, end: last.end } };
    }
  }
  let k = 0;
  if (words[k].text.toLowerCase() === 'more') k++;
  const nounStart = k;
  let nounEnd = -1;
  // Words before the plural qualify it: `5 new users`, `41 package reviews`, `356 web fonts`.
  for (; k < words.length && k - nounStart < MAX_NOUN_WORDS; k++) {
    const lower = words[k].text.toLowerCase();
    if (NOT_A_COUNTED_NOUN.has(lower) || AUXILIARIES.has(lower)) break;
    if (isPlural(words[k].text)) {
      nounEnd = k;
      break;
    }
  }
  // A singular noun counts one thing (`1 app was added`) or, in a list, whatever the list counts (`6 Mixed`).
  const firstWord = words[nounStart]?.text.toLowerCase() ?? '';
  const acronym = acronymCounts && /^[A-Z]{2,5}$/.test(words[nounStart]?.text ?? '');
  if (
    nounEnd < 0 &&
    (value === 1 || enumerated || acronym) &&
    firstWord &&
    !NOT_A_COUNTED_NOUN.has(firstWord) &&
    !AUXILIARIES.has(firstWord)
  )
    nounEnd = nounStart;
  if (nounEnd < 0) return undefined;
  const first = words[nounStart];
  const noun = text.slice(first.start, words[nounEnd].end);
  const verb = participleAt(words, nounEnd + 1);
  const end = verb ? verb.end : words[nounEnd].end;
  return { noun, label: { text: verb ? `${noun} ${verb.text}` : noun, start: first.start, end } };
}
