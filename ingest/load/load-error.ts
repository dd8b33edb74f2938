/* Ingest load: the error a document's load fails with when its data breaks the ontology. */

export class LoadError extends Error {
  override name = 'LoadError';
  constructor(message: string) {
    super(`ingest/load: ${message}`);
  }
}
