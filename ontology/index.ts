/* Ontology: the one home of the graph's names and wire types, imported by ingest, server and web. */

export * from './labels.js';
export * from './relation-types.js';
export * from './extraction-result.js';
export * from './api-types.js';
export * from './date-source.js';
