/* Extraction stage 3b: what a run of capitalised tokens names — country, person with title, org… */

import type { PrimaryEntityLabel } from '../../ontology/index.js';
import type { OfficeCue, RawMention, Token } from './types.js';
import { LIST_TITLES, type Run } from './find-proper-runs.js';
import { countryGazetteer } from './country-gazetteer.js';
import { matchTitle, titleLengthAt, type TitleMatch } from './match-title.js';
import { GIVEN_NAMES } from './lexicons/given-names.js';
import { HONORIFICS, ROLE_NOUNS } from './lexicons/titles.js';
import { PORTFOLIO_WORDS } from './lexicons/portfolios.js';
import { KNOWN_ORGANIZATIONS, ORGANIZATION_HEADS } from './lexicons/organization-words.js';
import { AGREEMENT_HEADS, WEAK_AGREEMENT_HEADS } from './lexicons/agreement-words.js';
import { EVENT_HEADS } from './lexicons/event-words.js';
import { PLACE_HEADS, REGIONS } from './lexicons/place-words.js';
import { STOP_WORDS } from './lexicons/stop-words.js';
import { AMBIGUOUS_COUNTRY_FORMS } from './lexicons/country-forms.js';
import { packedMap } from './packed-map.js';

/** A person-like name with no cue yet; kept only if the document confirms it. */
export interface NameCandidate {
  tokens: Token[];
  cue: number;
  /** The two words before the name, lower case ("province", "of"). */
  prev?: string;
  prev2?: string;
  next?: string;
  /** The context names an organization ("shares in X", "a X spokesman"); a person only if the document says so. */
  organization?: boolean;
}

export interface RunReading {
  mentions: RawMention[];
  candidates: NameCandidate[];
}

const SPEECH_VERBS = new Set([
  'said',
  'says',
  'told',
  'added',
  'noted',
  'stated',
  'wrote',
  'argued',
  'warned',
  'explained',
  'insisted',
  'announced',
  'stressed',
  'urged',
  'asked',
  'tweeted',
  'posted',
  'acknowledged',
  'replied',
  'responded',
  'met',
  'visited',
  'hosted',
  'signed',
]);
const GOVERNMENT_VERBS =
  /^(said|says|say|described|announced|announces|imposed|imposes|retaliated|responded|wants|has|had|is|was|will|would|could|agreed|rejected|insisted|warned|slapped|levied|plans|moved|signalled|signaled|chooses|decided|also)$/;

const span = (tokens: Token[], text: string, from: number, to: number): { start: number; end: number; text: string } => {
  const start = tokens[from]!.start;
  const end = tokens[to - 1]!.end;
  return { start, end, text: text.slice(start, end) };
};

function mention(
  type: PrimaryEntityLabel,
  key: string,
  name: string,
  tokens: Token[],
  text: string,
  from: number,
  to: number,
  extra: Partial<RawMention> = {},
): RawMention {
  return { type, key, name, sentence: tokens[from]!.sentence, form: 'name', ...span(tokens, text, from, to), ...extra };
}

/** Longest country form starting at `at` within [at, to). Returns its length in tokens. */
function countryAt(
  tokens: Token[],
  text: string,
  at: number,
  to: number,
): { length: number; iso2: string; form: 'name' | 'demonym' } | null {
  const g = countryGazetteer();
  for (let n = Math.min(g.maxWords + 2, to - at); n >= 1; n--) {
    const s = span(tokens, text, at, at + n).text;
    const hit = g.forms.get(s) ?? g.forms.get(s.replace(/^the /i, ''));
    if (hit) return { length: n, ...hit };
  }
  return null;
}

function headKind(words: string[]): { type: PrimaryEntityLabel; kind?: string } | null {
  const last = words[words.length - 1]!;
  if (AGREEMENT_HEADS.has(last) && words.length > 1 && !(words.length === 2 && WEAK_AGREEMENT_HEADS.has(last) && STOP_WORDS.has(words[0]!)))
    return { type: 'Agreement' };
  if (/^(area|zone)$/.test(last) && words[words.length - 2] === 'trade') return { type: 'Agreement' };
  // "General Agreement on Tariffs and Trade", "Treaty of Rome", "Memorandum of Understanding": the head before "on/of".
  const link = words.findIndex((w, k) => k >= 1 && /^(on|of|for)$/.test(w));
  if (
    link >= 1 &&
    AGREEMENT_HEADS.has(words[link - 1]!) &&
    !WEAK_AGREEMENT_HEADS.has(words[link - 1]!) &&
    !words.slice(0, link).some((w) => ORGANIZATION_HEADS[w])
  )
    return { type: 'Agreement' };
  const orgWord = words.find((w) => ORGANIZATION_HEADS[w]);
  const placeLast = PLACE_HEADS[last];
  const placeOf = words.findIndex((w, k) => k + 1 < words.length && words[k + 1] === 'of' && PLACE_HEADS[w]);
  const placeFirst = placeOf >= 0 && !(orgWord && words.indexOf(orgWord) > placeOf) ? PLACE_HEADS[words[placeOf]!] : undefined;
  if (placeFirst && !(orgWord && words.indexOf(orgWord) < placeOf)) return { type: 'Place', kind: placeFirst };
  if (
    placeLast &&
    words.length > 1 &&
    /^(hill|square|street|avenue|palace|building|tower|airport|bridge|island|river|sea|bay|gulf)$/.test(last)
  )
    return { type: 'Place', kind: placeLast };
  if (orgWord && words.length > 1) return { type: 'Organization', kind: ORGANIZATION_HEADS[orgWord]! };
  if (EVENT_HEADS.has(last) && words.length > 1) return { type: 'Event' };
  if (words.length > 2 && words[1] === 'of' && /^(summit|conference|congress|forum|round)$/.test(words[0]!)) return { type: 'Event' };
  if (placeLast && words.length > 1) return { type: 'Place', kind: placeLast };
  return null;
}

