/* Tests: splitSentences. */

import { describe, expect, it } from 'vitest';
import { splitSentences } from './split-sentences.js';

describe('splitSentences', () => {
  it.each([
    ['two plain sentences', 'Canada agreed. Mexico signed.', ['Canada agreed.', 'Mexico signed.']],
    [
      'an abbreviation inside a name',
      'The U.S. Trade Representative spoke. Then he left.',
      ['The U.S. Trade Representative spoke.', 'Then he left.'],
    ],
    [
      'U.S. ending a sentence before "The"',
      'It was shipped through the U.S. The talks ended.',
      ['It was shipped through the U.S.', 'The talks ended.'],
    ],
    ['a title abbreviation', 'Mr. Clinton won. Dr. Smith lost.', ['Mr. Clinton won.', 'Dr. Smith lost.']],
    ['a quotation ending a sentence', '"We agree," he said. "Good."', ['"We agree," he said.', '"Good."']],
    ['a heading line', 'Key Points\nLeaders met today.', ['Key Points', 'Leaders met today.']],
  ])('when the text has %s, then the sentences are split correctly', (_what, text, expected) => {
    expect(splitSentences(text).map((s) => s.text)).toEqual(expected);
  });

  it('when sentences are split, then their offsets index the text', () => {
    const text = 'First one.\nSecond one here. Third.';
    for (const s of splitSentences(text)) expect(text.slice(s.start, s.end)).toBe(s.text);
  });
});
