/* Ontology: the JSON shapes of the HTTP API, shared by server (producer) and web (consumer): types derived from
   the zod schemas in api-schemas.ts (which the OpenAPI document and the tests use too). */

import type { z } from 'zod';
import type {
  apiErrorSchema,
  claimSchema,
  cypherResponseSchema,
  decisionResponseSchema,
  decisionsResponseSchema,
  documentResponseSchema,
  documentSummarySchema,
  documentsResponseSchema,
  duplicateCandidateSchema,
  entityDecisionResponseSchema,
  graphEdgeSchema,
  graphNodeSchema,
  healthResponseSchema,
  ingestResponseSchema,
  neighborsResponseSchema,
  nodeDetailsResponseSchema,
  overviewResponseSchema,
  pathsResponseSchema,
  relationDetailsResponseSchema,
  reviewDecisionResponseSchema,
  reviewQueueResponseSchema,
  reviewRelationItemSchema,
  searchResponseSchema,
  statsResponseSchema,
  timelineResponseSchema,
  urlIngestResponseSchema,
} from './api-schemas.js';

/** Every error response: `{error: {code, message}}`. */
export type ApiError = z.infer<typeof apiErrorSchema>;

export type GraphNode = z.infer<typeof graphNodeSchema>;

export type GraphEdge = z.infer<typeof graphEdgeSchema>;

/** One document's value for one claim of a relationship. */
export type Claim = z.infer<typeof claimSchema>;

export type GraphPayload = { nodes: GraphNode[]; edges: GraphEdge[] };

/** GET /api/health */
export type HealthResponse = z.infer<typeof healthResponseSchema>;

/** GET /api/stats */
export type StatsResponse = z.infer<typeof statsResponseSchema>;

/** GET /api/search */
export type SearchHit = SearchResponse['hits'][number];
export type SearchResponse = z.infer<typeof searchResponseSchema>;

/** GET /api/graph — overview subgraph. */
export type OverviewResponse = z.infer<typeof overviewResponseSchema>;

export type DocumentSummary = z.infer<typeof documentSummarySchema>;

/** GET /api/nodes/:id */
export type NodeDetailsResponse = z.infer<typeof nodeDetailsResponseSchema>;

/** GET /api/nodes/:id/neighbors — "showing 100 of 2,431". */
export type NeighborsResponse = z.infer<typeof neighborsResponseSchema>;

/** GET /api/relations/:id */
export type RelationDetailsResponse = z.infer<typeof relationDetailsResponseSchema>;

/** GET /api/timeline?bucket=day|week|month[&from=YYYY-MM-DD][&to=YYYY-MM-DD] */
export type TimelineResponse = z.infer<typeof timelineResponseSchema>;

/** GET /api/paths */
export type PathsResponse = z.infer<typeof pathsResponseSchema>;

/** GET /api/documents */
export type DocumentsResponse = z.infer<typeof documentsResponseSchema>;

export type DocumentMention = DocumentResponse['mentions'][number];

/** GET /api/documents/:id */
export type DocumentResponse = z.infer<typeof documentResponseSchema>;

/** POST /api/documents {text, title?, url?, source?, publishedAt?} */
export type IngestResponse = z.infer<typeof ingestResponseSchema>;

/** POST /api/documents/url {url}: the page's article ingested, with what was read from the page. */
export type UrlIngestResponse = z.infer<typeof urlIngestResponseSchema>;

/** POST /api/cypher {query, params} */
export type CypherResponse = z.infer<typeof cypherResponseSchema>;

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
export type DecisionResponse = z.infer<typeof decisionResponseSchema>;

/** GET /api/decisions */
export type DecisionsResponse = z.infer<typeof decisionsResponseSchema>;

/** POST /api/entities/merge, PATCH /api/entities/:id */
export type EntityDecisionResponse = z.infer<typeof entityDecisionResponseSchema>;

/** POST /api/relations/:id/review */
export type ReviewDecisionResponse = z.infer<typeof reviewDecisionResponseSchema>;

/** GET /api/review?kind=relations: unreviewed relationships, lowest confidence first. */
export type ReviewRelationItem = z.infer<typeof reviewRelationItemSchema>;

/** GET /api/review?kind=duplicates: two entities of one type that may be the same. */
export type DuplicateCandidate = z.infer<typeof duplicateCandidateSchema>;

export type ReviewQueueResponse = z.infer<typeof reviewQueueResponseSchema>;
