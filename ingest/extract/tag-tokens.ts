/* Extraction stage 2c: part-of-speech tags and lemmas on the document's tokens, from wink-nlp's English model. */

import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { Token } from './types.js';

/**
 * The model ships inside its npm package (no download at run time). Only the pipes the rules read
 * are run: sentence boundaries are wink's own need for tagging; our splitter still decides the
 * sentences (it keeps wire copy's line wraps and abbreviations; see README, "The linguistic layer").
 */
const nlp = winkNLP(model, ['sbd', 'pos']);
const its = nlp.its;

interface Tagged {
  start: number;
  end: number;
  pos: string;
  lemma: string;
}

/** wink's tokens of `text` with their character offsets (rebuilt from each token's preceding spaces). */
function winkTokens(text: string): Tagged[] {
  const doc = nlp.readDoc(text);
  const tokens = doc.tokens();
  const values = tokens.out() as string[];
  const spaces = tokens.out(its.precedingSpaces) as string[];
  const pos = tokens.out(its.pos) as string[];
  const lemmas = tokens.out(its.lemma as Parameters<typeof tokens.out>[0]) as string[];
  const out: Tagged[] = [];
  let at = 0;
  for (let i = 0; i < values.length; i++) {
    at += spaces[i]!.length;
    const value = values[i]!;
    // wink normalises nothing it tokenizes, but stay safe: realign on the next occurrence if it drifts.
    if (text.startsWith(value, at) === false) {
      const found = text.indexOf(value, at);
      if (found === -1) continue;
      at = found;
    }
    out.push({ start: at, end: at + value.length, pos: pos[i]!, lemma: (lemmas[i] ?? value).toLowerCase() });
    at += value.length;
  }
  return out;
}

/**
 * Each token with the tag and lemma of the wink token that covers its first character. A token
 * that wink splits further ("U.S.-Peru") takes its first piece's tag; its lemma is then its own
 * lower-cased text. Returns new token arrays; the input is not changed.
 */
export function tagTokens(text: string, sentences: readonly (readonly Token[])[]): Token[][] {
  const tagged = winkTokens(text);
  let k = 0;
  return sentences.map((tokens) =>
    tokens.map((t) => {
      while (k < tagged.length && tagged[k]!.end <= t.start) k++;
      // Tokens come in document order, but a sentence may be re-tokenized: step back when needed.
      while (k > 0 && tagged[k - 1]!.end > t.start) k--;
      const w = tagged[k];
      if (!w || w.start > t.start) return { ...t, pos: 'X', lemma: t.lower };
      const exact = w.start === t.start && w.end === t.end;
      return { ...t, pos: w.pos, lemma: exact ? w.lemma : t.lower };
    }),
  );
}
