/* Ontology: stable ids for entities and relationships. */

import { createHash } from 'node:crypto';
import { ID_PREFIX, type PrimaryEntityLabel } from './labels.js';
import { RELATION_SPECS, type ExtractedRelationType } from './relation-types.js';

/** Lower-case ASCII slug: "Mark O'Neil" → "mark-oneil"; accents folded. */
function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’`]/g, '')
    .replace(/[^a-z0-9%.]+/g, '-')
    .replace(/\.(?!\d)/g, '')
    .replace(/-+/g, '-')
    .replace(/^-|-$/g, '');
}

/** Entity id: `person:jane-doe`; countries keep their ISO alpha-2 code as given (`country:CA`). */
export function entityId(type: PrimaryEntityLabel, key: string): string {
  const prefix = ID_PREFIX[type];
  return type === 'Country' ? `${prefix}:${key.toUpperCase()}` : `${prefix}:${slugify(key)}`;
}

/** Orders the endpoints of a symmetric relation so it is stored once. */
export function orientRelation(type: ExtractedRelationType, source: string, target: string): [string, string] {
  return RELATION_SPECS[type].symmetric && target < source ? [target, source] : [source, target];
}

/** Relationship id: stable across runs and databases, so exports and deep links survive reloads. */
export function relationId(type: string, source: string, target: string): string {
  const digest = createHash('sha1').update(`${source}\u0000${type}\u0000${target}`).digest('hex');
  return `rel:${digest.slice(0, 20)}`;
}

/** Document id: sha256 of the normalized text. */
export function documentId(normalizedText: string): string {
  return createHash('sha256').update(normalizedText, 'utf8').digest('hex');
}