/** One to three initials: "J.", "H.R.", "J. R." as one token. */
const INITIALS = /^(?:\p{Lu}\.){1,3}$/u;
const WEEKDAY = /^(?:mon|tues|wednes|thurs|fri|satur|sun)day$/;
const isNameToken = (t: Token): boolean =>
  t.cap && !STOP_WORDS.has(t.lower) && /^\p{Lu}[\p{L}\p{M}'.-]*$/u.test(t.text) && !/^\p{Lu}{2,}$/u.test(t.text);
const PARTICLES = new Set(['da', 'de', 'del', 'dos', 'do', 'van', 'von', 'der', 'bin', 'al', 'la', 'le', 'du']);
/** A personal name: capitalised words, with particles ("da", "von der") inside. */
/** A regnal or generational numeral closing a name ("Edmund II", "John Smith III"). */
const NUMERAL = /^(?:II|III|IV|VI|VII|VIII)$/;
const isPersonName = (ts: Token[]): boolean => {
  const core = ts.length >= 2 && NUMERAL.test(ts[ts.length - 1]!.text) ? ts.slice(0, -1) : ts;
  return (
    core.length >= 1 &&
    core.length <= 6 &&
    isNameToken(core[0]!) &&
    isNameToken(core[core.length - 1]!) &&
    core.every((t) => isNameToken(t) || PARTICLES.has(t.text)) &&
    core.filter(isNameToken).length <= 4
  );
};

/**
 * "The Reagan Administration" is a mention of the person Reagan; "the U.S. Administration" and "the Government of
 * India" of the country. Null when the run is neither "<name> Administration|Government" nor "Government of <country>".
 */
function administrationOf(tokens: Token[], text: string, from: number, to: number): RunReading | null {
  const g = countryGazetteer();
  // "the Government of India", "Heads of Government of Peru": the country, governed; what comes before is no name.
  const governmentAt = tokens.findIndex(
    (t, k) => k >= from && k < to - 2 && /^governments?$/.test(t.lower) && tokens[k + 1]?.lower === 'of',
  );
  if (governmentAt !== -1) {
    const at = governmentAt + 2 + (tokens[governmentAt + 2]?.lower === 'the' ? 1 : 0);
    const governed = countryAt(tokens, text, at, to);
    if (governed && at + governed.length === to)
      return {
        mentions: [
          mention('Country', governed.iso2, g.byIso2.get(governed.iso2)?.name ?? '', tokens, text, at, to, { form: 'government' }),
        ],
        candidates: [],
      };
  }
  if (to - from < 2 || !/^(administration|government)$/.test(tokens[to - 1]!.lower)) return null;
  const country = countryAt(tokens, text, from, to - 1);
  if (country && from + country.length === to - 1) {
    return {
      mentions: [mention('Country', country.iso2, g.byIso2.get(country.iso2)?.name ?? '', tokens, text, from, to, { form: 'government' })],
      candidates: [],
    };
  }
  const name = tokens.slice(from, to - 1);
  if (
    tokens[to - 1]!.lower !== 'administration' ||
    name.length > 3 ||
    !isPersonName(name) ||
    name.some((t) => ORGANIZATION_HEADS[t.lower] || PLACE_HEADS[t.lower])
  )
    return null;
  if (g.forms.has(span(tokens, text, from, to - 1).text)) return null;
  return { mentions: [], candidates: [{ tokens: name, cue: 2 }] };
}

/** Common nouns that introduce a company or body by name ("brokerage Norvik", "state-owned Kestrel"). */
const ORGANIZATION_NOUNS =
  /^(?:company|firm|group|bank|brokerage|broker|carrier|airline|operator|maker|manufacturer|producer|insurer|retailer|conglomerate|giant|consultancy|lender|miner|refiner|utility|supplier|exporter|importer|distributor|subsidiary|rival|partner|unit|state-owned|state-run|state-controlled|government-owned|privately-owned|privately-held)$/;
/** Roles held in an organization, as they follow its name ("a Veltra spokesman", "Minexa vice president X"). */
const ROLE_AFTER =
  /^(?:spokesman|spokeswoman|spokesperson|chairman|chairwoman|chief|ceo|vice|senior|director|manager|analyst|economist|founder|executive|executives|official|officials|investigator|shareholders|shares|board)$/;

/** Plural common nouns that introduce a list of companies ("companies A, B and C", "firms such as France's A and Sweden's B"). */
const ORGANIZATION_PLURALS =
  /^(?:companies|firms|groups|banks|carriers|airlines|miners|producers|makers|manufacturers|carmakers|automakers|steelmakers|lenders|insurers|brokers|brokerages|conglomerates|giants|retailers|refiners|exporters|importers|utilities|operators|suppliers)$/;

/**
 * Whether the run stands in a list introduced by a plural noun for companies or by "shares in":
 * "oil companies like A, B and C", "companies A, B and C", "shares in Germany's A, the UK's B and France's C".
 */
function inCompanyList(tokens: Token[], from: number): boolean {
  let k = from - 1;
  let listed = false;
  for (let n = 0; n < 24 && k >= 0; n++, k--) {
    const t = tokens[k]!;
    if (t.cap || t.text === ',' || t.text === "'s" || t.lower === 'and' || t.lower === 'the') {
      listed = true;
      continue;
    }
    break;
  }
  if (k < 0) return false;
  let anchor = k;
  if (/^(?:like|including|such)$/.test(tokens[anchor]!.lower)) anchor--;
  else if (tokens[anchor]!.lower === 'as' && tokens[anchor - 1]?.lower === 'such') anchor -= 2;
  const noun = tokens[anchor];
  if (!noun || noun.cap) return false;
  if (ORGANIZATION_PLURALS.test(noun.lower)) return true;
  return listed && /^(?:in|of)$/.test(noun.lower) && /^(?:shares|stakes)$/.test(tokens[anchor - 1]?.lower ?? '');
}

/** Common nouns for a newspaper or agency before its name ("the daily Al-Fajri", "Polish newspaper Gazeta Nowa"). */
const MEDIA_NOUNS = /^(?:newspaper|daily|weekly|magazine|tabloid|broadsheet|paper|journal|news agency)$/;

/** Nouns for a bloc's members or for the bloc itself after its name ("X members", "the X bloc"). */
const BLOC_AFTER = /^(?:members?|membership|bloc|grouping|alliance|cartel|secretariat|member-states?)$/;

/**
 * A bloc named by what it has and what countries do with it: "members of X", "membership of X",
 * "joined (the) X", "X members A and B", "the X bloc", "X member states".
 */
function blocContext(tokens: Token[], from: number, to: number): boolean {
  // "the U.S.-Japanese alliance": countries joined by a hyphen name a pair, not a bloc.
  const forms = countryGazetteer().forms;
  if (tokens.slice(from, to).some((t) => t.text.split('-').some((part) => forms.has(part)))) return false;
  let k = from - 1;
  if (tokens[k]?.lower === 'the') k--;
  const before = tokens[k]?.lower ?? '';
  if (/^(?:of|in)$/.test(before) && /^(?:members?|membership|member-states?)$/.test(tokens[k - 1]?.lower ?? '')) return true;
  // "the 13-nation X", "the 27-member X".
  if (/^(?:\d+|[a-z]+)-(?:nation|member|country|state)$/.test(before)) return true;
  // "X's 12 members".
  if (
    /^['’]s?$/.test(tokens[to]?.lower ?? '') &&
    /^(?:members|member-states)$/.test(tokens[to + (tokens[to + 1]?.pos === 'NUM' ? 2 : 1)]?.lower ?? '')
  )
    return true;
  // "X, which groups A and B".
  if (
    tokens[to]?.text === ',' &&
    tokens[to + 1]?.lower === 'which' &&
    /^(?:groups|includes|comprises|brings)$/.test(tokens[to + 2]?.lower ?? '')
  )
    return true;
  // "joined X in 2012", but not "joined X in praising …".
  if (/^(?:joined|joins|joining|rejoined|rejoin|rejoins)$/.test(before) && !(tokens[to]?.lower === 'in' && tokens[to + 1]?.pos === 'VERB'))
    return true;
  // "X members", "the X trade bloc": one lower-case modifier may stand between.
  const next = tokens[to];
  const head = next && !next.cap && !BLOC_AFTER.test(next.lower) && /^\p{Ll}+$/u.test(next.text) ? tokens[to + 1] : next;
  return !!head && !head.cap && BLOC_AFTER.test(head.lower);
}

/**
 * Whether a capitalised run names an organization by its context: a common noun for one before it,
 * "shares in X", "a spokesman for X", "X's chief executive", "a X spokesman", "X chairman Jane Doe",
 * "X said in a statement".
 */
function organizationContext(tokens: Token[], from: number, to: number): boolean {
  const prev = tokens[from - 1]?.lower ?? '';
  const prev2 = tokens[from - 2]?.lower ?? '';
  const next = tokens[to]?.lower ?? '';
  if (ORGANIZATION_NOUNS.test(prev) && tokens[from - 1]?.cap === false) return true;
  // "Halvorsen Trust bank", "Agrovia company": the common noun after the name (but "Cornish company Tamar Dairy": it introduces the next name).
  if (
    /^(?:bank|company|firm|group|brokerage|airline|carrier|consultancy)$/.test(next) &&
    tokens[to]?.cap === false &&
    from > 0 &&
    !/^(?:the|a|an)$/.test(prev) &&
    !tokens[to + 1]?.cap
  )
    return true;
  if (/^(?:in|of)$/.test(prev) && /^(?:shares|stake|stakes|shareholders|subsidiary|unit)$/.test(prev2)) return true;
  if (blocContext(tokens, from, to)) return true;
  if (prev === 'for' && /^(?:spokesman|spokeswoman|spokesperson)$/.test(prev2)) return true;
  const after = tokens[to + 1];
  if (
    next === "'s" &&
    after?.cap === false &&
    (/^(?:chairman|chairwoman|ceo|founder|board|shares|shareholders|spokesman|spokeswoman|spokesperson|subsidiary|executives|management)$/.test(
      after.lower,
    ) ||
      (after.lower === 'chief' && /^(?:executive|operating|financial)$/.test(tokens[to + 2]?.lower ?? '')))
  )
    return true;
  if (ROLE_AFTER.test(next) && tokens[to]?.cap === false && from > 0) {
    if (/^(?:a|an)$/.test(prev)) return true;
    // "X chairman Jane Doe", "X vice president Jane Doe": the role, then a name.
    let k = to + 1;
    while (k < to + 3 && tokens[k] && tokens[k]!.cap === false && /^\p{Ll}+$/u.test(tokens[k]!.text)) k++;
    if (tokens[k]?.cap && GIVEN_NAMES.has(tokens[k]!.lower)) return true;
  }
  if (inCompanyList(tokens, from)) return true;
  return (
    next === 'said' &&
    tokens[to + 1]?.lower === 'in' &&
    /^(?:a|its)$/.test(tokens[to + 2]?.lower ?? '') &&
    tokens[to + 3]?.lower === 'statement'
  );
}

/** A run "<capital city> <Given Family>" after "to|in|from|at": the city is a place and the rest a name. */
function capitalThenName(tokens: Token[], text: string, from: number, to: number): RunReading | null {
  const g = countryGazetteer();
  if (to - from < 3 || !/^(to|in|from|at)$/.test(tokens[from - 1]?.lower ?? '')) return null;
  const city = tokens[from]!.text;
  if (!g.capitals.has(city) || !isPersonName(tokens.slice(from + 1, to))) return null;
  const rest = classifyRun(tokens, { from: from + 1, to }, text);
  return {
    mentions: [mention('Place', city, city, tokens, text, from, from + 1, { properties: { kind: 'city' } }), ...rest.mentions],
    candidates: rest.candidates.map((c) => ({ ...c, cue: c.cue + 1 })),
  };
}

const titleCase = (s: string): string => s.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_m, d: string, c: string) => d + c.toUpperCase());
/** Lower-case words that follow a name set in capitals at a paragraph's start ("ANA RUIZ is a …"). */
const AFTER_SHOUTED_NAME = /^(?:is|was|has|had|serves|served|became|remains|also|and)$/;

