/* Extraction: facts about a whole document that several rules read — whose news it is (dateline, home country).
   Computed once by the rule runner and passed to every family in the RelationContext. */

import { entityId } from '../../ontology/ids.js';
import { countryGazetteer } from './country-gazetteer.js';
import type { RelationContext, ResolvedMention, SentenceView } from './types.js';

/** The country of a dateline naming a country or a capital ("TOKYO, March 3 -"): whose news it is. */
export function datelineCountry(views: SentenceView[]): string | undefined {
  const first = views.find(
    (v) =>
      /^\p{Lu}{3,}/u.test(v.sentence.text) &&
      v.mentions[0]?.start === v.sentence.start &&
      /^[\p{Lu} .]+(?:,|\s\(|\s-|:)/u.test(v.sentence.text),
  );
  const dateline = first?.mentions[0];
  if (dateline?.type === 'Country') return dateline.entityId;
  if (dateline?.type === 'Place') {
    const capitalOf = countryGazetteer().capitals.get(dateline.name);
    if (capitalOf) return entityId('Country', capitalOf);
  }
  return undefined;
}

/**
 * The country the article is about, as the unnamed side of "the deficit with Japan" or "imports from Canada":
 * the dateline's country when the text names it again beyond the dateline (a "BRUSSELS" story about the EC is not
 * Belgian news), otherwise the clearly most-mentioned country (name or demonym; a currency is no mention).
 */
export function homeCountry(views: SentenceView[]): string | undefined {
  const counts = new Map<string, number>();
  for (const v of views) {
    for (const m of v.mentions) {
      if (m.type !== 'Country' || CURRENCY_AFTER.test(v.sentence.text.slice(m.end - v.sentence.start))) continue;
      counts.set(m.entityId, (counts.get(m.entityId) ?? 0) + 1);
    }
  }
  const dateline = datelineCountry(views);
  if (dateline && (counts.get(dateline) ?? 0) >= 2) return dateline;
  // Only a clear leader counts; two countries mentioned about as often leave it open.
  return clearLeader(counts, 3, 1.5);
}

/** The key counted most, when it is counted at least `min` times and `ratio` times as often as the next one. */
function clearLeader(counts: ReadonlyMap<string, number>, min: number, ratio: number): string | undefined {
  const [first, second] = [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  return first && first[1] >= min && (!second || first[1] >= ratio * second[1]) ? first[0] : undefined;
}

/** How often the mentions of the document that pass `keep` name each entity. */
function mentionCounts(views: readonly SentenceView[], keep: (m: ResolvedMention) => boolean): Map<string, number> {
  const counts = new Map<string, number>();
  for (const v of views) for (const m of v.mentions) if (keep(m)) counts.set(m.entityId, (counts.get(m.entityId) ?? 0) + 1);
  return counts;
}

/** A country named in a currency ("U.S. dlrs", "Hong Kong dollars") is not a mention of the country (hard case 2). */
export const CURRENCY_AFTER =
  /^\s*(?:dlrs?|dollars?|cents?|won|yen|yuan|renminbi|pesos?|francs?|marks?|crowns?|kroner|pounds|rupees?|rupiah|lire|lira|ringgit|baht|rand|\$)\b/i;

/** A body whose members are states: "international body" kind, or a group word in its name. */
export const isBloc = (m: ResolvedMention, entities: RelationContext['entities']): boolean =>
  m.type === 'Organization' &&
  (entities.get(m.entityId)?.properties.kind === 'international body' ||
    /\b(?:Community|Communities|Union|Group|Council|Association|Organi[sz]ation|Alliance|Bloc|Conference)\b/.test(
      entities.get(m.entityId)?.name ?? '',
    ));

/** The bloc a document is about: the one bloc it names, or the clearly most-named one ("ministers of A, B and C" are its members). */
export function documentBloc(views: SentenceView[], entities: RelationContext['entities']): string | undefined {
  return clearLeader(
    mentionCounts(views, (m) => isBloc(m, entities)),
    1,
    2,
  );
}

/** The agreement a document is about: named at least twice and twice as often as any other ("the accord" refers to it). */
export function documentAgreement(views: readonly SentenceView[]): string | undefined {
  return clearLeader(
    mentionCounts(views, (m) => m.type === 'Agreement'),
    2,
    2,
  );
}
