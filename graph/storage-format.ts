/* Graph: how the ontology is stored in Neo4j — the contract between ingest's loader and the server.
 *
 * Entity node      labels = entity.labels (e.g. :Person:Minister); properties: id, name,
 *                  aliases (string[]), mentionCount (int), firstSeen, lastSeen (ISO dates or null)
 *                  and the entity's own properties flattened (title, portfolio, iso2, iso3, kind,
 *                  acronym, signedOn, inForceOn, reviewOn, rate, product, label, date).
 * Document node    :Document {id (sha256 of normalized text), title, source, url, publishedAt,
 *                  text (normalized), ingestedAt (ISO date-time)}.
 * Relationship     the ontology type; properties: id (ids.relationId(type, source, target)),
 *                  evidence (string[]), docIds (string[]), rules (string[]: ids of the extraction
 *                  rules that produced it, e.g. "signing.subject-verb-agreement"), confidence
 *                  (float) and the relation's own properties (title, date, rate, valueUsd, …).
 *                  A second document stating it appends its evidence, id and rules (each once);
 *                  removing a document drops its id and evidence but keeps the rules' union.
 *                  Symmetric types (MET_WITH, TRADES_WITH) are stored once with source id < target id.
 * MENTIONED_IN     (entity)-[:MENTIONED_IN {id, count, sentences (string[]), offsets (int[]: flat
 *                  start,end pairs into Document.text)}]->(Document).
 */

export const STORAGE_FORMAT_VERSION = 1;
