/* Ingest load: one document's ExtractionResult → the grouped rows the loader writes (storage-format.ts). */

import { isEntityLabel, type EntityLabel, type PrimaryEntityLabel, ID_PREFIX } from '../../ontology/labels.js';
import { orientRelation, relationId } from '../../ontology/ids.js';
import { MENTIONED_IN, isExtractedRelationType } from '../../ontology/relation-types.js';
import type { ExtractionResult, PropertyValue } from '../../ontology/extraction-result.js';
import type { DocumentRows, EntityGroup, MentionGroup, Properties, RelationGroup, RelationRow } from './graph-rows.js';
import { LoadError } from './load-error.js';
import { splitSentences } from '../extract/split-sentences.js';
import { sentenceAt } from './sentence-at.js';
import { BAND_PROPERTIES, textSignature } from './text-signature.js';

const ENTITY_RESERVED = new Set(['id', 'name', 'aliases', 'mentionCount', 'firstSeen', 'lastSeen', 'sources', 'outlets']);
const RELATION_RESERVED = new Set([
  'id',
  'evidence',
  'docIds',
  'confidence',
  'rules',
  'firstSeen',
  'lastSeen',
  'sources',
  'outlets',
  'conflict',
  'claimProps',
  'claimScopes',
  'claimValues',
  'claimDocIds',
]);

/** The values a document states for a relationship that other documents may state differently: [property, scope, value]. */
function claimsOf(type: string, props: Record<string, PropertyValue> | undefined): [string, string, PropertyValue][] {
  const p = props ?? {};
  if (type === 'HOLDS_OFFICE') {
    // "Minister" with a portfolio: a minister moved from Trade to Finance is a different claim of the same office.
    const out: [string, string, PropertyValue][] = [];
    if (typeof p.title === 'string' && p.title !== '') out.push(['title', '', p.title]);
    if (typeof p.portfolio === 'string' && p.portfolio !== '') out.push(['portfolio', '', p.portfolio]);
    return out;
  }
  if (type === 'TRADES_WITH' && typeof p.valueUsd === 'number')
    return [['valueUsd', p.year === undefined || p.year === null ? '' : String(p.year), p.valueUsd]];
  return [];
}

/** A tariff's measure without its rate — "tariff:25%-tariff-on-steel-against-ca-by-us" → "tariff:tariff-on-steel-against-ca-by-us": two rates of one measure conflict. */
export function tariffMeasure(id: string): string | null {
  const m = /^tariff:\d+(?:\.\d+)?%-(.+)$/.exec(id);
  return m ? `tariff:${m[1]}` : null;
}
const LABEL_BY_PREFIX = new Map(Object.entries(ID_PREFIX).map(([label, prefix]) => [prefix, label as PrimaryEntityLabel]));

/** Drops nulls (SET += would delete the property) and the keys the loader owns. */
function cleanProps(props: Record<string, PropertyValue> | undefined, reserved: Set<string>): Properties {
  const out: Properties = {};
  for (const [key, value] of Object.entries(props ?? {})) {
    if (value === null || value === undefined || reserved.has(key)) continue;
    out[key] = value;
  }
  return out;
}

/** The day (YYYY-MM-DD) a publication time starts with, or null. */
export function dateOf(publishedAt: unknown): string | null {
  const match = typeof publishedAt === 'string' ? /^(\d{4}-\d{2}-\d{2})/.exec(publishedAt) : null;
  return match ? match[1]! : null;
}

function labelsOf(id: string, type: string, labels: string[]): EntityLabel[] {
  const all = [type, ...labels.filter((l) => l !== type)];
  for (const label of all) {
    if (!isEntityLabel(label)) throw new LoadError(`entity ${id} has unknown label "${label}"`);
  }
  if (type === 'Minister') throw new LoadError(`entity ${id} has Minister as its primary type`);
  const [primary, ...rest] = all as EntityLabel[];
  return [primary!, ...[...new Set(rest)].sort()];
}

function claimLists(
  claims: [string, string, PropertyValue][],
  docId: string,
): Pick<RelationRow, 'claimProps' | 'claimScopes' | 'claimValues' | 'claimDocIds'> {
  return {
    claimProps: claims.map((c) => c[0]),
    claimScopes: claims.map((c) => c[1]),
    claimValues: claims.map((c) => JSON.stringify(c[2])),
    claimDocIds: claims.map(() => docId),
  };
}

