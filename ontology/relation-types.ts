/* Ontology: the relationship types, their allowed endpoints and properties ("Relationships"). */

import type { PrimaryEntityLabel } from './labels.js';

export const RELATION_TYPES = [
  'HOLDS_OFFICE',
  'AFFILIATED_WITH',
  'SIGNED',
  'PARTY_TO',
  'MEMBER_OF',
  'IMPOSES',
  'TARGETS',
  'ON_PRODUCT',
  'MET_WITH',
  'VISITED',
  'TRADES_WITH',
  'FUNDS',
  'LOCATED_IN',
  'PART_OF',
  'REVIEWS',
] as const;

export type ExtractedRelationType = (typeof RELATION_TYPES)[number];

/** Provenance edge from any entity to the Document that mentions it. */
export const MENTIONED_IN = 'MENTIONED_IN' as const;
/** Provenance edge from a newer Document to the older one it nearly repeats (a re-sent or lightly edited copy). */
export const DUPLICATE_OF = 'DUPLICATE_OF' as const;
export const ALL_RELATION_TYPES = [...RELATION_TYPES, MENTIONED_IN] as const;

export interface RelationSpec {
  from: readonly PrimaryEntityLabel[];
  to: readonly PrimaryEntityLabel[];
  /** Symmetric relations are stored once, source id < target id. */
  symmetric: boolean;
  properties: readonly string[];
}

export const RELATION_SPECS: Record<ExtractedRelationType, RelationSpec> = {
  HOLDS_OFFICE: { from: ['Person'], to: ['Country', 'Place', 'Organization'], symmetric: false, properties: ['title', 'portfolio'] },
  AFFILIATED_WITH: { from: ['Person'], to: ['Organization'], symmetric: false, properties: ['role'] },
  SIGNED: { from: ['Person', 'Country'], to: ['Agreement'], symmetric: false, properties: ['date'] },
  PARTY_TO: { from: ['Country'], to: ['Agreement'], symmetric: false, properties: [] },
  MEMBER_OF: { from: ['Country', 'Organization'], to: ['Organization', 'Agreement'], symmetric: false, properties: [] },
  IMPOSES: { from: ['Country', 'Person', 'Organization'], to: ['Tariff'], symmetric: false, properties: ['date'] },
  TARGETS: { from: ['Tariff'], to: ['Country'], symmetric: false, properties: [] },
  ON_PRODUCT: { from: ['Tariff'], to: ['Product'], symmetric: false, properties: [] },
  MET_WITH: { from: ['Person'], to: ['Person'], symmetric: true, properties: ['date', 'place'] },
  VISITED: { from: ['Person'], to: ['Place', 'Country'], symmetric: false, properties: ['date'] },
  TRADES_WITH: { from: ['Country'], to: ['Country'], symmetric: true, properties: ['valueUsd', 'year'] },
  FUNDS: {
    from: ['Country', 'Person', 'Organization'],
    to: ['Organization'],
    symmetric: false,
    properties: ['amount', 'currency', 'purpose'],
  },
  LOCATED_IN: { from: ['Place'], to: ['Place', 'Country'], symmetric: false, properties: [] },
  PART_OF: { from: ['Agreement', 'Event'], to: ['Agreement', 'Event'], symmetric: false, properties: [] },
  REVIEWS: { from: ['Event'], to: ['Agreement'], symmetric: false, properties: ['date'] },
};

export function isExtractedRelationType(value: string): value is ExtractedRelationType {
  return (RELATION_TYPES as readonly string[]).includes(value);
}
