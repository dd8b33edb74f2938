/* Tests: tokenizeSentence. */

import { describe, expect, it } from 'vitest';
import { tokenizeSentence } from './tokenize-sentence.js';

const tokens = (text: string): string[] =>
  tokenizeSentence({ index: 0, start: 0, end: text.length, text })
    .filter((t) => !t.masked)
    .map((t) => t.text);

describe('tokenizeSentence', () => {
  it.each([
    ['abbreviations', 'the U.S. deal', ['the', 'U.S.', 'deal']],
    ['party lists', 'U.S.-Mexico-Canada pact', ['U.S.-Mexico-Canada', 'pact']],
    ['possessives', "Carney's visit", ['Carney', "'s", 'visit']],
    ['"-led" suffixes', 'UN-led funding', ['UN', '-led', 'funding']],
    ['hyphenated given names', 'Ahn Duk-geun said', ['Ahn', 'Duk-geun', 'said']],
    ['a final period', 'in 2024.', ['in', '2024', '.']],
    ['middle initials', 'George W. Bush said', ['George', 'W.', 'Bush', 'said']],
  ])('when a sentence has %s, then they are tokenized as words', (_what, text, expected) => {
    expect(tokens(text)).toEqual(expected);
  });

  it('when a sentence has URLs and handles, then their tokens are masked', () => {
    const all = tokenizeSentence({ index: 0, start: 0, end: 40, text: 'Sheinbaum (@Claudiashein) https://t.co/x1' });
    expect(
      all
        .filter((t) => t.masked)
        .map((t) => t.text)
        .join(''),
    ).toContain('Claudiashein');
    expect(all.find((t) => t.text === 'Sheinbaum')?.masked).toBe(false);
  });
});
