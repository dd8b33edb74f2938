/* Tests: matchTitle. */

import { describe, expect, it } from 'vitest';
import { matchTitle } from './match-title.js';
import { tokenizeSentence } from './tokenize-sentence.js';

const title = (text: string, word: string): ReturnType<typeof matchTitle> => {
  const tokens = tokenizeSentence({ index: 0, start: 0, end: text.length, text });
  return matchTitle(
    tokens,
    tokens.findIndex((t) => t.text === word),
    0,
  );
};

describe('matchTitle', () => {
  it.each([
    ['Agriculture Minister Heath', 'Minister', { title: 'Minister', portfolio: 'Agriculture', minister: true }],
    ['Foreign Affairs Minister Anita', 'Minister', { title: 'Minister', portfolio: 'Foreign Affairs', minister: true }],
    ['Minister of Finance Chrystia', 'Minister', { title: 'Minister', portfolio: 'Finance', minister: true }],
    ['Prime Minister Mark', 'Prime', { title: 'Prime Minister', minister: false }],
    ['Commerce Secretary Howard', 'Secretary', { title: 'Secretary', portfolio: 'Commerce', minister: true }],
    ['President Claudia', 'President', { title: 'President', minister: false }],
    ['when then-president Anwar', 'then-president', { title: 'President', minister: false }],
    ['Chinese vice-foreign minister Zhou', 'minister', { title: 'Minister', portfolio: 'Foreign Affairs', minister: true }],
    ['Spanish farm minister Carlos', 'minister', { title: 'Minister', portfolio: 'Farm', minister: true }],
    ['the EC external trade chief Willy', 'chief', { title: 'Chief', portfolio: 'External Trade', minister: false }],
    ['Treasurer Peter', 'Treasurer', { title: 'Treasurer', minister: false }],
  ])('when the phrase is "%s", then the title is %j', (text, word, expected) => {
    expect(title(text, word)).toMatchObject(expected);
  });

  it('when the word is no title, then nothing matches', () => {
    expect(title('Trade remains', 'Trade')).toBeNull();
    expect(title('the chief economist Jane', 'chief')).toBeNull();
  });
});
