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
SET d.dateSource = CASE WHEN d.publishedAt IS NULL THEN row.props.dateSource ELSE coalesce(d.dateSource, row.props.dateSource) END,
  d.publishedAt = coalesce(d.publishedAt, row.props.publishedAt), d.outlet = coalesce(d.outlet, row.props.outlet),
  d.minhash = coalesce(d.minhash, CASE WHEN row.signature IS NULL THEN null ELSE [x IN row.signature | toInteger(x)] END),
  ${Array.from({ length: 16 }, (_, i) => `d.lsh${i} = coalesce(d.lsh${i}, row.props.lsh${i})`).join(', ')}`;

const unionList = (target: string, incoming: string): string =>
  `coalesce(${target}, []) + [x IN ${incoming} WHERE NOT x IN coalesce(${target}, [])]`;

const EARLIER = (stored: string, row: string): string =>
  `CASE WHEN ${row} IS NOT NULL AND (${stored} IS NULL OR ${row} < ${stored}) THEN ${row} ELSE ${stored} END`;
const LATER = (stored: string, row: string): string =>
  `CASE WHEN ${row} IS NOT NULL AND (${stored} IS NULL OR ${row} > ${stored}) THEN ${row} ELSE ${stored} END`;

// Provenance the new documents add (provenance-of-rows.ts): `sources` adds up unless a row asks for a recount (or the
// stored figure predates it); then it is left null, returned as stale and recomputed by refresh-provenance.ts.
// `outlets` stays sorted: each new one is inserted in place (MERGE allows no subquery to sort with).
const ADD_PROVENANCE_ON_CREATE = (v: string): string =>
  `${v}.sources = CASE WHEN row.recount THEN null ELSE row.sources END, ${v}.outlets = row.outlets`;
const ADD_PROVENANCE_ON_MATCH = (v: string): string =>
  `${v}.sources = CASE WHEN row.recount OR ${v}.sources IS NULL THEN null ELSE ${v}.sources + row.sources END,
  ${v}.outlets = reduce(all = coalesce(${v}.outlets, []), o IN row.outlets |
    CASE WHEN o IN all THEN all ELSE [x IN all WHERE x < o] + o + [x IN all WHERE x > o] END)`;

/** Two documents claim different values for one property and scope (graph-rows.ts RelationRow's claim lists). */
export const CLAIMS_DISAGREE = (v: string): string =>
  `any(i IN range(0, size(${v}.claimDocIds) - 1) WHERE any(j IN range(0, size(${v}.claimDocIds) - 1) WHERE ` +
  `${v}.claimProps[i] = ${v}.claimProps[j] AND ${v}.claimScopes[i] = ${v}.claimScopes[j] AND ${v}.claimValues[i] <> ${v}.claimValues[j]))`;

/** Entities by id; a name an analyst removed from an entity's aliases (`removedAliases`) is not added back. */
export function mergeEntities(labels: EntityLabel[]): string {
  const [primary, ...extra] = labels;
  const addLabels = extra.length > 0 ? `, n:${extra.map(label).join(':')}` : '';
  return `${PLAN}
UNWIND $rows AS row
MERGE (n:${label(primary!)} {id: row.id})
ON CREATE SET n.name = row.name, n.aliases = row.aliases, n.mentionCount = row.mentionCount,
  n.firstSeen = row.firstSeen, n.lastSeen = row.lastSeen, ${ADD_PROVENANCE_ON_CREATE('n')}
ON MATCH SET ${ADD_PROVENANCE_ON_MATCH('n')},
  n.aliases = ${unionList('n.aliases', `[a IN row.aliases + [row.name] WHERE a <> n.name AND NOT a IN coalesce(n.removedAliases, [])]`)},
  n.mentionCount = coalesce(n.mentionCount, 0) + row.mentionCount,
  n.firstSeen = ${EARLIER('n.firstSeen', 'row.firstSeen')},
  n.lastSeen = ${LATER('n.lastSeen', 'row.lastSeen')}
SET n += row.props, n.nameKey = coalesce(n.nameKey, row.nameKey), n.shortKey = coalesce(n.shortKey, row.shortKey)${addLabels}
RETURN row.id AS id, elementId(n) AS eid, n.sources IS NULL AS stale`;
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
  ${CLAIM_LISTS.map((k) => `r.${k} = CASE WHEN size(row.${k}) = 0 THEN null ELSE row.${k} END`).join(', ')},
  r.firstSeen = row.firstSeen, r.lastSeen = row.lastSeen, ${ADD_PROVENANCE_ON_CREATE('r')}
ON MATCH SET ${ADD_PROVENANCE_ON_MATCH('r')},
  r.firstSeen = ${EARLIER('r.firstSeen', 'row.firstSeen')}, r.lastSeen = ${LATER('r.lastSeen', 'row.lastSeen')},
  ${CLAIM_LISTS.map((k) => `r.${k} = CASE WHEN size(row.${k}) = 0 THEN r.${k} ELSE coalesce(r.${k}, []) + row.${k} END`).join(',\n  ')},
  r.evidence = ${unionList('r.evidence', 'row.evidence')},
  r.docIds = ${unionList('r.docIds', 'row.docIds')},
  r.rules = ${unionList('r.rules', 'row.rules')},
  r.confidence = CASE WHEN r.confidence IS NULL OR row.confidence > r.confidence THEN row.confidence ELSE r.confidence END
SET r += row.props
SET r.conflict = CASE WHEN r.claimDocIds IS NULL THEN r.conflict ELSE ${CLAIMS_DISAGREE('r')} END
RETURN count(r) AS written, collect(elementId(r)) AS rids, collect(CASE WHEN r.sources IS NULL THEN elementId(r) END) AS stale`;
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

/** Mentions of documents this transaction created: no edge to them can exist yet, so none is looked for. */
export const CREATE_MENTIONS = `${PLAN}
UNWIND $rows AS row
MATCH (e) WHERE elementId(e) = row.e
MATCH (d) WHERE elementId(d) = row.d
CREATE (e)-[m:MENTIONED_IN]->(d)
SET m.id = row.id, m.count = row.count, m.sentences = row.sentences, m.offsets = row.offsets
RETURN count(m) AS written`;
