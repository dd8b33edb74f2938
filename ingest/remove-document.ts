/* Ingest: removes a Document, everything only it supports, and its evidence from everything else. */

import type { Driver, ManagedTransaction, Transaction } from 'neo4j-driver';
import { TARIFF_SIBLINGS, refreshProvenance } from './load/refresh-provenance.js';

export interface RemoveSummary {
  /** False when no Document has that id. */
  removed: boolean;
  documentId: string;
  source: string | null;
  entitiesDeleted: number;
  entitiesUpdated: number;
  relationsDeleted: number;
  relationsTrimmed: number;
}

// A relationship an analyst reviewed is never deleted with its last document: it is trimmed, so a
// rejected fact stated again stays rejected (and a confirmed one stays confirmed).
// Every relationship endpoint of a document is MENTIONED_IN it, so its relationships are found
// from the entities it mentions instead of scanning every relationship in the graph.
const SUPPORTED = `
MATCH (e)-[:MENTIONED_IN]->(:Document {id: $docId})
MATCH (e)-[r]-()
WHERE type(r) <> 'MENTIONED_IN' AND $docId IN r.docIds
RETURN DISTINCT elementId(r) AS rid, size(r.docIds) = 1 AND r.review IS NULL AS alone`;

const DELETE_RELATIONS = `
MATCH ()-[r]->() WHERE elementId(r) IN $rids
DELETE r`;

// Evidence sentences found in the removed text go, unless another supporting document holds them too.
const TRIM_RELATIONS = `
MATCH ()-[r]->() WHERE elementId(r) IN $rids
WITH r, [x IN r.docIds WHERE x <> $docId] AS rest
OPTIONAL MATCH (o:Document) WHERE o.id IN rest
WITH r, rest, collect(o.text) AS texts
SET r.docIds = rest,
    r.evidence = [s IN r.evidence WHERE NOT $text CONTAINS s OR any(t IN texts WHERE t CONTAINS s)]
WITH r, [i IN range(0, size(coalesce(r.claimDocIds, [])) - 1) WHERE r.claimDocIds[i] <> $docId] AS keep
SET r.claimProps = CASE WHEN r.claimDocIds IS NULL THEN null ELSE [i IN keep | r.claimProps[i]] END,
    r.claimScopes = CASE WHEN r.claimDocIds IS NULL THEN null ELSE [i IN keep | r.claimScopes[i]] END,
    r.claimValues = CASE WHEN r.claimDocIds IS NULL THEN null ELSE [i IN keep | r.claimValues[i]] END,
    r.claimDocIds = CASE WHEN r.claimDocIds IS NULL THEN null ELSE [i IN keep | r.claimDocIds[i]] END`;

const DROP_MENTIONS = `
MATCH (e)-[m:MENTIONED_IN]->(:Document {id: $docId})
WITH e, m, coalesce(e.mentionCount, 0) - coalesce(m.count, 0) AS left
DELETE m
SET e.mentionCount = CASE WHEN left < 0 THEN 0 ELSE left END
RETURN elementId(e) AS eid`;

// An entity an analyst curated (merge survivor, renamed, retyped, aliases edited) keeps its node and name.
const REFRESH_OR_DELETE_ENTITIES = `
MATCH (e) WHERE elementId(e) IN $eids
OPTIONAL MATCH (e)-[:MENTIONED_IN]->(o:Document)
WITH e, count(o) AS docs, [x IN collect(o.publishedAt) WHERE x IS NOT NULL | left(x, 10)] AS dates
WITH e, docs, dates, docs = 0 AND NOT EXISTS { (e)--() } AND e.curated IS NULL AS orphan
SET e.firstSeen = CASE WHEN orphan THEN e.firstSeen ELSE reduce(m = null, d IN dates | CASE WHEN m IS NULL OR d < m THEN d ELSE m END) END,
    e.lastSeen = CASE WHEN orphan THEN e.lastSeen ELSE reduce(m = null, d IN dates | CASE WHEN m IS NULL OR d > m THEN d ELSE m END) END
WITH e, orphan
FOREACH (_ IN CASE WHEN orphan THEN [1] ELSE [] END | DELETE e)
RETURN sum(CASE WHEN orphan THEN 1 ELSE 0 END) AS deleted, sum(CASE WHEN orphan THEN 0 ELSE 1 END) AS kept,
       [x IN collect(CASE WHEN orphan THEN null ELSE elementId(e) END) WHERE x IS NOT NULL] AS keptIds`;

