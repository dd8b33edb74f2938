/* Ontology: the JSON shapes of the HTTP API, shared by server (producer) and web (consumer). */

import type { EntityLabel, PrimaryEntityLabel } from './labels.js';
import type { RelationType } from './relation-types.js';
import type { PropertyValue } from './extraction-result.js';
import type { DateSource } from './date-source.js';

/** Every error response: `{error: {code, message}}`. */
export interface ApiError {
  error: { code: string; message: string; position?: { line: number; column: number; offset: number } };
}

export interface GraphNode {
  id: string;
  type: PrimaryEntityLabel | 'Document';
  labels: (EntityLabel | 'Document')[];
  name: string;
  aliases: string[];
  /** Every other stored property (title, portfolio, iso2, rate, …). */
  properties: Record<string, PropertyValue>;
  degree: number;
}

export interface GraphEdge {
  /** Stable relationship id (`rel:…`). */
  id: string;
  type: RelationType;
  source: string;
  target: string;
  /** The relation's own properties (title, date, rate, …); evidence, docIds, rules and confidence have their own fields. */
  properties: Record<string, PropertyValue>;
  confidence: number | null;
  evidenceCount: number;
  /** Ids of the extraction rules that produced it ("signing.subject-verb-agreement"); [] for MENTIONED_IN. */
  rules: string[];
  /** An analyst's verdict (POST /api/relations/:id/review); null or absent when unreviewed. */
  review?: 'confirmed' | 'rejected' | null;
  /* Time and sources: always sent by the server (optional only so older payloads still type-check). */
  /** Earliest and latest publication date (YYYY-MM-DD) of the documents stating it; null when none is dated. */
  firstSeen?: string | null;
  lastSeen?: string | null;
  /** Independent documents stating it (near-duplicates count once); 0 for provenance edges. */
  sources?: number;
  /** Outlets of those documents, sorted. */
  outlets?: string[];
  /** True when its documents give different values for one of its claims (see `claims`). */
  conflict?: boolean;
  /** Each document's value for each claim: in graph payloads only on conflicting edges ([] otherwise); always in GET /api/relations/:id. */
  claims?: Claim[];
}

/** One document's value for one claim of a relationship. */
export interface Claim {
  /** The property claimed: "title", "valueUsd", "rate". */
  property: string;
  /** What the value is about, when it is one of several (a trade value's year: "2024"); else null. */
  scope: string | null;
  value: string | number;
  docId: string;
  /** The document's publication date (YYYY-MM-DD), or null. */
  date: string | null;
  outlet: string | null;
  /** For a tariff rate: the Tariff node that carries this rate. */
  nodeId?: string;
}

export interface GraphPayload {
  nodes: GraphNode[];
  edges: GraphEdge[];
}

/** GET /api/health */
export interface HealthResponse {
  status: 'ok' | 'degraded';
  database: { reachable: boolean; uri: string; name: string; version?: string; edition?: string };
  versions: { newsgraph: string; node: string };
}

/** GET /api/stats */
export interface StatsResponse {
  nodesByLabel: Record<string, number>;
  relationshipsByType: Record<string, number>;
  documents: number;
  lastIngest: string | null;
}

/** GET /api/search */
export interface SearchHit {
  id: string;
  type: PrimaryEntityLabel;
  name: string;
  aliases: string[];
  score: number;
}
export interface SearchResponse {
  hits: SearchHit[];
}

/** GET /api/graph — overview subgraph. */
export interface OverviewResponse extends GraphPayload {
  totalNodes: number;
  truncated: boolean;
}

export interface DocumentSummary {
  id: string;
  title: string;
  source: string | null;
  url: string | null;
  publishedAt: string | null;
  /** Where `publishedAt` came from (metadata, a date line, the file name, dates.csv, --published-at, the dateline). */
  dateSource?: DateSource | null;
  /** Who published it, when known (site name, JSONL outlet, dateline agency); sent by the relation details. */
  outlet?: string | null;
  /** The first document of the story this one nearly repeats (DUPLICATE_OF), when it is a copy. */
  duplicateOf?: string | null;
}

/** GET /api/nodes/:id */
export interface NodeDetailsResponse {
  node: GraphNode;
  documents: (DocumentSummary & { count: number })[];
}

/** GET /api/nodes/:id/neighbors — "showing 100 of 2,431". */
export interface NeighborsResponse extends GraphPayload {
  total: number;
  truncated: boolean;
}

/** GET /api/relations/:id */
export interface RelationDetailsResponse {
  edge: GraphEdge;
  sourceNode: GraphNode;
  targetNode: GraphNode;
  evidence: string[];
  documents: DocumentSummary[];
}