export function toDocumentRows(result: ExtractionResult): DocumentRows {
  if (result.documents.length !== 1) throw new LoadError(`expected one document per load unit, got ${result.documents.length}`);
  const doc = result.documents[0]!;
  const docProps = cleanProps(
    {
      title: doc.title,
      source: doc.source,
      url: doc.url ?? null,
      publishedAt: doc.publishedAt ?? null,
      dateSource: doc.publishedAt ? (doc.dateSource ?? null) : null,
      outlet: doc.outlet ?? null,
      text: doc.text ?? null,
    },
    new Set(),
  );
  const seen = dateOf(doc.publishedAt);
  const text = doc.text ?? '';
  const signature = textSignature(text);
  if (signature) BAND_PROPERTIES.forEach((name, i) => (docProps[name] = signature.bands[i]!));
  const spans = splitSentences(text);

  const typeById = new Map<string, PrimaryEntityLabel>();
  const entityGroups = new Map<string, EntityGroup>();
  const mentionGroups = new Map<string, MentionGroup>();
  for (const entity of [...result.entities].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))) {
    const labels = labelsOf(entity.id, entity.type, entity.labels ?? []);
    const primary = labels[0] as PrimaryEntityLabel;
    typeById.set(entity.id, primary);
    const key = labels.join(':');
    const group = entityGroups.get(key) ?? entityGroups.set(key, { labels, rows: [] }).get(key)!;
    const mentions = (entity.mentions ?? []).filter((m) => m.docId === doc.id).sort((a, b) => a.start - b.start);
    const count = Math.max(mentions.length, 1);
    group.rows.push({
      id: entity.id,
      name: entity.name,
      aliases: [...new Set(entity.aliases ?? [])].filter((a) => a !== entity.name),
      mentionCount: count,
      firstSeen: seen,
      lastSeen: seen,
      props: {
        ...cleanProps(entity.properties, ENTITY_RESERVED),
        ...(primary === 'Tariff' && tariffMeasure(entity.id) ? { measure: tariffMeasure(entity.id)! } : {}),
      },
    });
    const sentences = [...new Set(mentions.map((m) => sentenceAt(text, spans, m.start)).filter((s) => s !== ''))];
    const mentionGroup = mentionGroups.get(primary) ?? mentionGroups.set(primary, { label: primary, rows: [] }).get(primary)!;
    mentionGroup.rows.push({
      id: relationId(MENTIONED_IN, entity.id, doc.id),
      entityId: entity.id,
      docId: doc.id,
      count,
      sentences,
      offsets: mentions.flatMap((m) => [m.start, m.end]),
    });
  }

  const labelOf = (id: string): PrimaryEntityLabel => {
    const label = typeById.get(id) ?? LABEL_BY_PREFIX.get(id.split(':')[0] ?? '');
    if (!label) throw new LoadError(`relation endpoint ${id} is not an entity of document ${doc.source}`);
    return label;
  };
  const relationGroups = new Map<string, RelationGroup>();
  for (const relation of result.relations) {
    if (!isExtractedRelationType(relation.type)) throw new LoadError(`unknown relation type "${relation.type}"`);
    const [source, target] = orientRelation(relation.type, relation.source, relation.target);
    const from = labelOf(source);
    const to = labelOf(target);
    const key = `${relation.type}:${from}:${to}`;
    const group = relationGroups.get(key) ?? relationGroups.set(key, { type: relation.type, from, to, rows: [] }).get(key)!;
    group.rows.push({
      id: relationId(relation.type, source, target),
      source,
      target,
      evidence: [...new Set(relation.evidence)],
      docIds: [doc.id],
      confidence: relation.confidence,
      rules: [...new Set(relation.rules ?? [])],
      props: cleanProps(relation.properties, RELATION_RESERVED),
      ...claimLists(claimsOf(relation.type, relation.docProperties?.[doc.id] ?? relation.properties), doc.id),
    });
  }

  const entities = [...entityGroups.values()];
  const relations = [...relationGroups.values()];
  const mentions = [...mentionGroups.values()];
  const count = (groups: { rows: unknown[] }[]): number => groups.reduce((n, g) => n + g.rows.length, 0);
  return {
    document: { id: doc.id, source: doc.source, props: docProps, signature: signature?.values ?? null },
    entities,
    relations,
    mentions,
    rowCount: count(entities) + count(relations) + count(mentions),
  };
}
