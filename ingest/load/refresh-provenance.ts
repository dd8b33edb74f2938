/*
 * Ingest load: recomputes, from the documents behind them, each relationship's `firstSeen`/`lastSeen` (earliest and
 * latest publication date), `sources` (independent documents: near-duplicates count once) and `outlets`, and each
 * entity's `sources` and `outlets`, and each relationship's `conflict` (its documents' claims disagree). Run after every write and removal, so the figures never drift.
 */

import type { ManagedTransaction, Transaction } from 'neo4j-driver';
import { CLAIMS_DISAGREE } from './cypher-statements.js';

/** A document's independent-source key: the first document of its story, or itself. */
const SOURCE_KEY = 'coalesce(d.duplicateOf, d.id)';

const REFRESH_RELATIONS = `
MATCH ()-[r]->() WHERE elementId(r) IN $rids
WITH r, COLLECT { MATCH (d:Document) WHERE d.id IN coalesce(r.docIds, []) AND d.publishedAt IS NOT NULL
                  RETURN left(toString(d.publishedAt), 10) AS day ORDER BY day } AS days
SET r.firstSeen = days[0], r.lastSeen = days[-1],
    r.sources = size(COLLECT { MATCH (d:Document) WHERE d.id IN coalesce(r.docIds, []) RETURN DISTINCT ${SOURCE_KEY} AS k }),
    r.outlets = COLLECT { MATCH (d:Document) WHERE d.id IN coalesce(r.docIds, []) AND d.outlet IS NOT NULL RETURN DISTINCT d.outlet AS o ORDER BY o }
SET r.conflict = CASE WHEN r.claimDocIds IS NULL THEN r.conflict ELSE ${CLAIMS_DISAGREE('r')} END`;

// Two rates of one measure (same imposer, kind, product and target) are two Tariff nodes: every IMPOSES of the
// measure is flagged when their rates differ.
const REFRESH_TARIFF_CONFLICTS = `
MATCH (a)-[r:IMPOSES]->(t:Tariff) WHERE elementId(r) IN $rids AND t.measure IS NOT NULL
WITH DISTINCT a, t.measure AS measure
MATCH (a)-[s:IMPOSES]->(t2:Tariff {measure: measure})
WITH a, measure, collect(s) AS group, collect(DISTINCT t2.rate) AS rates
UNWIND group AS s
SET s.conflict = size(rates) > 1`;

/** IMPOSES relationships of the same measures as `rids` (other rates of them), to refresh once `rids` are deleted. */
export const TARIFF_SIBLINGS = `
MATCH (a)-[r:IMPOSES]->(t:Tariff) WHERE elementId(r) IN $rids AND t.measure IS NOT NULL
MATCH (a)-[s:IMPOSES]->(:Tariff {measure: t.measure}) WHERE s <> r AND NOT elementId(s) IN $rids
RETURN collect(DISTINCT elementId(s)) AS siblings`;

const REFRESH_ENTITIES = `
MATCH (e) WHERE elementId(e) IN $eids
SET e.sources = size(COLLECT { MATCH (e)-[:MENTIONED_IN]->(d:Document) RETURN DISTINCT ${SOURCE_KEY} AS k }),
    e.outlets = COLLECT { MATCH (e)-[:MENTIONED_IN]->(d:Document) WHERE d.outlet IS NOT NULL RETURN DISTINCT d.outlet AS o ORDER BY o }`;

// One seek over the whole list (`elementId(r) IN $rids`), not `UNWIND $rids … WHERE elementId(r) = rid`: inside the
// load's transaction, with thousands of uncommitted relationships, each of those per-row seeks cost ~10 ms.
const BATCH = 2_000;

/** `rids`, `eids`: element ids of the relationships and entities a write or removal touched (missing ones are skipped). */
export async function refreshProvenance(
  tx: Transaction | ManagedTransaction,
  rids: Iterable<string>,
  eids: Iterable<string>,
): Promise<void> {
  const rels = [...new Set(rids)];
  const nodes = [...new Set(eids)];
  for (let i = 0; i < rels.length; i += BATCH) await tx.run(REFRESH_RELATIONS, { rids: rels.slice(i, i + BATCH) });
  await refreshTariffConflicts(tx, rels);
  for (let i = 0; i < nodes.length; i += BATCH) await tx.run(REFRESH_ENTITIES, { eids: nodes.slice(i, i + BATCH) });
}

/** Only the tariff conflicts of `rids` (IMPOSES relationships; others are skipped): a load's new rates. */
export async function refreshTariffConflicts(tx: Transaction | ManagedTransaction, rids: Iterable<string>): Promise<void> {
  const rels = [...new Set(rids)];
  for (let i = 0; i < rels.length; i += BATCH) await tx.run(REFRESH_TARIFF_CONFLICTS, { rids: rels.slice(i, i + BATCH) });
}
