/* Ingest: SourceInputs → extraction → Neo4j, with a summary of what was new, known, rejected or failed. */

import type { Driver } from 'neo4j-driver';
import type { ExtractionResult } from '../ontology/extraction-result.js';
import { extractDocument, extractDocuments } from './extract-documents.js';
import { mergeResults } from './extract/merge-results.js';
import { unifyEntities } from './extract/unify-entities.js';
import { TASK_SIZE, extractStream, type Extracted, type InputStream } from './extract-stream.js';
import { loadExtraction } from './load/load-extraction.js';
import type { DocumentOutcome } from './load/load-documents.js';
import type { WriteTransactions } from './load/write-transactions.js';
import type { SourceInput } from './source-input.js';

export interface IngestOptions {
  /** Extract and run every write, then roll back. */
  dryRun?: boolean;
  onProgress?: (done: number, total: number, label: string) => void;
  /** Inputs extracted and loaded together (default 250): bounds memory on large corpora. */
  chunkSize?: number;
  /** Extraction threads (default 1: this thread; the CLI uses one per core). */
  workers?: number;
  /** Where the load's write transactions run (default: sessions of the driver); the server passes its executor's. */
  transactions?: WriteTransactions;
  /** How many inputs a stream holds, for progress (may grow as it is read); default: those read so far. */
  total?: number | (() => number);
}

export interface IngestSummary {
  documents: { read: number; new: number; alreadyIngested: number; rejected: number; failed: number };
  /** Inputs that never reached the graph, and why (extraction, empty text). */
  rejected: { source: string; reason: string }[];
  /** Documents whose write failed and rolled back whole. */
  failed: { source: string; documentId: string; reason: string }[];
  /** One entry per extracted document, in input order. */
  results: DocumentOutcome[];
  /** `resolved`: new names joined to an entity of another document at load rather than made a node. */
  entities: { created: number; updated: number; resolved: number };
  relations: { created: number; updated: number };
  /** Rows written in UNWIND batches. */
  rows: number;
  /** Words in the texts that were extracted. */
  words: number;
  extractMs: number;
  loadMs: number;
  ms: number;
  dryRun: boolean;
}

function nameOf(input: SourceInput, index: number): string {
  return input.source ?? input.title ?? `input ${index + 1}`;
}

/** The corpus-level extraction, or one document at a time when a document breaks it. */
export function extractChunk(inputs: SourceInput[], offset: number, rejected: IngestSummary['rejected']): ExtractionResult {
  try {
    return extractDocuments(inputs);
  } catch {
    const parts: ExtractionResult[] = [];
    inputs.forEach((input, i) => {
      try {
        parts.push(extractDocument(input));
      } catch (error) {
        rejected.push({ source: nameOf(input, offset + i), reason: `extraction failed: ${(error as Error).message}` });
      }
    });
    return {
      documents: parts.flatMap((p) => p.documents),
      entities: parts.flatMap((p) => p.entities),
      relations: parts.flatMap((p) => p.relations),
    };
  }
}

/** One chunk's extraction: the documents merged by canonical id, as extractDocuments does. */
function combine(results: ExtractionResult[]): ExtractionResult {
  try {
    return unifyEntities(mergeResults(results));
  } catch {
    return {
      documents: results.flatMap((p) => p.documents),
      entities: results.flatMap((p) => p.entities),
      relations: results.flatMap((p) => p.relations),
    };
  }
}

/**
 * Reads `inputs` (an array or a stream) as it goes, extracts them on `options.workers` threads and
 * loads them chunk by chunk, in input order, while the workers extract the next ones.
 */
export async function ingestInputs(
  driver: Driver,
  database: string,
  inputs: InputStream,
  options: IngestOptions = {},
): Promise<IngestSummary> {
  const started = performance.now();
  const summary: IngestSummary = {
    documents: { read: 0, new: 0, alreadyIngested: 0, rejected: 0, failed: 0 },
    rejected: [],
    failed: [],
    results: [],
    entities: { created: 0, updated: 0, resolved: 0 },
    relations: { created: 0, updated: 0 },
    rows: 0,
    words: 0,
    extractMs: 0,
    loadMs: 0,
    ms: 0,
    dryRun: options.dryRun ?? false,
  };
  const chunkSize = Math.max(1, options.chunkSize ?? 250);
  const given = options.total ?? (Array.isArray(inputs) ? inputs.length : undefined);
  const total = (): number => Math.max(summary.documents.read, typeof given === 'function' ? given() : (given ?? summary.documents.read));
  let done = 0;
  const progress = (n: number, label: string): void => options.onProgress?.(Math.min(n, total()), total(), label);
  const stream = extractStream(inputs, {
    workers: options.workers,
    // The next chunk and a few tasks per worker: enough to extract it while this one loads, no more held in memory.
    maxInFlight: chunkSize + 4 * Math.max(1, options.workers ?? 1) * TASK_SIZE,
    accept: (input, index) => {
      summary.documents.read++;
      if (typeof input.text === 'string' && input.text.trim() !== '') return true;
      summary.rejected.push({ source: nameOf(input, index), reason: 'empty text' });
      done++;
      return false;
    },
  });

  const load = async (chunk: Extracted[]): Promise<void> => {
    const results: ExtractionResult[] = [];
    for (const { input, index, outcome } of chunk) {
      if (outcome.result) results.push(outcome.result);
      else {
        summary.rejected.push({ source: nameOf(input, index), reason: `extraction failed: ${outcome.error}` });
        done++;
      }
      summary.words += input.text.split(/\s+/).filter(Boolean).length;
    }
    const merged = performance.now();
    const extraction = combine(results);
    summary.extractMs += performance.now() - merged;

    const loadStarted = performance.now();
    const base = done;
    const loaded = await loadExtraction(driver, database, extraction, {
      dryRun: options.dryRun,
      transactions: options.transactions,
      onProgress: (n, _total, label) => progress(base + n, label),
    });
    summary.loadMs += performance.now() - loadStarted;
    done = base + results.length;
    progress(done, chunk[chunk.length - 1]?.input.source ?? '');

    summary.results.push(...loaded.outcomes);
    summary.entities.created += loaded.entitiesCreated;
    summary.entities.updated += loaded.entitiesUpdated;
    summary.entities.resolved += loaded.resolved;
    summary.relations.created += loaded.relationsCreated;
    summary.relations.updated += loaded.relationsUpdated;
    summary.rows += loaded.rows;
  };

  let chunk: Extracted[] = [];
  let waited = performance.now();
  for await (const part of stream) {
    chunk.push(...part);
    if (chunk.length < chunkSize) continue;
    // Time spent waiting for extraction (in this thread or on the workers), not loading.
    summary.extractMs += performance.now() - waited;
    await load(chunk);
    chunk = [];
    waited = performance.now();
  }
  summary.extractMs += performance.now() - waited;
  if (chunk.length > 0) await load(chunk);
  if (done < summary.documents.read) progress(summary.documents.read, '');

  for (const outcome of summary.results) {
    if (outcome.status === 'new') summary.documents.new++;
    else if (outcome.status === 'existing') summary.documents.alreadyIngested++;
    else {
      summary.documents.failed++;
      summary.failed.push({ source: outcome.source, documentId: outcome.id, reason: outcome.error ?? 'unknown error' });
    }
  }
  summary.documents.rejected = summary.rejected.length;
  summary.ms = performance.now() - started;
  return summary;
}
