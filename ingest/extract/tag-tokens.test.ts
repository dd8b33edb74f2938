/* Tests: the NLP layer — part-of-speech tags and lemmas from wink-nlp, aligned to the extractor's tokens. */

import { describe, expect, it } from 'vitest';
import { splitSentences } from './split-sentences.js';
import { tokenizeSentence } from './tokenize-sentence.js';
import { tagTokens } from './tag-tokens.js';

function tagged(text: string): { text: string; pos?: string; lemma?: string }[] {
  return tagTokens(text, splitSentences(text).map(tokenizeSentence)).flat();
}

describe('tagTokens', () => {
  it('when a sentence has verbs and nouns, then each token gets its part of speech and lemma', () => {
    const t = tagged('The ministers met in Lima and signed two accords.');
    const by = (w: string) => t.find((x) => x.text === w)!;
    expect(by('met')).toMatchObject({ pos: 'VERB', lemma: 'meet' });
    expect(by('signed')).toMatchObject({ pos: 'VERB', lemma: 'sign' });
    expect(by('accords')).toMatchObject({ pos: 'NOUN', lemma: 'accord' });
    expect(by('Lima').pos).toBe('PROPN');
  });

  it('when the text has several sentences and possessives, then every token is tagged and offsets stay aligned', () => {
    const text = "Peru's minister arrived on Monday.\nChile's envoy left.";
    const t = tagged(text);
    expect(t.every((x) => x.pos && x.lemma)).toBe(true);
    expect(t.find((x) => x.text === 'arrived')?.lemma).toBe('arrive');
    expect(t.find((x) => x.text === 'left')?.lemma).toBe('leave');
  });

  it('when the tokens are tagged, then the input tokens are left unchanged', () => {
    const text = 'Anne Cole met Luis Ortega.';
    const tokens = splitSentences(text).map(tokenizeSentence);
    tagTokens(text, tokens);
    expect(tokens[0]![0]!.pos).toBeUndefined();
  });
});
