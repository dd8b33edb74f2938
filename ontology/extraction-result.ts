/* Ontology: the JSON that `extract` prints and ingest loads ("What extract --json prints"). */

import type { EntityLabel, PrimaryEntityLabel } from './labels.js';
import type { ExtractedRelationType } from './relation-types.js';
import type { DateSource } from './date-source.js';

export type PropertyValue = string | number | boolean | null | string[] | number[];

export interface ExtractedDocument {
  /** sha256 (hex) of the normalized text. */
  id: string;
  title: string;
  source: string;
  url?: string | null;
  publishedAt?: string | null;
  /** Where `publishedAt` came from, when it is known. */
  dateSource?: DateSource | null;
  /** Who published it ("Reuters", a site name), when known. */
  outlet?: string | null;
  /** Normalized text; mention offsets index into it. Omitted from `extract` output unless asked. */
  text?: string;
}

/** Where an entity is mentioned: character offsets into the normalized document text. */
interface Mention {
  docId: string;
  start: number;
  end: number;
  text: string;
  sentence: number;
}

export interface ExtractedEntity {
  id: string;
  type: PrimaryEntityLabel;
  labels: EntityLabel[];
  name: string;
  aliases: string[];
  properties: Record<string, PropertyValue>;
  /** Present in the ingest pipeline; `extract` may omit them. */
  mentions?: Mention[];
}

export interface ExtractedRelation {
  source: string;
  type: ExtractedRelationType;
  target: string;
  properties: Record<string, PropertyValue>;
  evidence: string[];
  docIds: string[];
  confidence: number;
  /** Ids of the extraction rules that produced it ("signing.subject-verb-agreement"). */
  rules: string[];
  /**
   * Each document's own properties, by document id, once several documents' relations are merged (`properties`
   * keeps the merged ones): the loader records what each document claims (a title, a trade value). Not printed.
   */
  docProperties?: Record<string, Record<string, PropertyValue>>;
}

export interface ExtractionResult {
  documents: ExtractedDocument[];
  entities: ExtractedEntity[];
  relations: ExtractedRelation[];
}