export type ExtractionRemoval = Pick<RemoveSummary, 'entitiesDeleted' | 'entitiesUpdated' | 'relationsDeleted' | 'relationsTrimmed'>;

/**
 * Removes what extraction wrote for one document, keeping its Document node: relationships only it
 * supports, its id and evidence on the others (their rules' union stays), its MENTIONED_IN edges,
 * and entities left with neither mentions nor relationships. `text` is the document's stored text.
 */
export async function removeExtraction(tx: Transaction | ManagedTransaction, docId: string, text: string): Promise<ExtractionRemoval> {
  const summary: ExtractionRemoval = { entitiesDeleted: 0, entitiesUpdated: 0, relationsDeleted: 0, relationsTrimmed: 0 };
  const supported = (await tx.run(SUPPORTED, { docId })).records.map((r) => ({
    rid: r.get('rid') as string,
    alone: r.get('alone') as boolean,
  }));
  const alone = supported.filter((s) => s.alone).map((s) => s.rid);
  const shared = supported.filter((s) => !s.alone).map((s) => s.rid);
  // Another rate of a tariff measure losing its last document changes whether the measure's rates conflict.
  const siblings =
    alone.length > 0 ? (((await tx.run(TARIFF_SIBLINGS, { rids: alone })).records[0]?.get('siblings') as string[] | undefined) ?? []) : [];
  if (alone.length > 0) await tx.run(DELETE_RELATIONS, { rids: alone });
  if (siblings.length > 0)
    await refreshProvenance(
      tx,
      siblings.filter((s) => !shared.includes(s)),
      [],
    );
  if (shared.length > 0) {
    await tx.run(TRIM_RELATIONS, { rids: shared, docId, text });
    await refreshProvenance(tx, shared, []);
  }
  summary.relationsDeleted = alone.length;
  summary.relationsTrimmed = shared.length;

  const eids = (await tx.run(DROP_MENTIONS, { docId })).records.map((r) => r.get('eid') as string);
  if (eids.length > 0) {
    const row = (await tx.run(REFRESH_OR_DELETE_ENTITIES, { eids })).records[0];
    summary.entitiesDeleted = Number(row?.get('deleted') ?? 0);
    summary.entitiesUpdated = Number(row?.get('kept') ?? 0);
    await refreshProvenance(tx, [], (row?.get('keptIds') as string[] | undefined) ?? []);
  }
  return summary;
}

async function remove(tx: ManagedTransaction, docId: string): Promise<RemoveSummary> {
  const doc = await tx.run('MATCH (d:Document {id: $docId}) RETURN d.text AS text, d.source AS source', { docId });
  const found = doc.records[0];
  if (!found)
    return {
      removed: false,
      documentId: docId,
      source: null,
      entitiesDeleted: 0,
      entitiesUpdated: 0,
      relationsDeleted: 0,
      relationsTrimmed: 0,
    };
  const removal = await removeExtraction(tx, docId, (found.get('text') as string | null) ?? '');
  await tx.run('MATCH (d:Document {id: $docId}) DETACH DELETE d', { docId });
  return { removed: true, documentId: docId, source: (found.get('source') as string | null) ?? null, ...removal };
}

export async function removeDocument(driver: Driver, database: string, docId: string): Promise<RemoveSummary> {
  const session = driver.session({ database, defaultAccessMode: 'WRITE' });
  try {
    return await session.executeWrite((tx) => remove(tx, docId));
  } finally {
    await session.close();
  }
}
