/* Server routes: POST /api/documents and /api/documents/url (token-guarded ingest) and POST /api/cypher (read-only console). */

import { cypherResponseSchema, ingestResponseSchema, urlIngestResponseSchema } from '../../ontology/api-schemas.js';
import { route, type RouteSpec } from '../http/route-spec.js';
import { cypherBody, ingestBody, urlIngestBody } from '../http/request-schemas.js';
import { runConsoleQuery } from '../console/run-console-query.js';
import { ingestDocument } from '../use-cases/ingest-document.js';
import { ingestUrl } from '../use-cases/ingest-url.js';

export const writeRoutes: RouteSpec[] = [
  route({
    method: 'post',
    path: '/api/documents',
    response: ingestResponseSchema,
    tag: 'documents',
    summary: 'Ingest one text (same pipeline as the CLI). Needs the bearer write token.',
    body: ingestBody,
    auth: true,
    created: true,
    handle: async ({ ctx, res, body }) => {
      const result = await ingestDocument(ctx, body);
      if (result.created) res.status(201);
      return result;
    },
  }),
  route({
    method: 'post',
    path: '/api/documents/url',
    response: urlIngestResponseSchema,
    tag: 'documents',
    summary:
      'Fetch an article page (http/https, public addresses only, time and size limits) and ingest its main text. Needs the bearer write token.',
    body: urlIngestBody,
    auth: true,
    created: true,
    responses: {
      400: 'The URL was refused: bad scheme, non-public address, redirects, content type or size.',
      502: 'The site answered an error or could not be reached.',
      504: 'The site did not answer within the time limit.',
    },
    handle: async ({ ctx, res, body }) => {
      const result = await ingestUrl(ctx, body.url);
      if (result.created) res.status(201);
      return result;
    },
  }),
  route({
    method: 'post',
    path: '/api/cypher',
    response: cypherResponseSchema,
    tag: 'console',
    summary: 'Run a read-only Cypher query (EXPLAIN-checked, read transaction, timeout, row cap).',
    body: cypherBody,
    responses: {
      400: 'Refused (not read-only, LOAD CSV, USE, SHOW, …) or a Cypher syntax error with its position.',
      408: 'Stopped at the time limit.',
    },
    handle: ({ ctx, body }) =>
      runConsoleQuery(ctx.executor, body.query, body.params, { timeoutMs: ctx.config.cypherTimeoutMs, rowCap: ctx.config.cypherRowCap }),
  }),
];
