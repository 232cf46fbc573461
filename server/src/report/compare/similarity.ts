// Names that are one thing renamed from one week to the next: sections and labels are edited
// (本周系统运行数据, 稳定性问题复盘跟进), and a rename is no disappearance.
import { memoByString } from '../memo';

/**
 * Two normalised names that are one thing renamed: equal; one holding the other in its middle
 * (系统运行数据 → 本周系统运行数据) or extended at an end (IDE → IDE for RISC-V); sharing most of
 * their character pairs (Dice ≥ 0.6: 稳定性问题跟进 → 稳定性问题复盘跟进); or, for Chinese names,
 * most of their characters (大量招募实习生 → 招募长期实习生: words reordered).
 */
export function similarName(a: string, b: string): boolean {
  return a === b || rememberedNames(a, b);
}

/**
 * Section names and labels are the same few strings week after week, held against each other on
 * every keystroke: each pair's answer is worked out once (bounded, see memo.ts).
 */
function memoByNamePair(similar: (a: string, b: string) => boolean): (a: string, b: string) => boolean {
  // The first name's length leads the key, so no two pairs of names share one.
  const byKey = memoByString((key) => {
    const split = key.indexOf(':');
    const length = Number(key.slice(0, split));
    return similar(key.slice(split + 1, split + 1 + length), key.slice(split + 1 + length));
  }, NAME_PAIRS_REMEMBERED);
  return (a, b) => byKey(`${a.length}:${a}${b}`);
}

const NAME_PAIRS_REMEMBERED = 20_000;

const rememberedNames = memoByNamePair(namesAlike);

function namesAlike(a: string, b: string): boolean {
  if (a === b) return true;
  if (!a || !b) return false;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length >= 2 && long.includes(short) && short.length * 2 >= long.length) return true;
  if (short.length >= 3 && (long.startsWith(short) || long.endsWith(short))) return true;
  if (dice(a, b) >= SIMILAR_FROM) return true;
  return isChinese(a) && isChinese(b) && short.length >= 4 && characterDice(a, b) >= SIMILAR_CHARACTERS_FROM;
}

const SIMILAR_FROM = 0.6;
const SIMILAR_CHARACTERS_FROM = 0.7;

function isChinese(text: string): boolean {
  return /^[\u3400-\u9fff]+$/.test(text);
}

/** Dice over single characters (as a multiset): word order aside. */
function characterDice(a: string, b: string): number {
  const counts = new Map<string, number>();
  for (const char of a) counts.set(char, (counts.get(char) ?? 0) + 1);
  let shared = 0;
  for (const char of b) {
    const left = counts.get(char) ?? 0;
    if (left > 0) {
      shared++;
      counts.set(char, left - 1);
    }
  }
  return (2 * shared) / ([...a].length + [...b].length);
}

/** Each pair of neighbouring characters of a text, with how often it occurs. */
export type CharacterPairs = Map<string, number>;

export function characterPairs(text: string): CharacterPairs {
  const chars = [...text];
  const out: CharacterPairs = new Map();
  for (let i = 0; i + 1 < chars.length; i++) out.set(chars[i] + chars[i + 1], (out.get(chars[i] + chars[i + 1]) ?? 0) + 1);
  return out;
}

/** The character pairs some texts are looked for by, with their first characters (code points) for a quick refusal. */
export interface WantedPairs {
  pairs: ReadonlySet<string>;
  firsts: ReadonlySet<number>;
}

export function wantedPairs(wanted: Iterable<CharacterPairs>): WantedPairs {
  const pairs = new Set<string>();
  const firsts = new Set<number>();
  for (const map of wanted) {
    for (const pair of map.keys()) {
      pairs.add(pair);
      firsts.add(pair.codePointAt(0)!);
    }
  }
  return { pairs, firsts };
}

/**
 * `characterPairs(text)` kept to the pairs in `wanted`: all `pairsCovered(w, found)` reads of `found`
 * for a `w` among them. A sentence this week has a hundred pairs, last week's plan a few dozen in all:
 * most characters end here at a lookup of their code point, without a pair string made or counted.
 */
export function characterPairsAmong(text: string, wanted: WantedPairs): CharacterPairs {
  const out: CharacterPairs = new Map();
  let previousAt = -1;
  let previousCode = 0;
  for (let at = 0; at < text.length;) {
    const code = text.codePointAt(at)!;
    const next = at + (code > 0xffff ? 2 : 1);
    if (previousAt >= 0 && wanted.firsts.has(previousCode)) {
      const pair = text.slice(previousAt, next);
      if (wanted.pairs.has(pair)) out.set(pair, (out.get(pair) ?? 0) + 1);
    }
    previousAt = at;
    previousCode = code;
    at = next;
  }
  return out;
}

/**
 * How much of a text another holds, 0–1: the share of `wanted`'s character pairs found in `found`
 * (both from `characterPairs`). A planned item (支付通道切换) is still itself inside a longer
 * sentence telling it done.
 */
export function pairsCovered(wanted: CharacterPairs, found: CharacterPairs): number {
  let shared = 0;
  let total = 0;
  for (const [pair, count] of wanted) {
    total += count;
    shared += Math.min(count, found.get(pair) ?? 0);
  }
  return total === 0 ? 0 : shared / total;
}

function dice(a: string, b: string): number {
  const pairs = characterPairs;
  const left = pairs(a);
  const right = pairs(b);
  let shared = 0;
  let total = 0;
  for (const count of left.values()) total += count;
  for (const count of right.values()) total += count;
  for (const [pair, count] of left) shared += Math.min(count, right.get(pair) ?? 0);
  return total === 0 ? 0 : (2 * shared) / total;
}

/** Section names carry counts and dates that change every week (`新增PR：+23个`): they are left out. */
export function similarSectionName(a: string, b: string): boolean {
  return a === b || rememberedSectionNames(a, b);
}

const rememberedSectionNames = memoByNamePair((a, b) => similarName(a, b) || similarName(withoutDigits(a), withoutDigits(b)));

/** A name without its numbers: what is left of a section name whose counts change every week. */
export function withoutDigits(name: string): string {
  return name.replace(/\d+/g, '');
}
