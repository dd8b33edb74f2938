/* Extraction: an open product noun phrase where the sentence's grammar says a good is named
   ("imports of frozen concentrated orange juice", "duties on Thai tapioca", "goods such as A, B and C"),
   for goods no lexicon lists. Lower-case words only: a capitalised run is a name, not a good. */

import { GENERIC_PRODUCTS } from './lexicons/products.js';

export interface PhraseHit {
  name: string;
  start: number;
  end: number;
}

/** Words that end a product phrase: prepositions, verbs of reporting, conjunctions that open a clause. */
const STOP = new Set([
  'from',
  'to',
  'in',
  'on',
  'over',
  'that',
  'which',
  'by',
  'at',
  'for',
  'with',
  'into',
  'since',
  'after',
  'before',
  'because',
  'under',
  'until',
  'was',
  'were',
  'is',
  'are',
  'be',
  'been',
  'has',
  'had',
  'have',
  'will',
  'would',
  'could',
  'should',
  'may',
  'might',
  'can',
  'said',
  'says',
  'rose',
  'fell',
  'rise',
  'fall',
  'increased',
  'decreased',
  'totalled',
  'totaled',
  'reached',
  'worth',
  'valued',
  'last',
  'this',
  'next',
  'than',
  'as',
  'if',
  'unless',
  'but',
  'while',
  'who',
  'where',
  'when',
  'its',
  'their',
  'his',
  'her',
  'up',
  'down',
  'per',
  'about',
  'through',
  'via',
  'during',
  'against',
  'such',
  'like',
  'including',
  'bigger',
  'larger',
  'smaller',
  'greater',
  'higher',
  'lower',
  'weighing',
  'exceeding',
  'shipped',
  'sold',
  'exported',
  'imported',
  'produced',
  'made',
  'bought',
  'sent',
  'destined',
  'entering',
  'coming',
  'originating',
  'grown',
  'valued',
  'totalling',
  'amounting',
  'between',
  'among',
  'amid',
  'despite',
  'above',
  'below',
  'of',
  'the',
  'a',
  'an',
  'it',
  'they',
  'not',
  'also',
  'so',
]);

/** Words that open the phrase but are not part of the good ("a range of unspecified", "certain"). */
const LEAD =
  /^(?:(?:a |an |the )?(?:range|number|variety|host|list|basket|wide range) of |some |all |most |many |certain |other |more |unspecified |selected |various |several |such |these |those |imported |exported |foreign-made |foreign |cheap |cheaper |(?:imports|exports|shipments|sales|purchases) of )+/;

/** Nouns too vague to name a good on their own. */
const VAGUE = new Set([
  ...GENERIC_PRODUCTS,
  'products',
  'items',
  'trade',
  'market',
  'markets',
  'level',
  'levels',
  'value',
  'amount',
  'basis',
  'part',
  'rest',
  'country',
  'countries',
  'nations',
  'companies',
  'firms',
  'producers',
  'exporters',
  'importers',
  'industry',
  'industries',
  'sector',
  'sectors',
  'them',
  'it',
  'those',
  'volume',
  'volumes',
  'quota',
  'quotas',
  'prices',
  'price',
  'people',
  'officials',
  'sources',
  'year',
  'years',
  'month',
  'months',
  'total',
  'share',
  'resource',
  'resources',
  'commodities',
  'merchandise',
  'origin',
  'ones',
  'shipments',
  'sales',
  'purchases',
  'other',
  'others',
  'world',
  'type',
  'kinds',
  'kind',
  // What trade words also govern that is not a good: measures, money, figures.
  'tax',
  'taxes',
  'tariff',
  'tariffs',
  'duty',
  'duties',
  'levy',
  'levies',
  'licenses',
  'licences',
  'license',
  'licence',
  'permits',
  'subsidies',
  'subsidy',
  'restraints',
  'restrictions',
  'barriers',
  'curbs',
  'controls',
  'earnings',
  'revenue',
  'revenues',
  'receipts',
  'credits',
  'credit',
  'financing',
  'terms',
  'rules',
  'regulations',
  'policy',
  'policies',
  'growth',
  'performance',
  'figures',
  'data',
  'statistics',
  'bill',
  'ban',
  'success',
  'boom',
  'drive',
  'demand',
  'surplus',
  'deficit',
  'gap',
  'balance',
  'deal',
  'deals',
  'agreement',
  'contracts',
  'orders',
  'business',
  'capacity',
  'costs',
  'cost',
  'payments',
  'insurance',
  'tonnes',
  'tons',
  'barrels',
  'units',
  'stake',
  'stakes',
  'shares',
  'assets',
  'bonds',
  'securities',
  'debt',
  'currency',
]);

/** Heads a coordination shares ("engineering and electronic goods" → engineering goods, electronic goods). */
const SHARED_HEAD = /^(goods|products|equipment|machinery|produce|materials|parts|oils|ores|supplies|items|manufactures)$/;

/** Trailing trade nouns that are not part of the good ("olive oil imports" → olive oil). */
const TRAILING = /\s+(?:imports?|exports?|shipments?|sales|purchases|trade|supplies|production|output|prices?)$/;

