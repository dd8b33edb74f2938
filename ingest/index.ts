/* Ingest: the public functions — read inputs, ingest them into Neo4j, remove a document, re-extract them all. */

export { readPaths, type ReadResult, type ReadOptions } from './read/read-paths.js';
export { ingestInputs, type IngestOptions, type IngestSummary } from './ingest-inputs.js';
export { ingestPaths, type PathsIngestSummary } from './ingest-paths.js';
export { removeDocument, type RemoveSummary } from './remove-document.js';
export { reextractDocuments, type ReextractOptions, type ReextractSummary } from './reextract-documents.js';
export { loadExtraction } from './load/load-extraction.js';
export type { DocumentOutcome } from './load/load-documents.js';
export type { SourceInput } from './source-input.js';
