/* Graph: idempotent schema bootstrap — a unique `id` per label, a full-text index on names, an id index per relationship type. */

import type { Driver } from 'neo4j-driver';
import { DECISION_LABEL, MERGED_ID_LABEL } from '../ontology/curation.js';
import { ALL_LABELS, ENTITY_LABELS, RESOLVED_LABELS } from '../ontology/labels.js';
import { ALL_RELATION_TYPES, RELATION_TYPES } from '../ontology/relation-types.js';

export const FULLTEXT_INDEX = 'entityNames';

/** The statements, in order. Each is a no-op when its constraint or index already exists. */
export function schemaStatements(): string[] {
  const constraints = ALL_LABELS.map(
    (label) => `CREATE CONSTRAINT ${label.toLowerCase()}_id IF NOT EXISTS FOR (n:${label}) REQUIRE n.id IS UNIQUE`,
  );
  const fulltext = `CREATE FULLTEXT INDEX ${FULLTEXT_INDEX} IF NOT EXISTS FOR (n:${ENTITY_LABELS.join('|')}) ON EACH [n.name, n.aliases]`;
  // Relationship property indexes are per type, so GET /api/relations/:id seeks one per type.
  const relationIds = ALL_RELATION_TYPES.map(
    (type) => `CREATE INDEX rel_${type.toLowerCase()}_id IF NOT EXISTS FOR ()-[r:${type}]-() ON (r.id)`,
  );
  // Curation: decisions by id, and merged-away ids (ingest resolves incoming ids through them; a merge repoints by `to`).
  const curation = [
    `CREATE CONSTRAINT decision_id IF NOT EXISTS FOR (n:${DECISION_LABEL}) REQUIRE n.id IS UNIQUE`,
    `CREATE CONSTRAINT mergedid_id IF NOT EXISTS FOR (n:${MERGED_ID_LABEL}) REQUIRE n.id IS UNIQUE`,
    `CREATE INDEX mergedid_to IF NOT EXISTS FOR (n:${MERGED_ID_LABEL}) ON (n.to)`,
    `CREATE INDEX decision_kind IF NOT EXISTS FOR (n:${DECISION_LABEL}) ON (n.kind)`,
  ];
  // Resolution at load finds an incoming name's candidates by these keys (ingest/load/name-match.ts storedKeys).
  const matchKeys = RESOLVED_LABELS.flatMap((label) =>
    ['nameKey', 'shortKey'].map(
      (key) => `CREATE INDEX ${label.toLowerCase()}_${key.toLowerCase()} IF NOT EXISTS FOR (n:${label}) ON (n.${key})`,
    ),
  );
  // The graph version reads the newest ingest in order from this index.
  const ingestedAt = 'CREATE INDEX document_ingested_at IF NOT EXISTS FOR (d:Document) ON (d.ingestedAt)';
  // Near-duplicate candidates are the documents that share a MinHash band: one range index per band property.
  const bands = Array.from({ length: 16 }, (_, i) => `CREATE INDEX document_lsh${i} IF NOT EXISTS FOR (d:Document) ON (d.lsh${i})`);
  // The review queue reads each type's least confident relationships in index order.
  const confidences = RELATION_TYPES.map(
    (type) => `CREATE INDEX rel_${type.toLowerCase()}_confidence IF NOT EXISTS FOR ()-[r:${type}]-() ON (r.confidence)`,
  );
  return [...constraints, fulltext, ...relationIds, ...curation, ...matchKeys, ...confidences, ingestedAt, ...bands];
}

export interface SchemaChanges {
  constraintsAdded: number;
  indexesAdded: number;
}

/** Creates what is missing and waits for the indexes to come online; returns what it added. */
export async function ensureSchema(driver: Driver, database: string): Promise<SchemaChanges> {
  const session = driver.session({ database });
  const changes: SchemaChanges = { constraintsAdded: 0, indexesAdded: 0 };
  try {
    for (const statement of schemaStatements()) {
      const updates = (await session.run(statement)).summary.counters.updates();
      changes.constraintsAdded += updates.constraintsAdded;
      changes.indexesAdded += updates.indexesAdded;
    }
    await session.run('CALL db.awaitIndexes(60)');
    return changes;
  } finally {
    await session.close();
  }
}
