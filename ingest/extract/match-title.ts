/* Extraction: recognise a title of office at a token position ("Foreign Affairs Minister", "PM"). */

import type { Token } from './types.js';
import { MINISTER_TITLES, OFFICE_TITLES, TITLE_ABBREVIATIONS } from './lexicons/titles.js';
import { PORTFOLIO_WORDS, WEAK_PORTFOLIO_WORDS } from './lexicons/portfolios.js';

export interface TitleMatch {
  /** Token range of the whole phrase, portfolio included. */
  from: number;
  to: number;
  title: string;
  portfolio?: string;
  minister: boolean;
}

const TITLES_BY_WORDS = [...OFFICE_TITLES].map((t) => t.split(' ')).sort((a, b) => b.length - a.length);

function titleCase(words: string[]): string {
  return words
    .map((w) =>
      w === 'and' || w === 'of' || w === 'for' ? w : w.replace(/(^|-)(\p{L})/gu, (_m, d: string, c: string) => d + c.toUpperCase()),
    )
    .join(' ');
}

/** Length in tokens of an office title starting exactly at `at`, or 0. */
/** "then-president", "ex-premier", "former-President": a time prefix fused to the title word. */
const FUSED_PREFIX = /^(?:then|ex|former)-/;

/** A token's lower-case form with a fused time prefix dropped. */
const bare = (t: Token | undefined): string | undefined => t?.lower.replace(FUSED_PREFIX, '');

export function titleLengthAt(tokens: Token[], at: number): number {
  const first = tokens[at];
  if (!first) return 0;
  if (TITLE_ABBREVIATIONS[first.lower] && first.cap) return 1;
  for (const words of TITLES_BY_WORDS) {
    if (words.every((w, k) => (k === 0 ? bare(tokens[at]) : tokens[at + k]?.lower) === w)) return words.length;
  }
  // "the EU's energy chief Pieter Vandamme": "chief" after a portfolio, right before a name.
  if (first.lower === 'chief' && at > 0 && isPortfolio(tokens[at - 1]!) && /^\p{Lu}\p{Ll}/u.test(tokens[at + 1]?.text ?? '')) return 1;
  return 0;
}

/** A portfolio word, also when fused to "vice-" or "deputy-" ("vice-foreign minister"). */
const isPortfolio = (t: Token): boolean =>
  PORTFOLIO_WORDS.has(t.lower) || PORTFOLIO_WORDS.has(t.lower.replace(/^(?:vice|deputy|first)-/, ''));

/** Portfolio words standing right before `at` (going left), e.g. "Finance and Revenue". */
function portfolioBefore(tokens: Token[], at: number, floor: number): number {
  let k = at;
  while (k > floor) {
    const t = tokens[k - 1]!;
    if (isPortfolio(t)) k--;
    else if (t.lower === 'and' && k - 2 >= floor && isPortfolio(tokens[k - 2]!) && k < at) k--;
    else break;
  }
  if (tokens[k]?.lower === 'and') k++;
  return k;
}

/** A title phrase whose title word starts at `at`; portfolio words may precede it (down to `floor`). */
export function matchTitle(tokens: Token[], at: number, floor: number): TitleMatch | null {
  const length = titleLengthAt(tokens, at);
  if (!length) return null;
  const titleTokens = tokens.slice(at, at + length);
  const abbreviation = length === 1 ? TITLE_ABBREVIATIONS[titleTokens[0]!.lower] : undefined;
  const title = abbreviation ?? titleCase(titleTokens.map((t, k) => (k === 0 ? bare(t)! : t.lower)));
  let from = portfolioBefore(tokens, at, floor);
  let to = at + length;
  let portfolio = tokens
    .slice(from, at)
    .map((t) => t.text)
    .join(' ');
  // "Minister of Foreign Affairs", "Secretary for Trade".
  if (!portfolio && (tokens[to]?.lower === 'of' || tokens[to]?.lower === 'for')) {
    let k = to + 1;
    while (
      tokens[k] &&
      (PORTFOLIO_WORDS.has(tokens[k]!.lower) || (tokens[k]!.lower === 'and' && PORTFOLIO_WORDS.has(tokens[k + 1]?.lower ?? '')))
    )
      k++;
    if (k > to + 1) {
      portfolio = tokens
        .slice(to + 1, k)
        .map((t) => t.text)
        .join(' ');
      to = k;
    }
  }
  portfolio = portfolio.replace(/^(?:vice|deputy|first)-/i, '');
  if (/^foreign$/i.test(portfolio)) portfolio = 'Foreign Affairs';
  const words = portfolio
    .toLowerCase()
    .split(' ')
    .filter((w) => w && w !== 'and');
  if (words.length > 0 && words.every((w) => WEAK_PORTFOLIO_WORDS.has(w))) {
    from = at;
    portfolio = '';
  }
  const minister = MINISTER_TITLES.has(title.toLowerCase()) || (/minister$/i.test(title) && !/prime|chief/i.test(title));
  return { from, to, title, ...(portfolio ? { portfolio: titleCase(portfolio.split(' ')) } : {}), minister };
}
