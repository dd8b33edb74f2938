/* Extraction stage 3d: public bodies written in lower case ("the commerce ministry", "the Tunisian central bank"). */

import type { RawMention, Token } from './types.js';
import { countryGazetteer } from './country-gazetteer.js';
import { PORTFOLIO_WORDS, WEAK_PORTFOLIO_WORDS } from './lexicons/portfolios.js';

const lowerWord = (t: Token | undefined): boolean => !!t && !t.cap && /^\p{Ll}[\p{Ll}-]*$/u.test(t.text);

/**
 * Public bodies that news copy writes in lower case, named by their portfolio or their country:
 * "the commerce ministry", "the Dutch agriculture ministry", "the Tunisian central bank",
 * "Finland's parliament", "the upper house". A bare "the ministry" or "the central bank" names none.
 */
export function findCommonBodies(tokens: Token[], text: string): RawMention[] {
  const g = countryGazetteer();
  const out: RawMention[] = [];
  const demonymAt = (k: number): boolean => !!tokens[k]?.cap && g.forms.get(tokens[k]!.text)?.form === 'demonym';
  const push = (from: number, to: number, kind: string): void => {
    const start = tokens[from]!.start;
    const end = tokens[to - 1]!.end;
    const name = text.slice(start, end);
    out.push({
      type: 'Organization',
      key: name.toLowerCase(),
      name,
      start,
      end,
      text: name,
      sentence: tokens[from]!.sentence,
      form: 'name',
      properties: { kind },
    });
  };
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.cap) continue;
    if (t.lower === 'ministry') {
      let k = i;
      while (k > i - 3 && lowerWord(tokens[k - 1]) && PORTFOLIO_WORDS.has(tokens[k - 1]!.lower)) k--;
      if (k === i || tokens.slice(k, i).every((x) => WEAK_PORTFOLIO_WORDS.has(x.lower))) continue;
      if (demonymAt(k - 1)) k--;
      push(k, i + 1, 'government');
    } else if (t.lower === 'bank' && tokens[i - 1]!.lower === 'central' && lowerWord(tokens[i - 1]) && demonymAt(i - 2)) {
      push(i - 2, i + 1, 'bank');
    } else if (t.lower === 'parliament' && tokens[i - 1]!.text === "'s" && g.forms.get(tokens[i - 2]?.text ?? '')?.form === 'name') {
      push(i - 2, i + 1, 'legislature');
    } else if (t.lower === 'house' && /^(?:upper|lower)$/.test(tokens[i - 1]!.text) && tokens[i - 2]?.lower === 'the') {
      push(i - 1, i + 1, 'legislature');
    }
  }
  return out;
}
