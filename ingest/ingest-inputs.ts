/* Ingest: SourceInputs → extraction → Neo4j, with a summary of what was new, known, rejected or failed. */

import type { Driver } from 'neo4j-driver';
import type { ExtractionResult } from '../ontology/extraction-result.js';
import { extractDocument, extractDocuments } from './extract-documents.js';
import { loadExtraction } from './load/load-extraction.js';
import type { DocumentOutcome } from './load/load-documents.js';
import type { SourceInput } from './source-input.js';

export interface IngestOptions {
  /** Extract and run every write, then roll back. */
  dryRun?: boolean;
  onProgress?: (done: number, total: number, label: string) => void;
  /** Inputs extracted and loaded together (default 250): bounds memory on large corpora. */
  chunkSize?: number;
}

export interface IngestSummary {
  documents: { read: number; new: number; alreadyIngested: number; rejected: number; failed: number };
  /** Inputs that never reached the graph, and why (extraction, empty text). */
  rejected: { source: string; reason: string }[];
  /** Documents whose write failed and rolled back whole. */
  failed: { source: string; documentId: string; reason: string }[];
  /** One entry per extracted document, in input order. */
  results: DocumentOutcome[];
  entities: { created: number; updated: number };
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

export function nameOf(input: SourceInput, index: number): string {
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

export async function ingestInputs(driver: Driver, database: string, inputs: SourceInput[], options: IngestOptions = {}): Promise<IngestSummary> {
  const started = performance.now();
  const summary: IngestSummary = {
    documents: { read: inputs.length, new: 0, alreadyIngested: 0, rejected: 0, failed: 0 },
    rejected: [],
    failed: [],
    results: [],
    entities: { created: 0, updated: 0 },
    relations: { created: 0, updated: 0 },
    rows: 0,
    words: 0,
    extractMs: 0,
    loadMs: 0,
    ms: 0,
    dryRun: options.dryRun ?? false,
  };
  const chunkSize = Math.max(1, options.chunkSize ?? 250);
  let done = 0;
  for (let offset = 0; offset < inputs.length; offset += chunkSize) {
    const chunk: SourceInput[] = [];
    inputs.slice(offset, offset + chunkSize).forEach((input, i) => {
      if (typeof input.text !== 'string' || input.text.trim() === '') {
        summary.rejected.push({ source: nameOf(input, offset + i), reason: 'empty text' });
      } else chunk.push(input);
    });
    const extractStarted = performance.now();
    const extraction = extractChunk(chunk, offset, summary.rejected);
    summary.extractMs += performance.now() - extractStarted;
    for (const input of chunk) summary.words += input.text.split(/\s+/).filter(Boolean).length;

    const loadStarted = performance.now();
    const base = done;
    const loaded = await loadExtraction(driver, database, extraction, {
      dryRun: options.dryRun,
      onProgress: (n, _total, label) => options.onProgress?.(Math.min(inputs.length, base + n), inputs.length, label),
    });
    summary.loadMs += performance.now() - loadStarted;
    done = Math.min(inputs.length, offset + chunkSize);
    options.onProgress?.(done, inputs.length, chunk[chunk.length - 1]?.source ?? '');

    summary.results.push(...loaded.outcomes);
    summary.entities.created += loaded.entitiesCreated;
    summary.entities.updated += loaded.entitiesUpdated;
    summary.relations.created += loaded.relationsCreated;
    summary.relations.updated += loaded.relationsUpdated;
    summary.rows += loaded.rows;
  }
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
