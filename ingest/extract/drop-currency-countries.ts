/* Extraction: a country named only inside currency phrases ("U.S. dlrs", "Korean won") is no country mention. */

import type { ExtractedEntity } from '../../ontology/index.js';
import { CURRENCY_AFTER } from './document-facts.js';
import type { ResolvedMention } from './types.js';

/** The mentions and entities without countries that every mention names only as a currency. */
export function dropCurrencyOnlyCountries(
  text: string,
  mentions: ResolvedMention[],
  entities: Map<string, ExtractedEntity>,
): { mentions: ResolvedMention[]; entities: Map<string, ExtractedEntity> } {
  const asCurrency = (m: ResolvedMention): boolean => CURRENCY_AFTER.test(text.slice(m.end, m.end + 12));
  const currencyOnly = new Set<string>();
  for (const e of entities.values()) {
    if (e.type !== 'Country') continue;
    const own = mentions.filter((m) => m.entityId === e.id);
    if (own.length > 0 && own.every(asCurrency)) currencyOnly.add(e.id);
  }
  if (currencyOnly.size === 0) return { mentions, entities };
  return {
    mentions: mentions.filter((m) => !currencyOnly.has(m.entityId)),
    entities: new Map([...entities].filter(([id]) => !currencyOnly.has(id))),
  };
}
