/* Extraction stage 3a: runs of capitalised tokens ("Office of the U.S. Trade Representative"). */

import type { Token } from './types.js';
import { ORGANIZATION_HEADS } from './lexicons/organization-words.js';
import { AGREEMENT_HEADS } from './lexicons/agreement-words.js';
import { PORTFOLIO_WORDS } from './lexicons/portfolios.js';
import { PLURAL_TITLES, TITLE_OPENERS } from './lexicons/titles.js';
import { STOP_WORDS } from './lexicons/stop-words.js';
import { countryGazetteer } from './country-gazetteer.js';
import { matchTitle, titleLengthAt } from './match-title.js';

/** Lower-case words allowed inside a run when a capitalised word follows. */
const CONNECTORS = new Set([
  'of',
  'for',
  'de',
  'del',
  'della',
  'da',
  'do',
  'dos',
  'van',
  'von',
  'der',
  'la',
  'le',
  'al',
  'bin',
  '&',
  'und',
  'du',
]);

export interface Run {
  /** Index of the first and one past the last token in the sentence's token list. */
  from: number;
  to: number;
}

/** Prepositions that open a new phrase after a capitalised name in a Title-Case headline. */
const PREPOSITIONS = new Set(['during', 'at', 'in', 'on', 'for', 'to', 'after', 'before', 'with', 'ahead', 'amid', 'following']);

/** Title words that head an office's name ("President of Vesta", "Sultan of Norland"). */
const TITLE_HEADS =
  /^(?:president|premier|king|queen|prince|princess|sultan|emir|chancellor|governor|mayor|chairman|chairwoman|chair|head|leader|vice|deputy|general|republic|kingdom|state|states|government|people|bank|union)$/;

/**
 * "Prime Minister Tom Berg of Norland": a title and a name, then "of" and a country. The run stops
 * before "of" unless the word before it heads a body's, an agreement's or an office's name ("Bank of
 * Norland", "Minister of Trade"). Without a title ("Tom Berg of Norland") the run's reader splits it.
 */
function titledPersonOfCountry(tokens: readonly Token[], i: number, j: number): boolean {
  if (tokens[j]?.lower !== 'of' || j - i < 2) return false;
  if (!tokens.slice(i, j - 1).some((t) => OFFICE_WORDS.has(t.lower) || TITLE_HEADS.test(t.lower))) return false;
  const last = tokens[j - 1]!.lower;
  if (ORGANIZATION_HEADS[last] || AGREEMENT_HEADS.has(last) || OFFICE_WORDS.has(last) || TITLE_HEADS.test(last)) return false;
  const gazetteer = countryGazetteer().forms;
  let k = j + 1;
  if (tokens[k]?.lower === 'the') k++;
  for (let n = 1; n <= 4 && k + n <= tokens.length; n++) {
    const words = tokens.slice(k, k + n);
    if (!words.every(isCapWord)) break;
    // A headline's next capitalised word may be a preposition ("… of Norland During Talks").
    const after = tokens[k + n];
    if (gazetteer.has(words.map((x) => x.text).join(' ')) && (!isCapWord(after) || PREPOSITIONS.has(after!.lower))) return true;
  }
  return false;
}

/** Plural titles no part of the name after them; "Senators" too, whose holders' office is named apart. */
export const LIST_TITLES = new Set([...PLURAL_TITLES, 'senators']);

/** The furthest end of a title phrase starting inside tokens[i, j) (0 when none starts there). */
function titleEndIn(tokens: Token[], i: number, j: number): number {
  let end = 0;
  for (let k = i; k < j; k++) {
    if (!titleLengthAt(tokens, k)) continue;
    const title = matchTitle(tokens, k, i);
    if (title && title.to > end) end = title.to;
  }
  return end;
}

function isCapWord(t: Token | undefined): boolean {
  return !!t && !t.masked && t.cap && /^\p{Lu}/u.test(t.text);
}

const OFFICE_WORDS = new Set([
  'minister',
  'ministers',
  'secretary',
  'commissioner',
  'ambassador',
  'envoy',
  'representative',
  'spokesperson',
  'spokesman',
  'spokeswoman',
  'coordinator',
  'director',
  'council',
  'partnership',
  'strategy',
  'plan',
  'fund',
  'campaign',
  'coalition',
  'initiative',
  'programme',
  'program',
  'center',
  'centre',
]);

const MINISTRY_HEADS = new Set(['ministry', 'department', 'secretariat', 'ministerio', 'ministère']);

/**
 * End of a list of single capitalised words closing a ministry's name (", Industry and Energy"),
 * or 0: the run must be "Ministry of|for …" and the list must end in "and <Word>" with no capitalised word after.
 */
function ministryListEnd(tokens: Token[], i: number, j: number): number {
  const head = tokens.slice(i, j);
  if (!head.some((x) => MINISTRY_HEADS.has(x.lower)) || !head.some((x) => x.lower === 'of' || x.lower === 'for')) return 0;
  let k = j;
  for (;;) {
    const sep = tokens[k];
    if (sep?.text === ',' && isCapWord(tokens[k + 1]) && !STOP_WORDS.has(tokens[k + 1]!.lower)) {
      k += 2;
      continue;
    }
    const and = sep?.text === ',' && tokens[k + 1]?.lower === 'and' ? k + 1 : sep?.lower === 'and' ? k : -1;
    if (and === -1) return 0;
    const word = tokens[and + 1];
    const next = tokens[and + 2];
    if (!isCapWord(word) || STOP_WORDS.has(word!.lower) || isCapWord(next) || next?.text === "'s" || next?.text === "'") return 0;
    return and + 2;
  }
}