/** GET /api/timeline?bucket=day|week|month[&from=YYYY-MM-DD][&to=YYYY-MM-DD] */
export interface TimelineResponse {
  bucket: 'day' | 'week' | 'month';
  /** The range asked for, or the span of the dated documents and relationships; null when nothing is dated. */
  from: string | null;
  to: string | null;
  /** Contiguous buckets (empty ones included), oldest first; `start` is the bucket's first day (weeks start on Monday). */
  buckets: { start: string; end: string; documents: number; newRelationships: number }[];
  /** Documents whose publication date is unknown (never counted in a bucket). */
  undatedDocuments: number;
}

/** GET /api/paths */
export interface PathsResponse extends GraphPayload {
  /** Each path as the ordered ids of its nodes and edges. */
  paths: { nodeIds: string[]; edgeIds: string[] }[];
}

/** GET /api/documents */
export interface DocumentsResponse {
  documents: (DocumentSummary & { entityCount: number })[];
  total: number;
}

export interface DocumentMention {
  entityId: string;
  type: PrimaryEntityLabel;
  start: number;
  end: number;
  text: string;
}

/** GET /api/documents/:id */
export interface DocumentResponse {
  document: DocumentSummary & { text: string };
  mentions: DocumentMention[];
}

/** POST /api/documents {text, title?, url?, source?, publishedAt?} */
export interface IngestResponse {
  documentId: string;
  created: boolean;
  entities: number;
  relations: number;
  /** When the new document nearly repeats an older one: that one's id (linked DUPLICATE_OF, one source). */
  duplicateOf?: string;
}

/** POST /api/documents/url {url}: the page's article ingested, with what was read from the page. */
export interface UrlIngestResponse extends IngestResponse {
  title: string | null;
  /** The canonical URL (else the URL after redirects). */
  url: string;
  /** The site name, else the host. */
  source: string | null;
  publishedAt: string | null;
}

/** POST /api/cypher {query, params} */
export interface CypherResponse {
  columns: string[];
  rows: unknown[][];
  graph: GraphPayload;
  truncated: boolean;
  ms: number;
}

/** `report` is the evidence pack as one self-contained HTML file, `report-md` the same as Markdown. */
export const EXPORT_FORMATS = ['csv', 'json', 'graphml', 'gexf', 'cypher', 'report', 'report-md'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/* Additions by the server (additive): what a console cell holds, and the export scopes. */

/** A graph element inside `CypherResponse.rows`; other values are plain JSON (temporal values as ISO strings). */
export type ConsoleCell =
  | { elementType: 'node'; id: string; labels: string[]; properties: Record<string, unknown> }
  | {
      elementType: 'relationship';
      id: string;
      type: string;
      startElementId: string;
      endElementId: string;
      properties: Record<string, unknown>;
    }
  | { elementType: 'path'; nodeIds: string[]; edgeIds: string[] };

/** GET /api/export?format=…&scope=all | scope=nodes&ids=a,b | scope=cypher&query=…&params={json}; includeDocuments=true|false. */
export const EXPORT_SCOPES = ['all', 'nodes', 'cypher'] as const;

/* Curation (issue 9): decisions, the review queue. */

/** One analyst decision as GET /api/decisions lists it. `payload` is what was asked (kind-specific). */
export interface DecisionResponse {
  id: string;
  kind: 'merge' | 'keep-apart' | 'edit' | 'review';
  by: string;
  at: string;
  payload: Record<string, unknown>;
  /** Entity and relationship ids the decision touched. */
  targets: string[];
  undone: boolean;
  undoneBy: string | null;
  undoneAt: string | null;
}

/** GET /api/decisions */
export interface DecisionsResponse {
  decisions: DecisionResponse[];
  total: number;
}

/** POST /api/entities/merge, PATCH /api/entities/:id */
export interface EntityDecisionResponse {
  decision: DecisionResponse;
  /** The entity as it now is (after a type change, under its new id). */
  entity: GraphNode;
}

/** POST /api/relations/:id/review */
export interface ReviewDecisionResponse {
  decision: DecisionResponse;
  edge: GraphEdge;
}

/** GET /api/review?kind=relations: unreviewed relationships, lowest confidence first. */
export interface ReviewRelationItem {
  edge: GraphEdge;
  sourceNode: GraphNode;
  targetNode: GraphNode;
  evidence: string[];
  rules: string[];
}

/** GET /api/review?kind=duplicates: two entities of one type that may be the same. */
export interface DuplicateCandidate {
  a: GraphNode;
  b: GraphNode;
  /** 0..1, higher first. */
  score: number;
  /** Best Jaro-Winkler similarity between their names and aliases (shown; the score rests on `reasons`). */
  nameSimilarity: number;
  /** Names or aliases both carry that say something (never a title or a generic word on its own). */
  sharedAliases: string[];
  sharedNeighbors: number;
  /** Documents that name both (and whose reader kept them apart). */
  sharedDocuments: number;
  /** Why the pair is proposed: "given names, initials and middle names agree", "acronym of …", "2 shared neighbours". */
  reasons: string[];
}

export type ReviewQueueResponse = { kind: 'relations'; items: ReviewRelationItem[] } | { kind: 'duplicates'; items: DuplicateCandidate[] };
