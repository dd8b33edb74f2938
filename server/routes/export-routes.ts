/* Server routes: GET and POST /api/export — the graph as a download (csv zip, json, graphml, gexf, cypher).
   POST takes the same fields as a JSON body, so a view of any size can name its node ids. */

import type { Response } from 'express';
import { route, type RouteSpec } from '../http/route-spec.js';
import { exportBody, exportQuery } from '../http/request-schemas.js';
import { EXPORT_MEDIA_TYPES, exportGraph, type ExportFile } from '../use-cases/export-graph.js';

function sendFile(res: Response, file: ExportFile): undefined {
  res.attachment(file.fileName);
  res.setHeader('Content-Type', file.contentType);
  res.send(typeof file.body === 'string' ? file.body : Buffer.from(file.body));
  return undefined;
}

export const exportRoutes: RouteSpec[] = [
  route({
    method: 'get',
    path: '/api/export',
    tag: 'export',
    summary:
      'Download the graph: scope=all, scope=nodes&ids=… (the subgraph they induce) or scope=cypher&query=… (a saved read-only query).',
    query: exportQuery,
    response: { download: EXPORT_MEDIA_TYPES },
    handle: async ({ ctx, query, res }) => sendFile(res, await exportGraph(ctx, query)),
  }),
  route({
    method: 'post',
    path: '/api/export',
    tag: 'export',
    summary:
      'Download the graph, the request as a JSON body: {format, scope, ids: [...], query, params, includeDocuments}; for node lists too long for a URL.',
    body: exportBody,
    response: { download: EXPORT_MEDIA_TYPES },
    handle: async ({ ctx, body, res }) => sendFile(res, await exportGraph(ctx, body)),
  }),
];