/**
 * Product phrases at the start of `text` (absolute offset `offset`): one, or several when coordinated.
 * `text` must begin where the good is expected (after "of", "on", "such as" …).
 */
export function productPhrases(text: string, offset: number): PhraseHit[] {
  if (/^(?:and|or|but)\b/.test(text)) return [];
  const lead = LEAD.exec(text);
  const from = lead ? lead[0].length : 0;
  const rest = text.slice(from);
  // Lower-case words, commas and "and"/"or" between them; stops at anything else.
  const run = /^(?:[a-z][a-z-]*(?:,? (?:and |or )?|\s|$|(?=[.;:)!?'",])))+/.exec(rest);
  if (!run) return [];
  const words = run[0].replace(/[,\s]+$/, '').split(/\s+/);
  const kept: string[] = [];
  for (const w of words) {
    const bare = w.replace(/,$/, '');
    if (STOP.has(bare)) break;
    kept.push(w);
    if (w.endsWith(',') && kept.length > 12) break;
  }
  // A last word in -ed is a verb after the good ("steel angered"), not part of it ("frozen concentrated juice").
  const verbAt = kept.findIndex(
    (w, i) =>
      i > 0 &&
      /[a-z]ed,?$/.test(w) &&
      (i === kept.length - 1 || /,$/.test(w) || (/^(and|or)$/.test(kept[i + 1]!) === false && STOP.has(kept[i + 1]!))),
  );
  if (verbAt > 0) kept.length = verbAt;
  while (kept.length && /^(and|or)$/.test(kept[kept.length - 1]!.replace(/,$/, ''))) kept.pop();
  if (!kept.length) return [];
  let phrase = kept.join(' ').replace(/,$/, '');
  // A comma continues a list only up to its closing "and"/"or": "A, B and C, officials said" stops after C.
  const close = Math.max(phrase.lastIndexOf(' and '), phrase.lastIndexOf(' or '));
  const comma = phrase.indexOf(',', Math.max(close, 0));
  if (comma >= 0) phrase = phrase.slice(0, comma);
  const parts = phrase
    .split(/,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+/)
    .map((p) => p.trim())
    .filter(Boolean);
  if (parts.some((p) => p.split(' ').length > 4)) return [];
  const last = parts[parts.length - 1]!.split(' ');
  const head = last[last.length - 1]!;
  const hits: PhraseHit[] = [];
  let cursor = 0;
  for (const [i, part] of parts.entries()) {
    const at = phrase.indexOf(part, cursor);
    cursor = at + part.length;
    let name = part
      .replace(TRAILING, '')
      .replace(/^(?:even|also|especially|particularly|notably|mainly|mostly|chiefly|largely|primarily|only|just|then) /, '');
    // A single-word conjunct before a shared head takes the head: "engineering and electronic goods".
    if (i < parts.length - 1 && !name.includes(' ') && last.length > 1 && SHARED_HEAD.test(head)) name = `${name} ${head}`;
    const lastWord = name.split(' ').pop()!;
    if (VAGUE.has(name) || (VAGUE.has(lastWord) && !SHARED_HEAD.test(lastWord)) || name.length < 3) continue;
    if (/^(?:goods|products|equipment|machinery|materials|parts|items)$/.test(name)) continue;
    hits.push({ name, start: offset + from + at, end: offset + from + at + part.length });
  }
  return hits;
}

/** Words that may stand before a trade noun without naming the good ("total exports", "curb imports"). */
const NOT_GOOD = new Set([
  ...STOP,
  ...VAGUE,
  'already',
  'total',
  'overall',
  'annual',
  'net',
  'gross',
  'record',
  'higher',
  'lower',
  'increased',
  'rising',
  'falling',
  'monthly',
  'quarterly',
  'yearly',
  'global',
  'foreign',
  'domestic',
  'visible',
  'invisible',
  'bilateral',
  'two-way',
  'export',
  'import',
  'key',
  'major',
  'main',
  'chief',
  'principal',
  'important',
  'traditional',
  'new',
  'such',
  'these',
  'all',
  'some',
  'any',
  'more',
  'most',
  'much',
  'less',
  'cheap',
  'cheaper',
  'subsidised',
  'subsidized',
  'illegal',
  'unfair',
  'dumped',
  'direct',
  'average',
  'current',
  'recent',
  'first',
  'further',
  'additional',
  'big',
  'bigger',
  'biggest',
  'large',
  'larger',
  'largest',
  'small',
  'smaller',
  'strong',
  'weak',
  'sluggish',
  'booming',
  'declining',
  'growing',
  'increasing',
  'reduced',
  'combined',
  'state',
  'private',
  'government',
  'official',
  'or',
  'and',
  'mln',
  'billion',
  'million',
  'pct',
  'percent',
  'what',
  'whose',
  'both',
  'each',
  'every',
  'few',
  'no',
  'only',
  'even',
  'still',
  'expected',
  'imported',
  'exported',
  'cut',
  'curb',
  'limit',
  'restrict',
  'ban',
  'boost',
  'increase',
  'reduce',
  'raise',
  'lift',
  'competing',
  'legal',
  'actual',
  'potential',
  'future',
  'past',
  'sharp',
  'projected',
  'estimated',
  'dollar',
  'exports',
  'imports',
  'shipments',
  'illicit',
  'unlicensed',
  'surplus',
  'deficit',
  'world',
  'our',
  'your',
  'my',
  'member',
  'nation',
  'region',
  'city',
  'home',
  'national',
  'international',
  'overseas',
  'outside',
  'external',
  'internal',
  're-exports',
  'partner',
  'entire',
  'whole',
  'half',
  'year-on-year',
  'weekly',
  'daily',
  'aggregate',
  'seasonal',
  'seasonally',
  'adjusted',
]);

/** Modifiers that stay with the good before the trade noun ("crude palm oil imports", "processed food exports"). */
const GOOD_MODIFIER =
  /^(?:crude|raw|refined|processed|frozen|fresh|chilled|dried|canned|finished|semi-finished|unwrought|scrap|used|live|milled|rough|polished|manufactured|electronic|electrical|industrial|agricultural|consumer|capital)$/;

/** Common verbs that take imports/exports as object ("stop imports", "take shipments"). */
const VERBISH = new Set([
  'stop',
  'take',
  'allow',
  'abolish',
  'ban',
  'block',
  'halt',
  'resume',
  'permit',
  'accept',
  'reject',
  'seek',
  'promote',
  'hurt',
  'hit',
  'cut',
  'curb',
  'limit',
  'boost',
  'raise',
  'lift',
  'cover',
  'covers',
  'affect',
  'affects',
  'encourage',
  'discourage',
  'subsidise',
  'subsidize',
  'tax',
  'bar',
  'restrict',
  'control',
  'protect',
  'open',
  'close',
  'favour',
  'favor',
  'need',
  'needs',
  'want',
  'wants',
  'increase',
  'reduce',
  'expand',
  'double',
  'triple',
  'finance',
  'fund',
  'pay',
  'make',
  'makes',
  'see',
  'sees',
  'expect',
  'expects',
  'forecast',
  'forecasts',
  'predict',
  'predicts',
  'said',
  'say',
  'says',
]);

/** Adjectives that name a class of goods only together with their trade noun ("agricultural exports"). */
const CLASS_ADJECTIVE =
  /^(?:agricultural|farm|industrial|manufactured|military|defence|defense|agro-industrial|mineral|energy|manufacturing)$/;

/**
 * The good named right before a trade noun: "textile imports" → textile, "arms purchases" → arms,
 * "agricultural exports" → agricultural exports. `before` is the sentence text up to the trade noun,
 * starting at absolute offset `base`; `cue` is the (lower-case) trade noun. Open nouns only before
 * exports/imports/shipments/purchases/deliveries; before other cues ("steel industry", "oil producers") the good must
 * be a lexicon product (`known`).
 */
export function productBefore(before: string, base: number, cue: string, known: (name: string) => boolean): PhraseHit | null {
  const m = /((?:[A-Za-z][a-z-]*\s+){1,3})$/.exec(before);
  if (!m) return null;
  const words = m[1]!.trim().split(/\s+/);
  const startAt = m.index;
  // A capitalised word is a name, except the sentence's first word ("Cement imports fell").
  const lowered = words.map((w, i) => (/^[A-Z]/.test(w) && !(startAt === 0 && i === 0 && known(w.toLowerCase())) ? null : w.toLowerCase()));
  const head = lowered[lowered.length - 1];
  if (!head || NOT_GOOD.has(head) || /^non-|ly$|'/.test(head)) return null;
  // An open word must look like a noun: not a verb form ("curbing imports", "suspended purchases", "to allow purchases")
  // nor a descriptive adjective ("massive imports").
  if (
    !known(head) &&
    (/(?:ing|ed|ive|ous|ible|able|ful|er)$/.test(head) ||
      (/al$/.test(head) && !CLASS_ADJECTIVE.test(head)) ||
      /(?:to|will|would|could|can|may|must|should|did|does|not)\s+(?:[a-z-]+\s+)?$/.test(
        before.slice(0, startAt + before.slice(startAt).lastIndexOf(words[words.length - 1]!)),
      ) ||
      VERBISH.has(head))
  )
    return null;
  let from = lowered.length - 1;
  while (from > 0) {
    const w = lowered[from - 1];
    if (!w || NOT_GOOD.has(w) || /^non-|ly$/.test(w)) break;
    const joined = lowered.slice(from - 1).join(' ');
    if (!known(joined) && !GOOD_MODIFIER.test(w)) break;
    from--;
  }
  let name = lowered.slice(from).join(' ');
  const open = /^(?:exports?|imports?|shipments?|purchases|deliveries)$/.test(cue);
  if (!known(name) && !known(head)) {
    if (!open) return null;
    // An adjective alone names a class of goods only with its trade noun: "agricultural exports".
    if (CLASS_ADJECTIVE.test(name)) name = `${name} ${cue}`;
    if (name.length < 3) return null;
  }
  const start = base + startAt + before.slice(startAt).indexOf(words[from]!);
  return { name, start, end: start + lowered.slice(from).join(' ').length };
}