/**
 * A name set in capitals opening a sentence in running text: a designation ("ANA RUIZ is a deputy
 * minister …") or a transcript's speaker ("SECRETARY RUIZ:", "PRIME MINISTER BERG:"). Returns the
 * name in title case and where it starts (after the speaker's title), or null.
 */
function shoutedName(tokens: Token[], run: Run, upper: string): { name: string; from: number } | null {
  if (run.from !== 0 || run.to - run.from > 5 || !/\p{Ll}/u.test(tokens.map((t) => t.text).join(' '))) return null;
  const words = tokens.slice(run.from, run.to);
  if (!words.every((t) => /^\p{Lu}{2,}(?:-\p{Lu}{2,})?$/u.test(t.text)) || KNOWN_ORGANIZATIONS[upper]) return null;
  const next = tokens[run.to];
  let from = run.from;
  if (next?.text === ':') {
    // A speaker: a title, then the surname (a country or a body set in capitals is a heading).
    const length = titleLengthAt(words, 0);
    if (!length || length >= words.length) return null;
    from += length;
  } else if (!next || !AFTER_SHOUTED_NAME.test(next.text) || words.length < 2) return null;
  const name = titleCase(
    tokens
      .slice(from, run.to)
      .map((t) => t.text)
      .join(' '),
  );
  if (countryGazetteer().forms.has(name) || STOP_WORDS.has(name.toLowerCase())) return null;
  return { name, from };
}

