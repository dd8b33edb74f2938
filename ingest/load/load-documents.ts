/* Ingest load: documents' rows → Neo4j, several documents per transaction, one by one on failure. */

import { randomUUID } from 'node:crypto';
import type { Driver } from 'neo4j-driver';
import type { DocumentRows } from './graph-rows.js';
import { ensureSchemaOnce } from './ensure-schema-once.js';
import { isRetryable } from './is-retryable.js';
import { writeGraphRows, type WriteCounts } from './write-graph-rows.js';
import { driverWriteTransactions, type WriteTransactions } from './write-transactions.js';

export interface DocumentOutcome {
  id: string;
  source: string;
  status: 'new' | 'existing' | 'failed';
  entities: number;
  relations: number;
  /** A new document that nearly repeats an older one: that one's id (DUPLICATE_OF). */
  duplicateOf?: string;
  error?: string;
}

/** What a load did: the writes' counters summed over its transactions, and each document's outcome. */
export interface LoadSummary extends Omit<WriteCounts, 'createdDocIds' | 'duplicates'> {
  outcomes: DocumentOutcome[];
}

export interface LoadOptions {
  /** Run every write, then roll back. */
  dryRun?: boolean;
  /** Documents per transaction (default 500); a failing group is retried one document at a time. */
  docsPerTransaction?: number;
  /** Soft cap on rows per transaction (default 20,000; each UNWIND batch stays ≤ 5,000). */
  rowsPerTransaction?: number;
  onProgress?: (done: number, total: number, label: string) => void;
  /** Resolution across documents at load (default on); off only to measure what it costs (bench:ingest). */
  resolve?: boolean;
  /** Where the write transactions run (default: sessions of the driver given to the load). */
  transactions?: WriteTransactions;
}

const MAX_ATTEMPTS = 6;
const sleep = (ms: number): Promise<void> => new Promise((res) => setTimeout(res, ms));

async function writeUnit(transactions: WriteTransactions, docs: DocumentRows[], dryRun: boolean, resolve: boolean): Promise<WriteCounts> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await transactions.run((tx) => writeGraphRows(tx, docs, randomUUID(), { resolve }), { commit: !dryRun });
    } catch (error) {
      if (attempt >= MAX_ATTEMPTS || !isRetryable(error)) throw error;
      await sleep(Math.min(1_000, 25 * 2 ** attempt) * (0.5 + Math.random()));
    }
  }
}

/** Losing the database is no one document's fault: callers stop instead of blaming the document. */
export function isConnectionLoss(error: unknown): boolean {
  const code = (error as { code?: string } | null)?.code;
  return code === 'ServiceUnavailable' || code === 'SessionExpired';
}

/** An error's first line, with its Neo4j code when the message lacks it. */
export function describe(error: unknown): string {
  const e = error as { code?: string; message?: string };
  const message = (e.message ?? String(error)).split('\n')[0]!;
  return e.code && !message.includes(e.code) ? `${message} (${e.code})` : message;
}

function units(docs: DocumentRows[], maxDocs: number, maxRows: number): DocumentRows[][] {
  const out: DocumentRows[][] = [];
  let current: DocumentRows[] = [];
  let rows = 0;
  for (const doc of docs) {
    if (current.length > 0 && (current.length >= maxDocs || rows + doc.rowCount > maxRows)) {
      out.push(current);
      current = [];
      rows = 0;
    }
    current.push(doc);
    rows += doc.rowCount;
  }
  if (current.length > 0) out.push(current);
  return out;
}

export async function loadDocuments(
  driver: Driver,
  database: string,
  docs: DocumentRows[],
  options: LoadOptions = {},
): Promise<LoadSummary> {
  await ensureSchemaOnce(driver, database);
  const transactions = options.transactions ?? driverWriteTransactions(driver, database);
  const summary: LoadSummary = {
    outcomes: [],
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
  };
  const seen = new Set<string>();
  const unique: DocumentRows[] = [];
  const outcomeOf = (doc: DocumentRows, status: DocumentOutcome['status'], error?: string): DocumentOutcome => ({
    id: doc.document.id,
    source: doc.document.source,
    status,
    entities: doc.entities.reduce((n, g) => n + g.rows.length, 0),
    relations: doc.relations.reduce((n, g) => n + g.rows.length, 0),
    ...(error ? { error } : {}),
  });
  const byId = new Map<string, DocumentOutcome>();
  const order: DocumentOutcome[] = [];
  for (const doc of docs) {
    if (seen.has(doc.document.id)) {
      order.push(outcomeOf(doc, 'existing'));
      continue;
    }
    seen.add(doc.document.id);
    unique.push(doc);
    const placeholder = outcomeOf(doc, 'failed');
    byId.set(doc.document.id, placeholder);
    order.push(placeholder);
  }

  const record = (unit: DocumentRows[], counts: WriteCounts): void => {
    for (const doc of unit) {
      const outcome = byId.get(doc.document.id)!;
      outcome.status = counts.createdDocIds.has(doc.document.id) ? 'new' : 'existing';
      const original = counts.duplicates.get(doc.document.id);
      if (original) outcome.duplicateOf = original;
    }
    summary.entitiesCreated += counts.entitiesCreated;
    summary.entitiesUpdated += counts.entitiesUpdated;
    summary.relationsCreated += counts.relationsCreated;
    summary.relationsUpdated += counts.relationsUpdated;
    summary.resolved += counts.resolved;
    summary.renamed += counts.renamed;
    summary.resolutionSeeks += counts.resolutionSeeks;
    summary.resolutionMs += counts.resolutionMs;
    summary.rows += counts.rows;
    summary.rowsWritten += counts.rowsWritten;
  };

  let done = 0;
  const total = unique.length;
  for (const unit of units(unique, options.docsPerTransaction ?? 500, options.rowsPerTransaction ?? 20_000)) {
    try {
      record(unit, await writeUnit(transactions, unit, options.dryRun ?? false, options.resolve ?? true));
    } catch (error) {
      // Losing the database is not one document's fault: stop; what was committed stays.
      if (isConnectionLoss(error)) throw error;
      if (unit.length === 1) byId.get(unit[0]!.document.id)!.error = describe(error);
      else {
        // The group rolled back whole; one bad document must not cost the others.
        for (const doc of unit) {
          try {
            record([doc], await writeUnit(transactions, [doc], options.dryRun ?? false, options.resolve ?? true));
          } catch (single) {
            if (isConnectionLoss(single)) throw single;
            byId.get(doc.document.id)!.error = describe(single);
          }
        }
      }
    }
    done += unit.length;
    options.onProgress?.(done, total, unit[unit.length - 1]!.document.source);
  }
  summary.outcomes = order;
  return summary;
}
