/* Ontology: the JSON the HTTP API answers, as zod schemas. The server documents them in its OpenAPI
   document and the tests check its real answers against them; api-types.ts derives the TypeScript types
   the server and the web app use from them. */

import { z } from 'zod';
import { PRIMARY_ENTITY_LABELS, ENTITY_LABELS } from './labels.js';
import { ALL_RELATION_TYPES } from './relation-types.js';
import { DATE_SOURCES } from './date-source.js';

const day = z.string().describe('YYYY-MM-DD');
const propertyValue = z.union([z.string(), z.number(), z.boolean(), z.null(), z.array(z.string()), z.array(z.number())]);
const properties = z.record(z.string(), propertyValue);
const nodeType = z.enum([...(PRIMARY_ENTITY_LABELS as [string, ...string[]]), 'Document'] as [
  (typeof PRIMARY_ENTITY_LABELS)[number] | 'Document',
  ...((typeof PRIMARY_ENTITY_LABELS)[number] | 'Document')[],
]);
const primaryType = z.enum(PRIMARY_ENTITY_LABELS as [(typeof PRIMARY_ENTITY_LABELS)[number], ...(typeof PRIMARY_ENTITY_LABELS)[number][]]);

export const apiErrorSchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    position: z.object({ line: z.number(), column: z.number(), offset: z.number() }).optional(),
  }),
});

export const graphNodeSchema = z.object({
  id: z.string(),
  type: nodeType,
  labels: z.array(z.enum([...ENTITY_LABELS, 'Document'])),
  name: z.string(),
  aliases: z.array(z.string()),
  /** Every other stored property (title, portfolio, iso2, rate, …). */
  properties,
  degree: z.number(),
});

export const claimSchema = z.object({
  property: z.string(),
  scope: z.string().nullable(),
  value: z.union([z.string(), z.number()]),
  docId: z.string(),
  date: day.nullable(),
  outlet: z.string().nullable(),
  nodeId: z.string().optional(),
});

export const graphEdgeSchema = z.object({
  id: z.string(),
  type: z.enum(ALL_RELATION_TYPES),
  source: z.string(),
  target: z.string(),
  properties,
  confidence: z.number().nullable(),
  evidenceCount: z.number(),
  rules: z.array(z.string()),
  review: z.enum(['confirmed', 'rejected']).nullable().optional(),
  firstSeen: day.nullable().optional(),
  lastSeen: day.nullable().optional(),
  sources: z.number().optional(),
  outlets: z.array(z.string()).optional(),
  conflict: z.boolean().optional(),
  claims: z.array(claimSchema).optional(),
});

const graphPayload = { nodes: z.array(graphNodeSchema), edges: z.array(graphEdgeSchema) };

export const healthResponseSchema = z.object({
  status: z.enum(['ok', 'degraded']),
  database: z.object({
    reachable: z.boolean(),
    uri: z.string(),
    name: z.string(),
    version: z.string().optional(),
    edition: z.string().optional(),
  }),
  versions: z.object({ newsgraph: z.string(), node: z.string() }),
});

export const statsResponseSchema = z.object({
  entities: z.number(),
  nodesByLabel: z.record(z.string(), z.number()),
  subLabels: z.record(z.string(), z.object({ of: z.string(), count: z.number() })),
  relationshipsByType: z.record(z.string(), z.number()),
  documents: z.number(),
  lastIngest: z.string().nullable(),
});

export const searchResponseSchema = z.object({
  hits: z.array(z.object({ id: z.string(), type: primaryType, name: z.string(), aliases: z.array(z.string()), score: z.number() })),
});

export const overviewResponseSchema = z.object({ ...graphPayload, totalNodes: z.number(), truncated: z.boolean() });

export const documentSummarySchema = z.object({
  id: z.string(),
  title: z.string(),
  source: z.string().nullable(),
  url: z.string().nullable(),
  publishedAt: z.string().nullable(),
  /** Where `publishedAt` came from (metadata, a date line, the file name, dates.csv, --published-at, the dateline). */
  dateSource: z.enum(DATE_SOURCES).nullable().optional(),
  outlet: z.string().nullable().optional(),
  duplicateOf: z.string().nullable().optional(),
});

