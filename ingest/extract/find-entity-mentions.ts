/* Extraction stage 3: every named mention of one sentence (countries, people, orgs, agreements, places). */

import type { RawMention, Token } from './types.js';
import { classifyRun, type NameCandidate } from './classify-run.js';
import { findCountryLists } from './find-country-lists.js';
import { findCommonBodies } from './find-common-bodies.js';
import { findDescribedAgreements } from './find-described-agreements.js';
import { findProperRuns } from './find-proper-runs.js';
import { countryGazetteer } from './country-gazetteer.js';

export interface SentenceMentions {
  mentions: RawMention[];
  candidates: NameCandidate[];
  /** Acronym → the mention it abbreviates ("North American Free Trade Agreement (NAFTA)"). */
  acronyms: Map<string, RawMention>;
}

const ACRONYM = /^[\p{Lu}][\p{Lu}\d&-]{1,9}$/u;
/** A wire dateline opening the sentence ("ABU DHABI, March 22 -", "MIZUHARA, JAPAN, April 26 -"): body text, not a headline. */
const DATELINE =
  /^\p{Lu}{3,}(?:[ .'-]+\p{Lu}{2,})*,\s+(?:\p{Lu}[\p{L}.]*\s+){0,3}?(?:\p{Lu}[\p{L}.]*,\s+)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\w*\.?\s+\d{1,2}\b/u;

/** Countries named in a Title-Case headline, by gazetteer lookup alone. */
function headlineCountries(tokens: Token[], text: string): RawMention[] {
  const g = countryGazetteer();
  const out: RawMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    for (let n = 3; n >= 1; n--) {
      if (i + n > tokens.length) continue;
      const start = tokens[i]!.start;
      const end = tokens[i + n - 1]!.end;
      const hit = g.forms.get(text.slice(start, end));
      if (!hit) continue;
      out.push({
        type: 'Country',
        key: hit.iso2,
        name: g.byIso2.get(hit.iso2)?.name ?? hit.iso2,
        start,
        end,
        text: text.slice(start, end),
        sentence: tokens[i]!.sentence,
        form: hit.form,
      });
      i += n - 1;
      break;
    }
  }
  return out;
}

/** People a title names in a Title-Case headline ("Remarks by Prime Minister Ann Example of …"). */
function headlinePeople(tokens: Token[], text: string): RawMention[] {
  const out: RawMention[] = [];
  for (const run of findProperRuns(tokens)) {
    for (const m of classifyRun(tokens, run, text).mentions) if (m.type === 'Person' && m.office && /\p{Ll}/u.test(m.name)) out.push(m);
  }
  return out;
}

/** Bylines, credits and photo captions: never a source of entities. */
const CREDIT =
  /^(?:by|photo|photograph|image|credit|source|file photo|reporting by|writing by|editing by)\b|\b(?:reporting|editing|writing|additional reporting) by\b|getty images|\bap photo\b|\(photo\b/i;

export function findEntityMentions(tokens: Token[], text: string): SentenceMentions {
  const sentenceText = tokens.length ? text.slice(tokens[0]!.start, tokens[tokens.length - 1]!.end) : '';
  // "By signing the agreement, …" opens a sentence, not a byline.
  if (CREDIT.test(sentenceText) && !/^By\s+\p{Ll}/u.test(sentenceText) && tokens.length < 25)
    return { mentions: [], candidates: [], acronyms: new Map() };
  // A Title-Case headline: only countries and cued people; heads of phrases mislead there.
  const words = tokens.filter((t) => /^\p{L}/u.test(t.text) && t.text.length > 3 && !t.masked);
  // An ALL-CAPS wire headline ("EUROPEAN UNION TO OPEN OFFICE IN HANOI") is one however short.
  const letters = tokens.filter((t) => /^\p{L}/u.test(t.text) && !t.masked);
  const shouting = letters.length >= 4 && letters.every((t) => t.text === t.text.toUpperCase()) && tokens[0]?.start === 0;
  const headline =
    shouting ||
    (!DATELINE.test(sentenceText) &&
      words.length >= 5 &&
      words.filter((t) => t.cap).length / words.length >= 0.7 &&
      !/[.!?]$/.test(sentenceText) &&
      !/^[—-]/.test(sentenceText));
  if (headline)
    return { mentions: [...headlineCountries(tokens, text), ...headlinePeople(tokens, text)], candidates: [], acronyms: new Map() };
  const lists = findCountryLists(tokens, text);
  const claimed = lists.filter((m) => m.type === 'Agreement');
  const mentions: RawMention[] = [...lists];
  const candidates: NameCandidate[] = [];
  for (const run of findProperRuns(tokens)) {
    const start = tokens[run.from]!.start;
    const end = tokens[run.to - 1]!.end;
    if (claimed.some((c) => c.start <= start && end <= c.end + 1)) continue;
    const reading = classifyRun(tokens, run, text);
    for (const m of reading.mentions) {
      if (!mentions.some((o) => o.start === m.start && o.end === m.end && o.type === m.type)) mentions.push(m);
    }
    candidates.push(...reading.candidates);
  }
  mentions.push(...findCommonBodies(tokens, text));
  mentions.push(...findDescribedAgreements(tokens, text, mentions));
  const acronyms = new Map<string, RawMention>();
  for (let i = 0; i + 2 < tokens.length; i++) {
    if (tokens[i]!.text !== '(' || tokens[i + 2]!.text !== ')' || !ACRONYM.test(tokens[i + 1]!.text)) continue;
    const before = tokens[i - 1];
    if (!before) continue;
    const target = mentions
      .filter(
        (m) =>
          m.end === before.end && m.form !== 'description' && (m.type === 'Agreement' || m.type === 'Organization' || m.type === 'Event'),
      )
      .sort((a, b) => a.start - b.start)[0];
    if (target) {
      target.acronym = tokens[i + 1]!.text;
      acronyms.set(target.acronym, target);
    }
  }
  mentions.sort((a, b) => a.start - b.start || b.end - a.end);
  return { mentions, candidates, acronyms };
}
