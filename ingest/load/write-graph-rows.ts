/* Ingest load: writes several documents' rows in one transaction, in batches of UNWIND rows. */

import { Neo4jError, type ManagedTransaction, type Transaction } from 'neo4j-driver';
import type { DocumentRows, EntityGroup, EntityRow, MentionGroup, MentionRow, RelationGroup, RelationRow } from './graph-rows.js';
import { mergeEntityRows, mergeRelationRows } from './merge-rows.js';
import {
  BACKFILL_DOCUMENTS,
  CREATE_MENTIONS,
  MERGE_DOCUMENTS,
  MERGE_MENTIONS,
  findNodes,
  mergeEntities,
  mergeRelations,
} from './cypher-statements.js';
import { LoadError } from './load-error.js';
import { applyRedirects, entityIdsOf, readRedirects } from './apply-redirects.js';
import { linkDuplicates } from './link-duplicates.js';
import { storedKeys } from './name-match.js';
import { applyRenames, applyResolutions, resolveAcrossDocuments } from './resolve-across-documents.js';
import { refreshProvenance, refreshTariffConflicts } from './refresh-provenance.js';
import { documentProvenance, rowProvenance } from './provenance-of-rows.js';
import { duplicateThreshold } from '../../config/config.js';
import { RESOLVED_LABELS, type PrimaryEntityLabel } from '../../ontology/labels.js';

const BATCH_ROWS = 5_000;

export interface WriteCounts {
  /** Ids of the documents this transaction created (the others were already in the graph). */
  createdDocIds: Set<string>;
  entitiesCreated: number;
  entitiesUpdated: number;
  relationsCreated: number;
  relationsUpdated: number;
  /** New names joined to an entity of another document by resolution at load (resolve-across-documents.ts). */
  resolved: number;
  /** Entities that took a fuller name from a name that joined them ("Ruiz" → "Ana Maria Ruiz"). */
  renamed: number;
  /** What resolution at load cost this transaction: index seeks on nameKey / shortKey, and wall time (ms). */
  resolutionSeeks: number;
  resolutionMs: number;
  /** Rows received (one per document and entity, fact or mention). */
  rows: number;
  /** Rows sent to Neo4j after folding rows that share an id within the transaction. */
  rowsWritten: number;
  /** New documents found to nearly repeat an older one: id → the older one's id. */
  duplicates: Map<string, string>;
}

type AnyTransaction = Transaction | ManagedTransaction;

function* batches<T>(rows: T[]): Generator<T[]> {
  for (let i = 0; i < rows.length; i += BATCH_ROWS) yield rows.slice(i, i + BATCH_ROWS);
}

/**
 * Gathers the groups of several documents by key, folds rows that share an id (fewer, smaller
 * writes for the same result) and sorts rows by id so concurrent transactions lock in one order.
 */
