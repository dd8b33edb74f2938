/* Server routes: health, stats, search, overview, nodes, neighbours, relations, paths, documents. */

import {
  documentResponseSchema,
  documentsResponseSchema,
  healthResponseSchema,
  neighborsResponseSchema,
  nodeDetailsResponseSchema,
  overviewResponseSchema,
  pathsResponseSchema,
  relationDetailsResponseSchema,
  searchResponseSchema,
  statsResponseSchema,
  timelineResponseSchema,
} from '../../ontology/api-schemas.js';
import type { Request, Response } from 'express';
import { z } from 'zod';
import { route, type RouteSpec } from '../http/route-spec.js';
import {
  documentsQuery,
  idParams,
  neighborsQuery,
  overviewQuery,
  pathsQuery,
  relationQuery,
  searchQuery,
  timelineQuery,
} from '../http/request-schemas.js';
import { getHealth } from '../use-cases/get-health.js';
import {
  documentUseCase,
  documentsUseCase,
  neighborsUseCase,
  nodeUseCase,
  overviewUseCase,
  pathsUseCase,
  relationUseCase,
  searchUseCase,
  statsUseCase,
  timelineUseCase,
} from '../use-cases/explore-graph.js';
import type { SerializedBody } from '../use-cases/response-cache.js';

/**
 * Sends a serialised answer with its ETag (304 when the client's copy is current), gzipped when the client
 * accepts it and the answer is big enough: the compressed copy is made once per answer, never per response.
 */
async function sendSerialized(req: Request, res: Response, answer: SerializedBody): Promise<undefined> {
  res.setHeader('Cache-Control', 'no-cache');
  res.setHeader('Vary', 'Accept-Encoding');
  const gzip = answer.body.length >= GZIP_MIN_BYTES && req.acceptsEncodings('gzip', 'identity') === 'gzip';
  // A weak tag for the gzipped bytes (same content, another encoding); either matches If-None-Match.
  res.setHeader('ETag', gzip ? `W/${answer.etag}` : answer.etag);
  if (etagMatches(req.headers['if-none-match'], answer.etag)) res.status(304).end();
  else if (gzip)
    res
      .setHeader('Content-Encoding', 'gzip')
      .type('application/json')
      .end(await answer.gzipped());
  else res.type('application/json').end(answer.body);
  return undefined; // sent here: the route mounter sends nothing more
}

/** Smaller answers are not worth a compressed copy. */
const GZIP_MIN_BYTES = 1024;

/** If-None-Match lists ETags (weak or strong, or *); any one equal to ours means the client's copy is current. */
function etagMatches(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  return header.split(',').some((tag) => {
    const t = tag.trim();
    return t === '*' || t === etag || t === `W/${etag}`;
  });
}

export const exploreRoutes: RouteSpec[] = [
  route({
    method: 'get',
    path: '/api/health',
    response: healthResponseSchema,
    tag: 'status',
    summary: 'Database reachability and versions (503 when the database is unreachable).',
    responses: { 503: 'Degraded: the database is unreachable.' },
    bodies: { 503: healthResponseSchema },
    handle: async ({ ctx, res }) => {
      const health = await getHealth(ctx);
      if (health.status !== 'ok') res.status(503);
      return health;
    },
  }),
  route({
    method: 'get',
    path: '/api/stats',
    response: statsResponseSchema,
    tag: 'status',
    summary: 'Counts by label and relationship type, documents, last ingest.',
    handle: ({ ctx }) => statsUseCase(ctx),
  }),
  route({
    method: 'get',
    path: '/api/search',
    response: searchResponseSchema,
    tag: 'explore',
    summary: 'Full-text search over names and aliases (prefix and fuzzy), ranked.',
    query: searchQuery,
    etag: true,
    handle: async ({ ctx, query, req, res }) => sendSerialized(req, res, await searchUseCase(ctx, query)),
  }),
  route({
    method: 'get',
    path: '/api/graph',
    response: overviewResponseSchema,
    tag: 'explore',
    summary:
      'Overview subgraph: the best-connected entities with their whole neighbourhoods (default cap 300) and their relationships; isolated entities only when asked.',
    query: overviewQuery,
    etag: true,
    handle: async ({ ctx, query, req, res }) => sendSerialized(req, res, await overviewUseCase(ctx, query)),
  }),
  route({
    method: 'get',
    path: '/api/nodes/:id',
    response: nodeDetailsResponseSchema,
    tag: 'explore',
    summary: 'One node: labels, properties, aliases, degree, documents that mention it.',
    params: idParams,
    responses: { 404: 'No such node.' },
    etag: true,
    handle: async ({ ctx, params, req, res }) => sendSerialized(req, res, await nodeUseCase(ctx, params.id)),
  }),
  route({
    method: 'get',
    path: '/api/nodes/:id/neighbors',
    response: neighborsResponseSchema,
    tag: 'explore',
    summary: 'Neighbours of a node, capped (default 100), with the total count.',
    params: idParams,
    query: neighborsQuery,
    responses: { 404: 'No such node.' },
    etag: true,
    handle: async ({ ctx, params, query, req, res }) => sendSerialized(req, res, await neighborsUseCase(ctx, { id: params.id, ...query })),
  }),
  route({
    method: 'get',
    path: '/api/relations/:id',
    response: relationDetailsResponseSchema,
    tag: 'explore',
    summary: 'One relationship with its evidence sentences, documents and confidence.',
    params: idParams,
    query: relationQuery,
    responses: { 404: 'No such relationship (or rejected, without include=rejected).' },
    handle: ({ ctx, params, query }) => relationUseCase(ctx, params.id, query.include),
  }),
  route({
    method: 'get',
    path: '/api/paths',
    response: pathsResponseSchema,
    tag: 'explore',
    summary: 'Shortest paths between two nodes (up to maxHops, default 6).',
    query: pathsQuery,
    responses: { 404: 'An end node does not exist.' },
    handle: ({ ctx, query }) => pathsUseCase(ctx, query),
  }),
  route({
    method: 'get',
    path: '/api/timeline',
    response: timelineResponseSchema,
    tag: 'explore',
    summary: 'Per day, week or month (optionally within from/to): documents published, and relationships first seen.',
    query: timelineQuery,
    responses: { 400: 'A bad bucket or date, or a range too long for the bucket.' },
    handle: ({ ctx, query }) => timelineUseCase(ctx, query),
  }),
  route({
    method: 'get',
    path: '/api/documents',
    response: documentsResponseSchema,
    tag: 'documents',
    summary: 'The ingested documents, newest first.',
    query: documentsQuery,
    handle: ({ ctx, query }) => documentsUseCase(ctx, query),
  }),
  route({
    method: 'get',
    path: '/api/documents/:id',
    response: documentResponseSchema,
    tag: 'documents',
    summary: "A document's text and its mentions' offsets.",
    params: idParams,
    responses: { 404: 'No such document.' },
    handle: ({ ctx, params }) => documentUseCase(ctx, params.id),
  }),
];

/** Only the benchmark mounts it: the cost of Express itself, for comparison. */
export const helloRoute: RouteSpec = route({
  method: 'get',
  path: '/api/hello',
  tag: 'status',
  summary: 'A constant JSON reply (benchmark baseline).',
  query: z.object({}),
  handle: async () => ({ hello: 'world' }),
});
