/* Ontology: the node labels of the graph (../shared/ontology.md, "Nodes"). */

export const ENTITY_LABELS = ['Person', 'Minister', 'Country', 'Organization', 'Agreement', 'Tariff', 'Place', 'Event', 'Product'] as const;

export type EntityLabel = (typeof ENTITY_LABELS)[number];

/** Labels an entity can have as its primary `type` (Minister is always a second label on Person). */
export const PRIMARY_ENTITY_LABELS = ENTITY_LABELS.filter((l) => l !== 'Minister') as Exclude<EntityLabel, 'Minister'>[];
export type PrimaryEntityLabel = Exclude<EntityLabel, 'Minister'>;

/** Labels whose entities are matched across documents at load, by their `nameKey` and `shortKey` (countries have one
 *  id per ISO code, tariffs an id made of what they are). */
export const RESOLVED_LABELS: readonly PrimaryEntityLabel[] = ['Person', 'Organization', 'Agreement', 'Place', 'Event', 'Product'];

const DOCUMENT_LABEL = 'Document' as const;

/** Every label that carries a unique `id`. */
export const ALL_LABELS = [...ENTITY_LABELS, DOCUMENT_LABEL] as const;

/** Prefix of each primary label's slug id, e.g. `person:mark-smith`, `country:CA`. */
export const ID_PREFIX: Record<PrimaryEntityLabel, string> = {
  Person: 'person',
  Country: 'country',
  Organization: 'org',
  Agreement: 'agreement',
  Tariff: 'tariff',
  Place: 'place',
  Event: 'event',
  Product: 'product',
};

export function isEntityLabel(value: string): value is EntityLabel {
  return (ENTITY_LABELS as readonly string[]).includes(value);
}