/** Reads one run; `tokens` are the sentence's tokens, `text` the document text. */
export function classifyRun(tokens: Token[], run: Run, text: string): RunReading {
  const g = countryGazetteer();
  const mentions: RawMention[] = [];
  const candidates: NameCandidate[] = [];
  // Dateline: "NEW DELHI, Feb 28 -", "TOKYO (Wire) -", "ISLAMABAD:".
  const upper = span(tokens, text, run.from, run.to).text;
  // "MIZUHARA, JAPAN, April 26 -": the dateline's second part is read the same way.
  const datelineTail =
    run.from >= 2 && tokens[run.from - 1]!.text === ',' && tokens.slice(0, run.from - 1).every((t) => /^\p{Lu}{3,}$/u.test(t.text));
  const shouted = shoutedName(tokens, run, upper);
  if (shouted) {
    mentions.push(
      mention('Person', shouted.name, shouted.name, tokens, text, shouted.from, run.to, {
        form: shouted.from > run.from ? 'surname' : 'name',
      }),
    );
    return { mentions, candidates };
  }
  if (
    (run.from === 0 || datelineTail) &&
    tokens.slice(run.from, run.to).every((t) => /^\p{Lu}{3,}$/u.test(t.text)) &&
    /^[,(:—-]$/.test(tokens[run.to]?.text ?? '') &&
    !KNOWN_ORGANIZATIONS[upper]
  ) {
    const to = run.to;
    const name = upper.toLowerCase().replace(/(^|\s)(\p{L})/gu, (_m, d: string, c: string) => d + c.toUpperCase());
    const iso = g.forms.get(name);
    if (iso)
      mentions.push(mention('Country', iso.iso2, g.byIso2.get(iso.iso2)?.name ?? name, tokens, text, run.from, to, { form: iso.form }));
    else mentions.push(mention('Place', name, name, tokens, text, run.from, to, { properties: { kind: 'city' } }));
    return { mentions, candidates };
  }
  // ", Jr.", ", Sr.": a name's generational suffix is no name of its own.
  if (run.to - run.from === 1 && /^(?:jr|sr)\.?$/.test(tokens[run.from]!.lower)) return { mentions, candidates };
  let { from } = run;
  const { to } = run;
  const sentenceStart = (k: number): boolean => k === 0 || /^["'(—:-]$/.test(tokens[k - 1]!.text);
  // "On Thursday Mr Pennock …": a weekday is never part of a name.
  while (
    from < to &&
    (tokens[from]!.lower === 'the' ||
      (STOP_WORDS.has(tokens[from]!.lower) && (sentenceStart(from) || to - from === 1 || WEEKDAY.test(tokens[from]!.lower))) ||
      HONORIFICS.has(tokens[from]!.lower))
  ) {
    if (HONORIFICS.has(tokens[from]!.lower) && to - from > 1) {
      candidates.push({ tokens: tokens.slice(from + 1, to), cue: 2 });
      return { mentions, candidates };
    }
    from++;
  }
  if (from >= to) return { mentions, candidates };
  const whole = span(tokens, text, from, to).text;
  const words = packedMap(tokens.slice(from, to), (t) => t.lower);

  const known = KNOWN_ORGANIZATIONS[whole];
  if (known) {
    mentions.push(
      mention('Organization', known[1] ?? known[0], known[0], tokens, text, from, to, {
        form: known[1] === whole ? 'acronym' : 'name',
        properties: { kind: known[2] },
      }),
    );
    return { mentions, candidates };
  }
  // "Marseille's Provence airport": after a possessive, an unknown name and a lower-case place head (airport, port) is one place; a plant or refinery after a possessive is a company's.
  const facility = tokens[to];
  if (
    tokens[from - 1]?.text === "'s" &&
    facility &&
    /^(?:airport|port|harbou?r)$/.test(facility.text) &&
    !g.forms.has(whole) &&
    !g.capitals.has(whole) &&
    !words.some((w) => ORGANIZATION_HEADS[w] || PLACE_HEADS[w])
  ) {
    const name = `${whole} ${facility.text}`;
    mentions.push(
      mention('Place', name, name, tokens, text, from, to + 1, { properties: { kind: PLACE_HEADS[facility.text] ?? 'facility' } }),
    );
    return { mentions, candidates };
  }
  const capital = g.forms.get(whole)?.form === 'name' ? undefined : g.capitals.get(whole);
  if (capital) {
    const next = tokens[to];
    // "Moscow-backed candidate": an adjective, not a mention of the place or of the government.
    if (next && /^-(?:backed|led|controlled|friendly|brokered|sponsored)$/.test(next.lower)) return { mentions, candidates };
    const prev = tokens[from - 1];
    const located = prev && /^(in|at|to|from|near|outside|via|into|visit|visited|visiting)$/.test(prev.lower);
    // "talks with Tokyo", "the Pretoria regime", "Moscow-backed": the capital stands for its government.
    const governed =
      (prev && /^(?:with|against|between|pressed|urged|reward|rewarded|allowed|persuade|persuaded|convince|convinced)$/.test(prev.lower)) ||
      (next && /^(?:regime|government|administration|authorities|leadership)$/.test(next.lower));
    // "Accra's new Kotoka East International Airport": the possessive names a place in the city.
    const placeAfter =
      next?.text === "'s" &&
      (() => {
        let k = to + 1;
        while (k < tokens.length && k < to + 4 && /^\p{Ll}+$/u.test(tokens[k]!.text) && !PLACE_HEADS[tokens[k]!.lower]) k++;
        let j = k;
        while (j < tokens.length && tokens[j]!.cap) j++;
        return (
          j > k &&
          !!PLACE_HEADS[tokens[j - 1]!.lower] &&
          /^(?:airport|port|harbour|harbor|square|street|avenue|palace|district|province|island|bay|river|bridge|station|stadium|university)$/.test(
            tokens[j - 1]!.lower,
          )
        );
      })();
    const government =
      whole !== 'Brussels' &&
      !located &&
      !placeAfter &&
      next?.text !== '-based' &&
      (whole === 'Washington' || governed || (next && GOVERNMENT_VERBS.test(next.lower)) || next?.text === "'s");
    if (government)
      mentions.push(mention('Country', capital, g.byIso2.get(capital)?.name ?? whole, tokens, text, from, to, { form: 'government' }));
    else mentions.push(mention('Place', whole, whole, tokens, text, from, to, { properties: { kind: 'city' } }));
    return { mentions, candidates };
  }
  if (REGIONS.has(whole.toLowerCase())) return { mentions, candidates };

  // A title of office somewhere in the run: [where] [portfolio] Title [of where] Name.
  for (let k = from; k < to; k++) {
    if (!titleLengthAt(tokens, k)) continue;
    const title = matchTitle(tokens, k, from);
    if (!title) continue;
    // "House of Representatives", "Council of Ministers": a title word inside a body's name is no title.
    if (title.from > from && tokens[title.from - 1]!.lower === 'of') break;
    const rest = tokens.slice(title.to, to);
    // "Secretary of State for Ports and Consumer Affairs Tom Berg": body words inside a portfolio that ends in a name.
    const portfolioThenName =
      /^(?:of|for)$/.test(rest[0]?.lower ?? '') &&
      to - title.to >= 4 &&
      (GIVEN_NAMES.has(tokens[to - 2]!.lower) || GIVEN_NAMES.has(tokens[to - 3]!.lower)) &&
      isPersonName(tokens.slice(to - 2, to));
    if (!portfolioThenName && rest.some((t) => ORGANIZATION_HEADS[t.lower] || PLACE_HEADS[t.lower])) break;
    if (rest.length === 0 && tokens.slice(from, title.from).some((t) => ORGANIZATION_HEADS[t.lower])) {
      // "European Parliament President": the body, then its title (the holder is named elsewhere).
      const body = classifyRun(tokens, { from, to: title.from }, text);
      if (title.from > from && ORGANIZATION_HEADS[tokens[title.from - 1]!.lower] && body.mentions.some((m) => m.type === 'Organization'))
        return body;
      break;
    }
    const readings = readTitled(tokens, text, from, title, to);
    if (readings) return readings;
    break;
  }

  // "Jane Doe of the Brookings Institution": a name, then "of/at" and an organization.
  const of = words.findIndex((w, k) => k >= 2 && (w === 'of' || w === 'at'));
  // Without a known given name, only a plain two-word name before a body that names itself ("… of Kosei Securities").
  const plainName =
    of === 2 &&
    isPersonName(tokens.slice(from, from + 2)) &&
    !words.slice(0, 2).some((w) => ORGANIZATION_HEADS[w] || PLACE_HEADS[w] || AGREEMENT_HEADS.has(w) || EVENT_HEADS.has(w));
  if (of > 0 && (GIVEN_NAMES.has(words[0]!) || plainName) && of <= 3) {
    let orgFrom = from + of + 1;
    if (tokens[orgFrom]?.lower === 'the') orgFrom++;
    const org = classifyRun(tokens, { from: orgFrom, to }, text);
    // "Anne Dubois of Canada": a person and the country she speaks for.
    const ofCountry =
      words[of] === 'of' &&
      org.mentions.length === 1 &&
      org.mentions[0]!.type === 'Country' &&
      org.mentions[0]!.form === 'name' &&
      org.mentions[0]!.end === tokens[to - 1]!.end;
    if (org.mentions.some((m) => m.type === 'Organization') || org.candidates.some((c) => c.organization) || ofCountry) {
      return { mentions: org.mentions, candidates: [{ tokens: tokens.slice(from, from + of), cue: 2 }, ...org.candidates] };
    }
    // "Governors Ana Ruiz of Ostland, Tom Berg of Westmark": under a plural title, the name's "of" gives the place it holds office in.
    const tail = tokens.slice(orgFrom, to);
    if (
      words[of] === 'of' &&
      org.mentions.length === 0 &&
      placeTail(tail) &&
      (GIVEN_NAMES.has(words[0]!) || plainName) &&
      pluralTitleBefore(tokens, from)
    ) {
      const p = span(tokens, text, orgFrom, to);
      return {
        mentions: [mention('Place', p.text, p.text, tokens, text, orgFrom, to, { properties: { kind: 'province' } })],
        candidates: [{ tokens: tokens.slice(from, from + of), cue: 2 }],
      };
    }
  }
  // "Soviet Union", "United Arab Emirates": a whole country name wins over an organization head inside it.
  const exact = to - from > 1 ? g.forms.get(whole) : undefined;
  if (exact?.form === 'name') {
    mentions.push(mention('Country', exact.iso2, g.byIso2.get(exact.iso2)?.name ?? whole, tokens, text, from, to));
    return { mentions, candidates };
  }
  const administration = administrationOf(tokens, text, from, to);
  if (administration) return administration;
  // "Polish newspaper Gazeta Nowa", "the daily Nordkysten Posten": a paper named after its common noun.
  const before = tokens[from - 1];
  if (
    before &&
    !before.cap &&
    MEDIA_NOUNS.test(before.lower) &&
    to - from <= 4 &&
    !countryAt(tokens, text, from, to) &&
    tokens.slice(from, to).every(isNameToken)
  ) {
    mentions.push(mention('Organization', whole, whole, tokens, text, from, to, { properties: { kind: 'media' } }));
    return { mentions, candidates };
  }
  // "the Agrobank", "Sberbank": one word ending in -bank.
  if (to - from === 1 && /^\p{Lu}\p{Ll}{2,}bank$/u.test(whole)) {
    mentions.push(mention('Organization', whole, whole, tokens, text, from, to, { properties: { kind: 'bank' } }));
    return { mentions, candidates };
  }
  const head = headKind(words);
  if (head) {
    const name = whole.replace(/^the /i, '');
    // "the U.S. Embassy": the embassy's country is named too.
    if (/^(?:embassy|consulate)$/.test(words[words.length - 1]!)) {
      const country = countryAt(tokens, text, from, to - 1);
      if (country && from + country.length === to - 1)
        mentions.push(
          mention('Country', country.iso2, g.byIso2.get(country.iso2)?.name ?? '', tokens, text, from, to - 1, { form: country.form }),
        );
    }
    mentions.push(mention(head.type, name, name, tokens, text, from, to, head.kind ? { properties: { kind: head.kind } } : {}));
    return { mentions, candidates };
  }

  const country = countryAt(tokens, text, from, to);
  // "the Uruguay round" (of trade talks): a negotiating round named by a country is an Event, not the country.
  if (country && country.length === to - from && country.form === 'name' && tokens[to]?.lower === 'round') {
    mentions.push(mention('Event', `${whole} Round`, `${whole} Round`, tokens, text, from, to + 1));
    return { mentions, candidates };
  }
  if (country && country.length === to - from) {
    const ambiguous = AMBIGUOUS_COUNTRY_FORMS.has(whole) && tokens[to]?.cap;
    if (!ambiguous)
      mentions.push(
        mention('Country', country.iso2, g.byIso2.get(country.iso2)?.name ?? whole, tokens, text, from, to, { form: country.form }),
      );
    return { mentions, candidates };
  }
  if (country) {
    mentions.push(
      mention('Country', country.iso2, g.byIso2.get(country.iso2)?.name ?? whole, tokens, text, from, from + country.length, {
        form: country.form,
      }),
    );
    const rest = classifyRun(tokens, { from: from + country.length, to }, text);
    return { mentions: [...mentions, ...rest.mentions], candidates: rest.candidates };
  }
  // "… for Ports and the Coast Ana M. Ruiz": the tail of a portfolio, then a name that
  // opens with a given name — the name alone is the mention.
  for (let k = from + 1; k < to - 1; k++) {
    if (!GIVEN_NAMES.has(tokens[k]!.lower) || !isPersonName(tokens.slice(k, to))) continue;
    if (tokens.slice(from, k).every((t) => PORTFOLIO_WORDS.has(t.lower) || t.lower === 'affairs'))
      return classifyRun(tokens, { from: k, to }, text);
    break;
  }
  const nameTokens = tokens.slice(from, to);
  // "ambassador to Lisbon Daniel Mwangi": a capital city, then the person's name.
  const split = capitalThenName(tokens, text, from, to);
  if (split) return split;
  if (isPersonName(nameTokens) && !GIVEN_NAMES.has(nameTokens[0]!.lower) && organizationContext(tokens, from, to)) {
    candidates.push({ tokens: nameTokens, cue: 0, organization: true, ...(tokens[from - 1] ? { prev: tokens[from - 1]!.lower } : {}) });
    return { mentions, candidates };
  }
  if (isPersonName(nameTokens)) {
    const next = tokens[to];
    const prev = tokens[from - 1];
    let cue = 0;
    if (GIVEN_NAMES.has(nameTokens[0]!.lower) && nameTokens.length >= 2) cue += 2;
    // "H.R. Mack", "J. Dunn": initials, then a surname.
    // Initials that are a country's or a body's short form ("U.S.", "U.N.") open no name.
    else if (
      nameTokens.length >= 2 &&
      INITIALS.test(nameTokens[0]!.text) &&
      !g.forms.has(nameTokens[0]!.text) &&
      !KNOWN_ORGANIZATIONS[nameTokens[0]!.text]
    )
      cue += 2;
    // "national security adviser Tom Dunn": a lower-case role right before (a title before it is counted below).
    if (prev && !prev.cap && ROLE_NOUNS.has(prev.lower)) cue += 1;
    if (next && SPEECH_VERBS.has(next.lower)) cue += 1;
    if (prev && /^(said|says|by|told)$/.test(prev.lower) && tokens[from - 2]?.text !== ',') cue += 1;
    // "at Los Pinos, the presidential residence": an appositive after a place preposition describes a place.
    if (
      next?.text === ',' &&
      !(prev && /^(in|at|near|outside)$/.test(prev.lower) && !GIVEN_NAMES.has(nameTokens[0]!.lower)) &&
      /^(who|a|an|the|professor|director|president|chief|head|premier|minister|secretary|senior|spokesperson|spokesman|spokeswoman|analyst|economist|former|chair|ceo|governor|ambassador|leader|associate|executive|deputy)$/.test(
        tokens[to + 1]?.lower ?? '',
      )
    )
      cue += 1;
    if (prev && titleLengthAt(tokens, from - 1)) cue += 2;
    // "the Bush administration": a leader named by the government he heads.
    if (
      next?.lower === 'administration' &&
      prev?.lower === 'the' &&
      nameTokens.length <= 2 &&
      !g.forms.has(nameTokens.map((t) => t.text).join(' '))
    )
      cue += 2;
    if (next?.text === ',' && (titleLengthAt(tokens, to + 1) || titleLengthAt(tokens, to + 2))) cue += 1;
    // "Ruhi Kaya, Telsa's chief operating officer,": a name, then someone's role in apposition.
    else if (
      next?.text === ',' &&
      tokens[to + 1]?.cap &&
      tokens[to + 2]?.text === "'s" &&
      /^(?:chief|chairman|chairwoman|founder|director|head|president|vice|senior|general|managing|spokesman|spokeswoman|spokesperson)$/.test(
        tokens[to + 3]?.lower ?? '',
      )
    )
      cue += 1;
    if (
      prev?.text === ',' &&
      tokens
        .slice(Math.max(0, from - 8), from - 1)
        .some((t, k, all) => titleLengthAt(all, k) > 0 && !all.slice(k).some((x) => /^[,;.]$/.test(x.text)))
    )
      cue += 1;
    candidates.push({
      tokens: nameTokens,
      cue,
      ...(prev ? { prev: prev.lower } : {}),
      ...(tokens[from - 2] ? { prev2: tokens[from - 2]!.lower } : {}),
      ...(next ? { next: next.lower } : {}),
    });
  } else if (nameTokens.length === 1 && /^\p{Lu}[\p{Lu}\d-]{1,7}$/u.test(nameTokens[0]!.text)) {
    candidates.push({ tokens: nameTokens, cue: -1, ...(tokens[from - 1] ? { prev: tokens[from - 1]!.lower } : {}) });
  }
  return { mentions, candidates };
}

/** The run around a title: where-prefix, the title phrase, an optional "of X", then the name. */
/** One to three capitalised name words with no body, agreement or event head: a place after a holder's "of". */
function placeTail(tail: readonly Token[]): boolean {
  return (
    tail.length >= 1 &&
    tail.length <= 3 &&
    tail.every(isNameToken) &&
    !tail.some((t) => ORGANIZATION_HEADS[t.lower] || AGREEMENT_HEADS.has(t.lower) || EVENT_HEADS.has(t.lower) || STOP_WORDS.has(t.lower))
  );
}

/** A plural title opens the list this run belongs to: "Governors A of X, B of Y and C of Z". */
function pluralTitleBefore(tokens: readonly Token[], from: number): boolean {
  for (let k = from - 1; k >= 0 && from - k <= 30; k--) {
    const t = tokens[k]!;
    if (LIST_TITLES.has(t.lower) && t.cap) return true;
    if (!(t.cap || t.lower === 'of' || t.lower === 'the' || t.lower === ',' || t.lower === 'and')) return false;
  }
  return false;
}

function readTitled(tokens: Token[], text: string, from: number, title: TitleMatch, to: number): RunReading | null {
  const g = countryGazetteer();
  const mentions: RawMention[] = [];
  // "ASA Vice President X": a prefix we cannot read alone may be an acronym the document defines.
  const prefixCandidates: NameCandidate[] = [];
  let where: OfficeCue['where'];
  if (title.from > from) {
    const country = countryAt(tokens, text, from, title.from);
    if (country && from + country.length === title.from) {
      where = { type: 'Country', key: country.iso2 };
      mentions.push(
        mention('Country', country.iso2, g.byIso2.get(country.iso2)?.name ?? '', tokens, text, from, title.from, { form: country.form }),
      );
    } else {
      const inner = classifyRun(tokens, { from, to: title.from }, text);
      const org = inner.mentions.find((m) => m.type === 'Organization' || m.type === 'Country' || m.type === 'Place');
      if (org) where = { type: org.type, key: org.key };
      mentions.push(...inner.mentions);
      if (!org) prefixCandidates.push(...inner.candidates.filter((c) => c.cue === -1));
      // "Ontario Premier Doug Ford", "Texas Governor X": the prefix of a sub-national office is a place.
      const prefix = tokens.slice(from, title.from);
      if (!org && /^(premier|governor|mayor|chief minister)$/i.test(title.title) && prefix.length <= 3 && prefix.every(isNameToken)) {
        const p = span(tokens, text, from, title.from);
        mentions.push(
          mention('Place', p.text, p.text, tokens, text, from, title.from, {
            properties: { kind: /mayor/i.test(title.title) ? 'city' : 'province' },
          }),
        );
        where = { type: 'Place', key: p.text };
      }
    }
  }
  let nameFrom = title.to;
  if (tokens[nameFrom]?.lower === 'of' && nameFrom < to) {
    let k = nameFrom + 1;
    if (tokens[k]?.lower === 'the') k++;
    const country = countryAt(tokens, text, k, to);
    if (country) {
      where = { type: 'Country', key: country.iso2 };
      mentions.push(
        mention('Country', country.iso2, g.byIso2.get(country.iso2)?.name ?? '', tokens, text, k, k + country.length, {
          form: country.form,
        }),
      );
      nameFrom = k + country.length;
    } else if (tokens[k] && (tokens[k]!.lower === 'state' || PORTFOLIO_WORDS.has(tokens[k]!.lower)) && k + 1 < to) {
      // "Secretary of State for …", "Secretary of Commerce Ana Ruiz": the portfolio after "of".
      title.portfolio ??= tokens[k]!.text;
      nameFrom = k + 1;
    } else return null;
  }
  // "Assistant Secretary of State for Ports and Consumer Affairs Tom Berg": a portfolio after
  // "for", then the name — its last two or three words, three when they open with a given name or
  // hold a middle initial.
  if (tokens[nameFrom]?.lower === 'for' && to - nameFrom >= 4) {
    const initial = /^\p{Lu}\.$/u.test(tokens[to - 2]!.text);
    const start = initial || (to - 3 > nameFrom + 1 && GIVEN_NAMES.has(tokens[to - 3]!.lower)) ? to - 3 : to - 2;
    if (start > nameFrom + 1 && isPersonName(tokens.slice(start, to))) {
      title.portfolio ??= tokens
        .slice(nameFrom + 1, start)
        .map((t) => t.text)
        .join(' ');
      nameFrom = start;
    }
  }
  // "Finance and Revenue Minister": portfolio words before the run, joined by "and".
  let titleStart = title.from;
  if (
    title.portfolio &&
    title.from === from &&
    tokens[from - 1]?.lower === 'and' &&
    tokens[from - 2]?.cap &&
    PORTFOLIO_WORDS.has(tokens[from - 2]!.lower)
  ) {
    title.portfolio = `${tokens[from - 2]!.text} and ${title.portfolio}`;
    titleStart = from - 2;
  }
  const office: OfficeCue = {
    start: tokens[titleStart]!.start,
    title: title.title,
    ...(title.portfolio ? { portfolio: title.portfolio } : {}),
    ...(where ? { where } : {}),
    minister: title.minister,
    affiliation: false,
  };
  let nameTokens = tokens.slice(nameFrom, to);
  if (nameTokens.length === 0) {
    const t = span(tokens, text, title.from, nameFrom);
    mentions.push({ type: 'Person', key: '', name: '', sentence: tokens[from]!.sentence, form: 'title', ...t, office });
    return { mentions, candidates: prefixCandidates };
  }
  // "Governor Ana Ruiz of Ostland", "Senator Tom Berg of Westmark": the name, then the place the office is held in.
  const of = nameTokens.findIndex((t, k) => k >= 1 && t.lower === 'of');
  if (of > 0 && !isPersonName(nameTokens) && isPersonName(nameTokens.slice(0, of))) {
    const placeFrom = nameFrom + of + 1 + (tokens[nameFrom + of + 1]?.lower === 'the' ? 1 : 0);
    if (!placeTail(tokens.slice(placeFrom, to))) return null;
    const p = span(tokens, text, placeFrom, to);
    const local = /^(premier|governor|mayor|chief minister)$/i.test(title.title);
    mentions.push(
      mention('Place', p.text, p.text, tokens, text, placeFrom, to, {
        properties: { kind: /mayor/i.test(title.title) ? 'city' : 'province' },
      }),
    );
    if (local && !where) office.where = { type: 'Place', key: p.text };
    to = nameFrom + of;
    nameTokens = nameTokens.slice(0, of);
  } else if (!isPersonName(nameTokens)) return null;
  const name = span(tokens, text, nameFrom, to);
  mentions.push({
    type: 'Person',
    key: name.text,
    name: name.text,
    sentence: tokens[from]!.sentence,
    form: nameTokens.length === 1 ? 'surname' : 'name',
    ...name,
    office,
    properties: { title: title.title },
  });
  // The title is part of the mention the reader highlights only as context, so offsets cover the name alone.
  return { mentions, candidates: prefixCandidates };
}
