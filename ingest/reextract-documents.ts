/* Ingest: runs the current extractor over every Document stored in Neo4j and replaces what the old
 * one wrote — one transaction per document (remove its extraction, load the new one), in batches. */

import { randomUUID } from 'node:crypto';
import { int, type Driver } from 'neo4j-driver';
import type { ExtractionResult } from '../ontology/extraction-result.js';
import { ENTITY_LABELS } from '../ontology/labels.js';
import { RELATION_TYPES } from '../ontology/relation-types.js';
import { extractChunk } from './ingest-inputs.js';
import { ensureSchemaOnce } from './load/ensure-schema-once.js';
import { describe, isConnectionLoss } from './load/load-documents.js';
import { splitByDocument } from './load/split-by-document.js';
import { toDocumentRows } from './load/to-document-rows.js';
import { writeGraphRows } from './load/write-graph-rows.js';
import { removeExtraction } from './remove-document.js';
import type { SourceInput } from './source-input.js';
import { isDateSource } from '../ontology/date-source.js';
import { completePublication } from './read/complete-publication.js';

export interface ReextractOptions {
  /** Documents read and extracted together (default 100); each is still written in its own transaction. */
  batchSize?: number;
  onProgress?: (done: number, total: number, label: string) => void;
  /** The extraction of one batch (default: the pipeline, as ingest runs it); tests pass their own. */
  extract?: (inputs: SourceInput[]) => ExtractionResult;
}

export interface ReextractSummary {
  documents: { total: number; reextracted: number; failed: number };
  /** Documents left as they were, and why (no stored text, extraction or write failed: rolled back whole). */
  failed: { documentId: string; source: string; reason: string }[];
  /** Extracted relationships (MENTIONED_IN not counted) and entities, before and after. */
  relations: { before: number; after: number };
  entities: { before: number; after: number };
  ms: number;
}

interface StoredDocument {
  id: string;
  title: string | null;
  source: string | null;
  url: string | null;
  publishedAt: string | null;
  dateSource: string | null;
  outlet: string | null;
  text: string | null;
}

const PAGE = `
MATCH (d:Document) WHERE d.id > $after
RETURN d.id AS id, d.title AS title, d.source AS source, d.url AS url, d.publishedAt AS publishedAt, d.dateSource AS dateSource, d.outlet AS outlet, d.text AS text
ORDER BY d.id LIMIT $limit`;

async function read<T>(driver: Driver, database: string, cypher: string, params: Record<string, unknown> = {}): Promise<T[]> {
  const session = driver.session({ database, defaultAccessMode: 'READ' });
  try {
    const result = await session.run(cypher, params);
    return result.records.map((r) => r.toObject() as T);
  } finally {
    await session.close();
  }
}

/** Relationship and node counts per type and label, each read from the count store. */
async function graphSize(driver: Driver, database: string): Promise<{ relations: number; entities: number }> {
  const rels = RELATION_TYPES.map((t) => `MATCH ()-[r:${t}]->() RETURN count(r) AS n`).join(' UNION ALL ');
  const nodes = ENTITY_LABELS.filter((l) => l !== 'Minister')
    .map((l) => `MATCH (n:${l}) RETURN count(n) AS n`)
    .join(' UNION ALL ');
  const sum = (rows: { n: unknown }[]): number => rows.reduce((total, r) => total + Number(r.n), 0);
  return {
    relations: sum(await read<{ n: unknown }>(driver, database, rels)),
    entities: sum(await read<{ n: unknown }>(driver, database, nodes)),
  };
}

/** One document's replacement in one transaction: its old extraction out, the new one in. */
async function replace(
  driver: Driver,
  database: string,
  stored: StoredDocument & { text: string },
  rows: ReturnType<typeof toDocumentRows>,
): Promise<void> {
  const session = driver.session({ database, defaultAccessMode: 'WRITE' });
  try {
    await session.executeWrite(async (tx) => {
      await removeExtraction(tx, stored.id, stored.text);
      await writeGraphRows(tx, [rows], randomUUID(), { rewrite: true });
    });
  } finally {
    await session.close();
  }
}

/**
 * A stored document as an input: its date kept with where it came from. An undated one is dated by what the current
 * reader finds in its text and source name; a dated one stored before `dateSource` was kept gets the source the
 * current reader would give that very date, else `metadata`.
 */
function storedInput(d: StoredDocument & { text: string }): SourceInput {
  const base: SourceInput = { text: d.text, title: d.title, source: d.source, url: d.url, outlet: d.outlet };
  if (!d.publishedAt) return base;
  let dateSource = isDateSource(d.dateSource) ? d.dateSource : undefined;
  if (!dateSource) {
    const found = completePublication(base);
    dateSource = found.publishedAt === d.publishedAt && found.dateSource ? found.dateSource : 'metadata';
  }
  return { ...base, publishedAt: d.publishedAt, dateSource };
}

export async function reextractDocuments(driver: Driver, database: string, options: ReextractOptions = {}): Promise<ReextractSummary> {
  const started = performance.now();
  await ensureSchemaOnce(driver, database);
  const before = await graphSize(driver, database);
  const [count] = await read<{ n: unknown }>(driver, database, 'MATCH (d:Document) RETURN count(d) AS n');
  const total = Number(count?.n ?? 0);
  const summary: ReextractSummary = {
    documents: { total, reextracted: 0, failed: 0 },
    failed: [],
    relations: { before: before.relations, after: before.relations },
    entities: { before: before.entities, after: before.entities },
    ms: 0,
  };
  const limit = Math.max(1, options.batchSize ?? 100);
  let done = 0;
  let after = '';
  for (;;) {
    const page = await read<StoredDocument>(driver, database, PAGE, { after, limit: int(limit) });
    if (page.length === 0) break;
    after = page[page.length - 1]!.id;
    const fail = (doc: StoredDocument, reason: string): void => {
      summary.failed.push({ documentId: doc.id, source: doc.source ?? doc.id, reason });
    };

    const hasText = (d: StoredDocument): d is StoredDocument & { text: string } => typeof d.text === 'string' && d.text.trim() !== '';
    const withText = page.filter(hasText);
    for (const doc of page) {
      if (hasText(doc)) continue;
      fail(doc, 'no stored text to extract from');
      done++;
      options.onProgress?.(done, total, doc.source ?? doc.id);
    }
    const inputs: SourceInput[] = withText.map(storedInput);
    const rejected: { source: string; reason: string }[] = [];
    // Extracted together, as ingest does, so one person named across the batch stays one node.
    const extracted = options.extract ? options.extract(inputs) : extractChunk(inputs, 0, rejected);
    const parts = new Map(splitByDocument(extracted).map((p) => [p.documents[0]!.id, p]));

    for (const doc of withText) {
      const part = parts.get(doc.id);
      try {
        if (!part) {
          const why = rejected.find((r) => r.source === (doc.source ?? doc.title));
          throw new Error(why?.reason ?? 'extracting the stored text gives another document id (its normalization changed)');
        }
        await replace(driver, database, doc, toDocumentRows(part));
        summary.documents.reextracted++;
      } catch (error) {
        if (isConnectionLoss(error)) throw error;
        fail(doc, describe(error));
      }
      done++;
      options.onProgress?.(done, total, doc.source ?? doc.id);
    }
  }
  summary.documents.failed = summary.failed.length;
  const size = await graphSize(driver, database);
  summary.relations.after = size.relations;
  summary.entities.after = size.entities;
  summary.ms = performance.now() - started;
  return summary;
}