export const nodeDetailsResponseSchema = z.object({
  node: graphNodeSchema,
  documents: z.array(documentSummarySchema.extend({ count: z.number() })),
});

export const neighborsResponseSchema = z.object({ ...graphPayload, total: z.number(), truncated: z.boolean() });

export const relationDetailsResponseSchema = z.object({
  edge: graphEdgeSchema,
  sourceNode: graphNodeSchema,
  targetNode: graphNodeSchema,
  evidence: z.array(z.string()),
  documents: z.array(documentSummarySchema),
});

export const timelineResponseSchema = z.object({
  bucket: z.enum(['day', 'week', 'month']),
  from: day.nullable(),
  to: day.nullable(),
  buckets: z.array(z.object({ start: day, end: day, documents: z.number(), newRelationships: z.number() })),
  undatedDocuments: z.number(),
});

export const pathsResponseSchema = z.object({
  ...graphPayload,
  paths: z.array(z.object({ nodeIds: z.array(z.string()), edgeIds: z.array(z.string()) })),
});

export const documentsResponseSchema = z.object({
  documents: z.array(documentSummarySchema.extend({ entityCount: z.number() })),
  total: z.number(),
});

export const documentResponseSchema = z.object({
  document: documentSummarySchema.extend({ text: z.string() }),
  mentions: z.array(z.object({ entityId: z.string(), type: primaryType, start: z.number(), end: z.number(), text: z.string() })),
});

export const ingestResponseSchema = z.object({
  documentId: z.string(),
  created: z.boolean(),
  entities: z.number(),
  relations: z.number(),
  duplicateOf: z.string().optional(),
});

export const urlIngestResponseSchema = ingestResponseSchema.extend({
  title: z.string().nullable(),
  url: z.string(),
  source: z.string().nullable(),
  publishedAt: z.string().nullable(),
});

export const cypherResponseSchema = z.object({
  columns: z.array(z.string()),
  rows: z.array(z.array(z.unknown())),
  graph: z.object(graphPayload),
  truncated: z.boolean(),
  ms: z.number(),
});

export const decisionResponseSchema = z.object({
  id: z.string(),
  kind: z.enum(['merge', 'keep-apart', 'edit', 'review']),
  by: z.string(),
  at: z.string(),
  payload: z.record(z.string(), z.unknown()),
  targets: z.array(z.string()),
  undone: z.boolean(),
  undoneBy: z.string().nullable(),
  undoneAt: z.string().nullable(),
});

export const decisionsResponseSchema = z.object({ decisions: z.array(decisionResponseSchema), total: z.number() });
export const entityDecisionResponseSchema = z.object({ decision: decisionResponseSchema, entity: graphNodeSchema });
export const keepApartResponseSchema = z.object({ decision: decisionResponseSchema });
export const reviewDecisionResponseSchema = z.object({ decision: decisionResponseSchema, edge: graphEdgeSchema });

export const reviewRelationItemSchema = z.object({
  edge: graphEdgeSchema,
  sourceNode: graphNodeSchema,
  targetNode: graphNodeSchema,
  evidence: z.array(z.string()),
  rules: z.array(z.string()),
});

export const duplicateCandidateSchema = z.object({
  a: graphNodeSchema,
  b: graphNodeSchema,
  score: z.number(),
  nameSimilarity: z.number(),
  /** Names or aliases both carry that say something (never a title or a generic word on its own). */
  sharedAliases: z.array(z.string()),
  sharedNeighbors: z.number(),
  /** Documents that name both (and whose reader kept them apart). */
  sharedDocuments: z.number(),
  /** Why the pair is proposed: "given names, initials and middle names agree", "acronym of …", "2 shared neighbours". */
  reasons: z.array(z.string()),
});

export const reviewQueueResponseSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('relations'), items: z.array(reviewRelationItemSchema) }),
  z.object({ kind: z.literal('duplicates'), items: z.array(duplicateCandidateSchema) }),
]);