/** Where a title starts inside the run [i, j) right after a body's name (its head word before it), or 0. */
function bodyThenTitle(tokens: Token[], i: number, j: number): number {
  for (let k = i + 2; k < j; k++) {
    const before = tokens[k - 1]!;
    if (!isCapWord(before) || CONNECTORS.has(before.lower)) continue;
    if (!tokens.slice(i, k).some((x) => MINISTRY_HEADS.has(x.lower) || ORGANIZATION_HEADS[x.lower])) continue;
    // "Office of the Prime Minister": a title that began before k is part of the body's name.
    if (titleLengthAt(tokens, k - 1) > 1 || (k >= 2 && titleLengthAt(tokens, k - 2) > 2)) continue;
    let at = k;
    while (at < j && TITLE_OPENERS.has(tokens[at]!.lower)) at++;
    const length = at < j ? titleLengthAt(tokens, at) : 0;
    if (!length || (at + length >= j && !OFFICE_WORDS.has(tokens[at + length - 1]!.lower))) continue;
    // An opener ("Deputy …") or a holder's name after it; a bare title closing the run ends the body's own
    // name ("Office of the U.S. Trade Representative").
    if (at > k || at + length < j) return k;
  }
  return 0;
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
      // "for" joins only a body's or an office's name ("Office for National Statistics"), not "Osaka for the APEC".
      const forBody =
        t?.lower !== 'for' ||
        tokens.slice(i, j).some((x) => !!ORGANIZATION_HEADS[x.lower] || AGREEMENT_HEADS.has(x.lower) || OFFICE_WORDS.has(x.lower));
      if (t && CONNECTORS.has(t.lower) && forBody && !titledPersonOfCountry(tokens, i, j)) {
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
        // "General Agreement on Tariffs and Trade": one closing "and <Word>" after "on".
        if (
          t.lower === 'on' &&
          tokens[k]?.lower === 'and' &&
          isCapWord(tokens[k + 1]) &&
          !isCapWord(tokens[k + 2]) &&
          !CONNECTORS.has(tokens[k + 2]?.lower ?? '') &&
          (!STOP_WORDS.has(tokens[k + 1]!.lower) || /^(trade|security|economy|business)$/.test(tokens[k + 1]!.lower))
        )
          k += 2;
        const head = (w: string | undefined): boolean => !!w && (!!ORGANIZATION_HEADS[w] || AGREEMENT_HEADS.has(w));
        const before = tokens.slice(i, j).some((x) => head(x.lower));
        // "Agreement on Trade …", "Treaty on Security …": topic nouns the stop list holds for headlines.
        const topicAfterHead =
          AGREEMENT_HEADS.has(tokens[j - 1]!.lower) && /^(trade|tariffs|security|action|economy|business)$/.test(tokens[j + 1]!.lower);
        const portfolioTail =
          t.lower === 'and' &&
          before &&
          k === j + 2 &&
          PORTFOLIO_WORDS.has(tokens[j + 1]!.lower) &&
          tokens.slice(i, j).some((x) => x.lower === 'for' || x.lower === 'of');
        // "A, B and C Petroleum": the last members of a list, not one body's name (hence no comma before the run).
        // "Korean and European Community": a country before "and" is its own mention, not part of a body's name.
        const countryFirst =
          t.lower === 'and' &&
          countryGazetteer().forms.has(
            tokens
              .slice(i, j)
              .map((x) => x.text)
              .join(' '),
          );
        if (
          (t.lower === 'on' && before && (!STOP_WORDS.has(tokens[j + 1]!.lower) || topicAfterHead)) ||
          (t.lower === 'and' && head(tokens[k - 1]?.lower) && !before && !countryFirst && tokens[i - 1]?.text !== ',') ||
          portfolioTail
        ) {
          j = k;
          continue;
        }
      }
      // "Ministry of Trade, Industry and Energy", "Department of Agriculture and Cooperatives".
      const listEnd = t && (t.text === ',' || t.lower === 'and') ? ministryListEnd(tokens, i, j) : 0;
      if (listEnd) {
        j = listEnd;
        continue;
      }
      // "Prime Minister's Office": a possessive inside an organization's name.
      if (
        t &&
        (t.text === "'s" || t.text === "'") &&
        /^(minister|president|premier|governor|chancellor|secretary)$/.test(tokens[j - 1]!.lower) &&
        isCapWord(tokens[j + 1]) &&
        ORGANIZATION_HEADS[tokens[j + 1]!.lower] &&
        tokens[j + 2]?.cap !== true
      ) {
        j += 2;
        continue;
      }
      // "Secretary of State for Ports and Consumer Affairs Tom Berg": a title phrase whose portfolio
      // holds "and" carries the run past it, when a capitalised word follows the title.
      const titleEnd = titleEndIn(tokens, i, j);
      if (titleEnd > j && isCapWord(tokens[titleEnd])) {
        j = titleEnd;
        continue;
      }
      break;
    }
    // "Russian Ministry of Defense Deputy Minister of Defense", "Commerce Department Deputy Secretary Ana Ruiz":
    // a body's name, then a title held in it, are two runs.
    const title = bodyThenTitle(tokens, i, j);
    if (title) {
      runs.push({ from: i, to: title });
      i = title;
      continue;
    }
    // "Foreign Ministers Anne Cole": a plural title is no part of the name after it.
    const plural = tokens.slice(i, j - 1).findIndex((t) => LIST_TITLES.has(t.lower));
    if (plural !== -1 && j - (i + plural + 1) >= 1) {
      runs.push({ from: i, to: i + plural + 1 }, { from: i + plural + 1, to: j });
      i = j;
      continue;
    }
    runs.push({ from: i, to: j });
    i = j;
  }
  return runs;
}
