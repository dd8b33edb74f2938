/* Extraction: adds an entity (or one more mention of it) found by a phrase rule after resolution. */

import type { ExtractedEntity, PrimaryEntityLabel, PropertyValue } from '../../ontology/index.js';
import { entityId } from '../../ontology/ids.js';
import type { ResolvedMention, SentenceView } from './types.js';

export function upsertEntity(
  entities: Map<string, ExtractedEntity>,
  view: SentenceView,
  docId: string,
  found: { type: PrimaryEntityLabel; key: string; name: string; start: number; end: number; properties?: Record<string, PropertyValue> },
): ResolvedMention {
  const id = entityId(found.type, found.key);
  let e = entities.get(id);
  if (!e) {
    e = { id, type: found.type, labels: [found.type], name: found.name, aliases: [], properties: {}, mentions: [] };
    entities.set(id, e);
  }
  for (const [k, v] of Object.entries(found.properties ?? {})) if (e.properties[k] === undefined) e.properties[k] = v;
  const text = view.sentence.text.slice(found.start - view.sentence.start, found.end - view.sentence.start);
  if (!e.mentions!.some((m) => m.start === found.start && m.end === found.end)) {
    e.mentions!.push({ docId, start: found.start, end: found.end, text, sentence: view.sentence.index });
  }
  if (text !== e.name && !e.aliases.includes(text) && found.type !== 'Tariff') e.aliases.push(text);
  const mention: ResolvedMention = {
    type: found.type,
    key: found.key,
    name: e.name,
    start: found.start,
    end: found.end,
    text,
    sentence: view.sentence.index,
    form: 'name',
    entityId: id,
  };
  view.mentions.push(mention);
  view.mentions.sort((a, b) => a.start - b.start);
  return mention;
}
