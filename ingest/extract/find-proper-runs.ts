/* Extraction stage 3a: runs of capitalised tokens ("Office of the U.S. Trade Representative"). */

import type { Token } from './types.js';
import { ORGANIZATION_HEADS } from './lexicons/organization-words.js';
import { AGREEMENT_HEADS } from './lexicons/agreement-words.js';
import { PORTFOLIO_WORDS } from './lexicons/portfolios.js';
import { STOP_WORDS } from './lexicons/stop-words.js';

/** Lower-case words allowed inside a run when a capitalised word follows. */
const CONNECTORS = new Set(['of', 'for', 'de', 'del', 'della', 'da', 'do', 'dos', 'van', 'von', 'der', 'la', 'le', 'al', 'bin', '&', 'und', 'du']);

export interface Run {
  /** Index of the first and one past the last token in the sentence's token list. */
  from: number;
  to: number;
}

function isCapWord(t: Token | undefined): boolean {
  return !!t && !t.masked && t.cap && /^\p{Lu}/u.test(t.text);
}

export function findProperRuns(tokens: Token[]): Run[] {
  const runs: Run[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!isCapWord(tokens[i])) {
      i++;
      continue;
    }
    let j = i + 1;
    for (;;) {
      const t = tokens[j];
      if (isCapWord(t) && t!.start - tokens[j - 1]!.end <= 1) {
        j++;
        continue;
      }
      // "of the", "for", "de" … between capitalised words.
      if (t && CONNECTORS.has(t.lower)) {
        let k = j + 1;
        while (CONNECTORS.has(tokens[k]?.lower ?? '')) k++;
        if (tokens[k]?.lower === 'the') k++;
        if (isCapWord(tokens[k])) {
          j = k + 1;
          continue;
        }
      }
      // "Council on Foreign Relations", "Food and Agriculture Organization": only inside a body's name.
      if (t && (t.lower === 'on' || t.lower === 'and') && isCapWord(tokens[j + 1])) {
        let k = j + 1;
        while (isCapWord(tokens[k]) || (CONNECTORS.has(tokens[k]?.lower ?? '') && isCapWord(tokens[k + 1]))) k++;
        const head = (w: string | undefined): boolean => !!w && (!!ORGANIZATION_HEADS[w] || AGREEMENT_HEADS.has(w));
        const before = tokens.slice(i, j).some((x) => head(x.lower));
        const portfolioTail = t.lower === 'and' && before && k === j + 2 && PORTFOLIO_WORDS.has(tokens[j + 1]!.lower) && tokens.slice(i, j).some((x) => x.lower === 'for' || x.lower === 'of');
        if ((t.lower === 'on' && before && !STOP_WORDS.has(tokens[j + 1]!.lower)) || (t.lower === 'and' && head(tokens[k - 1]?.lower) && !before) || portfolioTail) {
          j = k;
          continue;
        }
      }
      // "Prime Minister's Office": a possessive inside an organization's name.
      if (t && (t.text === "'s" || t.text === "'") && /^(minister|president|premier|governor|chancellor|secretary)$/.test(tokens[j - 1]!.lower) && isCapWord(tokens[j + 1]) && ORGANIZATION_HEADS[tokens[j + 1]!.lower] && tokens[j + 2]?.cap !== true) {
        j += 2;
        continue;
      }
      break;
    }
    runs.push({ from: i, to: j });
    i = j;
  }
  return runs;
}