function mergeGroups<R extends { id: string }, G extends { rows: R[] }>(
  groups: G[],
  key: (g: G) => string,
  fold: ((into: R, row: R) => R) | null,
): G[] {
  const out = new Map<string, { group: G; byId: Map<string, R> }>();
  // A row is copied only when another folds into it (most rows never are): the documents' rows stay untouched.
  const copies = new Set<R>();
  for (const group of groups) {
    const k = key(group);
    const entry = out.get(k) ?? out.set(k, { group: { ...group, rows: [] }, byId: new Map() }).get(k)!;
    for (const row of group.rows) {
      const known = entry.byId.get(row.id);
      if (!known) entry.byId.set(row.id, row);
      else if (fold) {
        const into = copies.has(known) ? known : structuredClone(known);
        copies.add(into);
        entry.byId.set(row.id, fold(into, row));
      }
    }
  }
  return [...out.values()].map(({ group, byId }) => ({
    ...group,
    rows: [...byId.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
  }));
}

export interface WriteOptions {
  /**
   * Write the rows of documents already in the graph too (re-extraction, once their old rows are
   * removed). By default only documents this transaction creates contribute.
   */
  rewrite?: boolean;
  /** Resolution across documents (default on); off only to measure what it costs. */
  resolve?: boolean;
  /** Near-duplicate threshold (default: NEWSGRAPH_DUPLICATE_THRESHOLD, else 0.8). */
  duplicateThreshold?: number;
}

export async function writeGraphRows(
  tx: AnyTransaction,
  docs: DocumentRows[],
  token: string,
  options: WriteOptions = {},
): Promise<WriteCounts> {
  const counts: WriteCounts = {
    createdDocIds: new Set(),
    entitiesCreated: 0,
    entitiesUpdated: 0,
    relationsCreated: 0,
    relationsUpdated: 0,
    resolved: 0,
    renamed: 0,
    resolutionSeeks: 0,
    resolutionMs: 0,
    rows: 0,
    rowsWritten: 0,
    duplicates: new Map(),
  };
  const now = new Date().toISOString();
  const docRows = docs.map((d) => ({ id: d.document.id, props: d.document.props, signature: d.document.signature }));
  const merged = await tx.run(MERGE_DOCUMENTS, { rows: docRows, now, token });
  const eid = new Map<string, string>();
  for (const record of merged.records) {
    if (record.get('created')) counts.createdDocIds.add(record.get('id') as string);
    eid.set(`doc:${record.get('id') as string}`, record.get('eid') as string);
  }
  counts.rows += docRows.length;
  counts.rowsWritten += docRows.length;

  if (options.rewrite) await tx.run(BACKFILL_DOCUMENTS, { rows: docRows });
  const links = await linkDuplicates(
    tx,
    docs.filter((d) => counts.createdDocIds.has(d.document.id)),
    options.duplicateThreshold ?? duplicateThreshold(),
  );
  for (const link of links) counts.duplicates.set(link.id, link.other);

  // Only new documents contribute: re-ingesting a text adds nothing.
  const created = options.rewrite ? docs : docs.filter((d) => counts.createdDocIds.has(d.document.id));
  counts.rows += created.reduce((n, d) => n + d.rowCount, 0);
  // Curation: names an analyst merged away (or retyped) land on the entity that now stands for them.
  const named = entityIdsOf(created);
  const redirects = await readRedirects(tx, named);
  const redirected = created.map((d) => applyRedirects(d, redirects));
  // A name no entity has yet is matched against the graph's entities of its type and this transaction's other documents.
  const started = performance.now();
  const { resolutions, renames, seeks } =
    options.resolve === false ? { resolutions: new Map(), renames: [], seeks: 0 } : await resolveAcrossDocuments(tx, redirected);
  counts.resolutionMs += performance.now() - started;
  counts.resolutionSeeks += seeks;
  counts.resolved += resolutions.size;
  counts.renamed += renames.length;
  const fresh = redirected.map((d) => applyResolutions(d, resolutions));
  const entities = mergeGroups<EntityRow, EntityGroup>(
    fresh.flatMap((d) => d.entities),
    (g) => g.labels.join(':'),
    mergeEntityRows,
  );
  const relations = mergeGroups<RelationRow, RelationGroup>(
    fresh.flatMap((d) => d.relations),
    (g) => g.type,
    mergeRelationRows,
  );
  const mentions = mergeGroups<MentionRow, MentionGroup>(
    fresh.flatMap((d) => d.mentions),
    () => 'all',
    null,
  );

  // What the new documents add to each entity's and relationship's provenance is written with it. Re-extracted
  // documents were counted before: their rows are all recounted from the graph (staleEntities, staleRelations).
  const provenance = documentProvenance(options.rewrite ? [] : created, links);
  const docsOfEntity = new Map<string, string[]>();
  for (const row of mentions.flatMap((g) => g.rows))
    (docsOfEntity.get(row.entityId) ?? docsOfEntity.set(row.entityId, []).get(row.entityId)!).push(row.docId);
  const staleEntities: string[] = [];
  const staleRelations: string[] = [];
  const imposes: string[] = [];
  for (const group of entities) {
    for (const batch of batches(group.rows)) {
      const rows = batch.map((r) => {
        // An entity's own rows already carry its first and last day.
        const { sources, outlets, recount } = rowProvenance(docsOfEntity.get(r.id) ?? [], provenance);
        const keys = RESOLVED_LABELS.includes(group.labels[0] as PrimaryEntityLabel)
          ? storedKeys(group.labels[0]!, r.name)
          : { nameKey: null, shortKey: null };
        return { ...r, sources, outlets, recount, ...keys };
      });
      const result = await tx.run(mergeEntities(group.labels), { rows });
      for (const record of result.records) {
        eid.set(record.get('id') as string, record.get('eid') as string);
        if (record.get('stale')) staleEntities.push(record.get('eid') as string);
      }
      const created = result.summary.counters.updates().nodesCreated;
      counts.entitiesCreated += created;
      counts.entitiesUpdated += rows.length - created;
      counts.rowsWritten += rows.length;
    }
  }
  if (renames.length > 0) {
    const renaming = performance.now();
    await applyRenames(tx, renames);
    counts.resolutionMs += performance.now() - renaming;
  }
  await findMissingEndpoints(tx, fresh, eid);
  for (const group of relations) {
    for (const batch of batches(group.rows)) {
      const rows = batch.map((r) => ({
        ...r,
        ...rowProvenance(r.docIds, provenance),
        a: eid.get(r.source) ?? null,
        b: eid.get(r.target) ?? null,
      }));
      const result = await tx.run(mergeRelations(group.type), { rows });
      const written = Number(result.records[0]?.get('written') ?? 0);
      staleRelations.push(...((result.records[0]?.get('stale') as string[] | undefined) ?? []));
      if (group.type === 'IMPOSES') imposes.push(...((result.records[0]?.get('rids') as string[] | undefined) ?? []));
      if (written !== rows.length) {
        const lost = rows.filter((r) => r.a === null || r.b === null).map((r) => (r.a === null ? r.source : r.target));
        throw new LoadError(
          `${rows.length - written} ${group.type} relation(s) lost an endpoint${lost.length ? ` (${lost.slice(0, 3).join(', ')})` : ''}`,
        );
      }
      const created = result.summary.counters.updates().relationshipsCreated;
      counts.relationsCreated += created;
      counts.relationsUpdated += rows.length - created;
      counts.rowsWritten += rows.length;
    }
  }
  for (const group of mentions) {
    for (const batch of batches(group.rows)) {
      const rows = batch.map((m) => ({ ...m, e: eid.get(m.entityId) ?? null, d: eid.get(`doc:${m.docId}`) ?? null }));
      // Without `rewrite` every mention is of a document this transaction created.
      const result = await tx.run(options.rewrite ? MERGE_MENTIONS : CREATE_MENTIONS, { rows });
      const written = Number(result.records[0]?.get('written') ?? 0);
      if (written !== rows.length) throw new LoadError(`${rows.length - written} MENTIONED_IN edge(s) lost an endpoint`);
      counts.rowsWritten += rows.length;
    }
  }
  await refreshProvenance(tx, staleRelations, staleEntities);
  // refreshProvenance has already refreshed the tariff conflicts of the stale relationships.
  const recounted = new Set(staleRelations);
  await refreshTariffConflicts(
    tx,
    imposes.filter((rid) => !recounted.has(rid)),
  );
  // A merge that committed after the redirects were read may have deleted an entity this transaction
  // then wrote again: start over (the loader retries transient errors), now resolving through it.
  const late = await readRedirects(
    tx,
    named.filter((id) => !redirects.has(id)),
  );
  if (late.size > 0)
    throw new Neo4jError(
      `entities merged during the load: ${[...late.keys()].slice(0, 3).join(', ')}`,
      'Neo.TransientError.Transaction.Outdated',
      '50N42',
      'error: general processing exception - merged during load',
    );
  return counts;
}

/** Relation endpoints that none of these documents wrote (already in the graph): look them up by label. */
async function findMissingEndpoints(tx: AnyTransaction, docs: DocumentRows[], eid: Map<string, string>): Promise<void> {
  const missing = new Map<string, Set<string>>();
  for (const doc of docs) {
    for (const group of doc.relations) {
      for (const row of group.rows) {
        if (!eid.has(row.source)) (missing.get(group.from) ?? missing.set(group.from, new Set()).get(group.from)!).add(row.source);
        if (!eid.has(row.target)) (missing.get(group.to) ?? missing.set(group.to, new Set()).get(group.to)!).add(row.target);
      }
    }
  }
  for (const [label, ids] of missing) {
    const result = await tx.run(findNodes(label as EntityGroup['labels'][number]), { ids: [...ids] });
    for (const record of result.records) eid.set(record.get('id') as string, record.get('eid') as string);
  }
}
