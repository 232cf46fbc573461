import { describe, expect, it } from 'vitest';
import { startsSnippetPrefix, wordAtLineStart } from '../../../client/src/snippetPrefix';

const PREFIXES = ['zb', 'zb-xtyx', '周报', 'weekly-okr'];

describe('wordAtLineStart', () => {
  it('is the first word of the line up to the cursor, after indentation, a list marker or heading hashes', () => {
    expect(wordAtLineStart('zb', 2)).toBe('zb');
    expect(wordAtLineStart('  - zb-x', 8)).toBe('zb-x');
    expect(wordAtLineStart('## 周报', 5)).toBe('周报');
    expect(wordAtLineStart('1. we', 5)).toBe('we');
  });

  it('is nothing when other words come before the cursor', () => {
    expect(wordAtLineStart('本周 zb', 5)).toBeUndefined();
    expect(wordAtLineStart('', 0)).toBeUndefined();
  });
});

describe('startsSnippetPrefix', () => {
  it('opens the list when the second character of a snippet prefix is typed', () => {
    expect(startsSnippetPrefix('z', 'zb', PREFIXES)).toBe(true);
    expect(startsSnippetPrefix(undefined, '周报', PREFIXES)).toBe(true);
    expect(startsSnippetPrefix('W', 'We', PREFIXES)).toBe(true);
  });

  it('does not open it again while the word grows (the open list filters itself)', () => {
    expect(startsSnippetPrefix('zb', 'zb-', PREFIXES)).toBe(false);
  });

  it('stays shut for one character and for words no snippet starts with', () => {
    expect(startsSnippetPrefix(undefined, 'z', PREFIXES)).toBe(false);
    expect(startsSnippetPrefix('t', 'to', PREFIXES)).toBe(false);
    expect(startsSnippetPrefix('z', undefined, PREFIXES)).toBe(false);
  });
});
