/* Ingest load: the rows one document contributes to the graph, grouped the way Cypher needs them. */

import type { EntityLabel, PrimaryEntityLabel } from '../../ontology/labels.js';
import type { ExtractedRelationType } from '../../ontology/relation-types.js';
import type { PropertyValue } from '../../ontology/extraction-result.js';

export type Properties = Record<string, PropertyValue>;

export interface DocumentRow {
  id: string;
  source: string;
  /** title, source, url, publishedAt, outlet, text and the MinHash band keys (lsh0…) — nulls already dropped. */
  props: Properties;
  /** MinHash signature of the text (text-signature.ts), or null when it is too short to compare. */
  signature: number[] | null;
}

export interface EntityRow {
  id: string;
  name: string;
  aliases: string[];
  mentionCount: number;
  /** Earliest and latest document dates (YYYY-MM-DD) of the rows merged into this one, or null. */
  firstSeen: string | null;
  lastSeen: string | null;
  props: Properties;
}

export interface RelationRow {
  id: string;
  source: string;
  target: string;
  evidence: string[];
  docIds: string[];
  confidence: number;
  /** Ids of the extraction rules that produced it, in order of first appearance. */
  rules: string[];
  props: Properties;
  /**
   * Claims this document makes about the relationship, as parallel lists (one entry per claim): the property
   * ("title", "valueUsd"), its scope ("2024" for a trade value's year, else ""), the value as JSON, the document.
   */
  claimProps: string[];
  claimScopes: string[];
  claimValues: string[];
  claimDocIds: string[];
}

export interface MentionRow {
  id: string;
  entityId: string;
  docId: string;
  count: number;
  sentences: string[];
  offsets: number[];
}

/** Rows that share one label set: Cypher cannot take labels as parameters. */
export interface EntityGroup {
  /** Primary label first, then the extra labels sorted (e.g. ["Person", "Minister"]). */
  labels: EntityLabel[];
  rows: EntityRow[];
}

export interface RelationGroup {
  type: ExtractedRelationType;
  from: PrimaryEntityLabel;
  to: PrimaryEntityLabel;
  rows: RelationRow[];
}

export interface MentionGroup {
  label: PrimaryEntityLabel;
  rows: MentionRow[];
}

export interface DocumentRows {
  document: DocumentRow;
  entities: EntityGroup[];
  relations: RelationGroup[];
  mentions: MentionGroup[];
  /** Entity + relation + mention rows (the document row not counted). */
  rowCount: number;
}
