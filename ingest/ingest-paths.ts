/* Ingest: paths, folders and globs → Neo4j, read as a stream (streamPaths into ingestInputs), read rejections included. */

import type { Driver } from 'neo4j-driver';
import { ingestInputs, type IngestOptions, type IngestSummary } from './ingest-inputs.js';
import { streamPaths, type ReadOptions } from './read/read-paths.js';

export interface PathsIngestSummary extends IngestSummary {
  warnings: string[];
}

export async function ingestPaths(
  driver: Driver,
  database: string,
  paths: string[],
  options: IngestOptions & ReadOptions = {},
): Promise<PathsIngestSummary> {
  const started = performance.now();
  const read = await streamPaths(paths, options);
  const summary = await ingestInputs(driver, database, read.inputs, { ...options, total: options.total ?? read.expected });
  const rejected = [...read.rejected.map((r) => ({ source: r.path, reason: r.reason })), ...summary.rejected];
  return {
    ...summary,
    documents: { ...summary.documents, read: summary.documents.read + read.rejected.length, rejected: rejected.length },
    rejected,
    warnings: read.warnings,
    ms: performance.now() - started,
  };
}
