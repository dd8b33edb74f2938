/* Server routes: POST /api/documents and /api/documents/url (token-guarded ingest) and POST /api/cypher (read-only console). */

import { route, type RouteSpec } from '../http/route-spec.js';
import { cypherBody, ingestBody, urlIngestBody } from '../http/request-schemas.js';
import { requireEditor } from '../http/require-write-token.js';
import { runConsoleQuery } from '../console/run-console-query.js';
import { ingestDocument } from '../use-cases/ingest-document.js';
import { ingestUrl } from '../use-cases/ingest-url.js';

export const writeRoutes: RouteSpec[] = [
  route({
    method: 'post',
    path: '/api/documents',
    tag: 'documents',
    summary: 'Ingest one text (same pipeline as the CLI). Needs the bearer write token.',
    body: ingestBody,
    responses: {
      401: 'Missing or wrong bearer token.',
      403: 'Writes are disabled (no token configured).',
      413: 'Body over the upload limit.',
    },
    handle: async ({ ctx, req, res, body }) => {
      requireEditor(req, res, ctx.config);
      const result = await ingestDocument(ctx, body);
      if (result.created) res.status(201);
      return result;
    },
  }),
  route({
    method: 'post',
    path: '/api/documents/url',
    tag: 'documents',
    summary:
      'Fetch an article page (http/https, public addresses only, time and size limits) and ingest its main text. Needs the bearer write token.',
    body: urlIngestBody,
    responses: {
      400: 'The URL was refused: bad scheme, non-public address, redirects, content type or size.',
      401: 'Missing or wrong bearer token.',
      403: 'Writes are disabled (no token configured).',
      502: 'The site answered an error or could not be reached.',
      504: 'The site did not answer within the time limit.',
    },
    handle: async ({ ctx, req, res, body }) => {
      requireEditor(req, res, ctx.config);
      const result = await ingestUrl(ctx, body.url);
      if (result.created) res.status(201);
      return result;
    },
  }),
  route({
    method: 'post',
    path: '/api/cypher',
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
