/* Ingest load: the Cypher the loader runs. Labels and types come only from the ontology's constants. */

import { ENTITY_LABELS, type EntityLabel } from '../../ontology/labels.js';
import { RELATION_TYPES, type ExtractedRelationType } from '../../ontology/relation-types.js';
import { LoadError } from './load-error.js';

/** Guards the only places a name is spliced into Cypher: it must be one of the ontology's names. */
function label(name: string): string {
  if (!(ENTITY_LABELS as readonly string[]).includes(name)) throw new LoadError(`refusing label "${name}"`);
  return name;
}
function relType(name: string): string {
  if (!(RELATION_TYPES as readonly string[]).includes(name)) throw new LoadError(`refusing relationship type "${name}"`);
  return name;
}

// Every statement seeks by a unique-constraint index whatever the statistics say, so a cached plan
// stays right; replanning as the graph grows from empty (statistics divergence) only costs time.
const PLAN = 'CYPHER replan=skip';

/** Creates the documents that are new; `created` tells which (the token is set only on create). */
export const MERGE_DOCUMENTS = `${PLAN}
UNWIND $rows AS row
MERGE (d:Document {id: row.id})
ON CREATE SET d += row.props, d.ingestedAt = $now, d.ingestToken = $token,
  d.minhash = CASE WHEN row.signature IS NULL THEN null ELSE [x IN row.signature | toInteger(x)] END
WITH d, row, d.ingestToken = $token AS created
FOREACH (_ IN CASE WHEN created THEN [1] ELSE [] END | REMOVE d.ingestToken)
RETURN row.id AS id, created, elementId(d) AS eid`;

/**
 * Re-extraction: what the current reader knows of a stored document that it lacks (a graph ingested before dates,
 * outlets or signatures were read) is filled in; what it has stays.
 */
export const BACKFILL_DOCUMENTS = `${PLAN}
UNWIND $rows AS row
MATCH (d:Document {id: row.id})
SET d.publishedAt = coalesce(d.publishedAt, row.props.publishedAt), d.outlet = coalesce(d.outlet, row.props.outlet),
  d.minhash = coalesce(d.minhash, CASE WHEN row.signature IS NULL THEN null ELSE [x IN row.signature | toInteger(x)] END),
  ${Array.from({ length: 16 }, (_, i) => `d.lsh${i} = coalesce(d.lsh${i}, row.props.lsh${i})`).join(', ')}`;

const unionList = (target: string, incoming: string): string =>
  `coalesce(${target}, []) + [x IN ${incoming} WHERE NOT x IN coalesce(${target}, [])]`;

/** Entities by id; a name an analyst removed from an entity's aliases (`removedAliases`) is not added back. */
export function mergeEntities(labels: EntityLabel[]): string {
  const [primary, ...extra] = labels;
  const addLabels = extra.length > 0 ? `, n:${extra.map(label).join(':')}` : '';
  return `${PLAN}
UNWIND $rows AS row
MERGE (n:${label(primary!)} {id: row.id})
ON CREATE SET n.name = row.name, n.aliases = row.aliases, n.mentionCount = row.mentionCount,
  n.firstSeen = row.firstSeen, n.lastSeen = row.lastSeen
ON MATCH SET
  n.aliases = ${unionList('n.aliases', `[a IN row.aliases + [row.name] WHERE a <> n.name AND NOT a IN coalesce(n.removedAliases, [])]`)},
  n.mentionCount = coalesce(n.mentionCount, 0) + row.mentionCount,
  n.firstSeen = CASE WHEN row.firstSeen IS NOT NULL AND (n.firstSeen IS NULL OR row.firstSeen < n.firstSeen) THEN row.firstSeen ELSE n.firstSeen END,
  n.lastSeen = CASE WHEN row.lastSeen IS NOT NULL AND (n.lastSeen IS NULL OR row.lastSeen > n.lastSeen) THEN row.lastSeen ELSE n.lastSeen END
SET n += row.props${addLabels}
RETURN row.id AS id, elementId(n) AS eid`;
}

/** Element ids of existing nodes, for relation endpoints this transaction did not write itself. */
export function findNodes(from: EntityLabel): string {
  return `MATCH (n:${label(from)}) WHERE n.id IN $ids RETURN n.id AS id, elementId(n) AS eid`;
}

/** A relationship's per-document claims, as parallel lists (graph-rows.ts RelationRow). */
const CLAIM_LISTS = ['claimProps', 'claimScopes', 'claimValues', 'claimDocIds'] as const;

// Endpoints are matched by the element ids the same transaction just returned: one statement per
// relationship type (fewer plans to compile than one per type and label pair) and no index seeks.
export function mergeRelations(type: ExtractedRelationType): string {
  return `${PLAN}
UNWIND $rows AS row
MATCH (a) WHERE elementId(a) = row.a
MATCH (b) WHERE elementId(b) = row.b
MERGE (a)-[r:${relType(type)}]->(b)
ON CREATE SET r.id = row.id, r.evidence = row.evidence, r.docIds = row.docIds, r.rules = row.rules, r.confidence = row.confidence,
  ${CLAIM_LISTS.map((k) => `r.${k} = CASE WHEN size(row.${k}) = 0 THEN null ELSE row.${k} END`).join(', ')}
ON MATCH SET
  ${CLAIM_LISTS.map((k) => `r.${k} = CASE WHEN size(row.${k}) = 0 THEN r.${k} ELSE coalesce(r.${k}, []) + row.${k} END`).join(',\n  ')},
  r.evidence = ${unionList('r.evidence', 'row.evidence')},
  r.docIds = ${unionList('r.docIds', 'row.docIds')},
  r.rules = ${unionList('r.rules', 'row.rules')},
  r.confidence = CASE WHEN r.confidence IS NULL OR row.confidence > r.confidence THEN row.confidence ELSE r.confidence END
SET r += row.props
RETURN count(r) AS written, collect(elementId(r)) AS rids`;
}

export const MERGE_MENTIONS = `${PLAN}
UNWIND $rows AS row
MATCH (e) WHERE elementId(e) = row.e
MATCH (d) WHERE elementId(d) = row.d
MERGE (e)-[m:MENTIONED_IN]->(d)
ON CREATE SET m.id = row.id, m.count = row.count, m.sentences = row.sentences, m.offsets = row.offsets
ON MATCH SET m.count = m.count + row.count, m.sentences = ${unionList('m.sentences', 'row.sentences')},
  m.offsets = m.offsets + row.offsets
RETURN count(m) AS written`;
