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
  'from', 'to', 'in', 'on', 'over', 'that', 'which', 'by', 'at', 'for', 'with', 'into', 'since', 'after', 'before', 'because', 'under', 'until',
  'was', 'were', 'is', 'are', 'be', 'been', 'has', 'had', 'have', 'will', 'would', 'could', 'should', 'may', 'might', 'can', 'said', 'says',
  'rose', 'fell', 'rise', 'fall', 'increased', 'decreased', 'totalled', 'totaled', 'reached', 'worth', 'valued', 'last', 'this', 'next', 'than',
  'as', 'if', 'unless', 'but', 'while', 'who', 'where', 'when', 'its', 'their', 'his', 'her', 'up', 'down', 'per', 'about', 'through', 'via',
  'during', 'against', 'shipped', 'sold', 'exported', 'imported', 'produced', 'made', 'bought', 'sent', 'destined', 'entering', 'coming', 'originating', 'grown', 'valued', 'totalling', 'amounting', 'between', 'among', 'amid', 'despite', 'above', 'below', 'of', 'the', 'a', 'an', 'it', 'they', 'not', 'also', 'so',
]);

/** Words that open the phrase but are not part of the good ("a range of unspecified", "certain"). */
const LEAD = /^(?:(?:a |an |the )?(?:range|number|variety|host|list|basket|wide range) of |some |all |most |many |certain |other |more |unspecified |selected |various |several |such |these |those |imported |exported |foreign-made |foreign |cheap |cheaper |(?:imports|exports|shipments|sales|purchases) of )+/;

/** Nouns too vague to name a good on their own. */
const VAGUE = new Set([...GENERIC_PRODUCTS, 'products', 'items', 'trade', 'market', 'markets', 'level', 'levels', 'value', 'amount', 'basis', 'part', 'rest',
  'country', 'countries', 'nations', 'companies', 'firms', 'producers', 'exporters', 'importers', 'industry', 'industries', 'sector', 'sectors',
  'them', 'it', 'those', 'volume', 'volumes', 'quota', 'quotas', 'prices', 'price', 'people', 'officials', 'sources', 'year', 'years', 'month', 'months', 'total', 'share',
  'resource', 'resources', 'commodities', 'merchandise', 'origin', 'ones', 'shipments', 'sales', 'purchases', 'other', 'others', 'world', 'type', 'kinds', 'kind']);

/** Heads a coordination shares ("engineering and electronic goods" → engineering goods, electronic goods). */
const SHARED_HEAD = /^(goods|products|equipment|machinery|produce|materials|parts|oils|ores|supplies|items|manufactures)$/;

/** Trailing trade nouns that are not part of the good ("orange juice imports" → orange juice). */
const TRAILING = /\s+(?:imports?|exports?|shipments?|sales|purchases|trade|supplies|production|output|prices?)$/;

/**
 * Product phrases at the start of `text` (absolute offset `offset`): one, or several when coordinated.
 * `text` must begin where the good is expected (after "of", "on", "such as" …).
 */
export function productPhrases(text: string, offset: number): PhraseHit[] {
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
  const verbAt = kept.findIndex((w, i) => i > 0 && /[a-z]ed,?$/.test(w) && (i === kept.length - 1 || /,$/.test(w) || /^(and|or)$/.test(kept[i + 1]!) === false && STOP.has(kept[i + 1]!)));
  if (verbAt > 0) kept.length = verbAt;
  while (kept.length && /^(and|or)$/.test(kept[kept.length - 1]!.replace(/,$/, ''))) kept.pop();
  if (!kept.length) return [];
  let phrase = kept.join(' ').replace(/,$/, '');
  // A comma continues a list only up to its closing "and"/"or": "A, B and C, officials said" stops after C.
  const close = Math.max(phrase.lastIndexOf(' and '), phrase.lastIndexOf(' or '));
  const comma = phrase.indexOf(',', Math.max(close, 0));
  if (comma >= 0) phrase = phrase.slice(0, comma);
  const parts = phrase.split(/,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+/).map((p) => p.trim()).filter(Boolean);
  if (parts.some((p) => p.split(' ').length > 4)) return [];
  const last = parts[parts.length - 1]!.split(' ');
  const head = last[last.length - 1]!;
  const hits: PhraseHit[] = [];
  let cursor = 0;
  for (const [i, part] of parts.entries()) {
    const at = phrase.indexOf(part, cursor);
    cursor = at + part.length;
    let name = part.replace(TRAILING, '');
    // A single-word conjunct before a shared head takes the head: "engineering and electronic goods".
    if (i < parts.length - 1 && !name.includes(' ') && last.length > 1 && SHARED_HEAD.test(head)) name = `${name} ${head}`;
    const lastWord = name.split(' ').pop()!;
    if (VAGUE.has(name) || (VAGUE.has(lastWord) && !SHARED_HEAD.test(lastWord)) || name.length < 3) continue;
    if (/^(?:goods|products|equipment|machinery|materials|parts|items)$/.test(name)) continue;
    hits.push({ name, start: offset + from + at, end: offset + from + at + part.length });
  }
  return hits;
}
