/* Server routes: GET /api/export — the graph as a download (csv zip, json, graphml, gexf, cypher). */

import { route, type RouteSpec } from '../http/route-spec.js';
import { exportQuery } from '../http/request-schemas.js';
import { exportGraph } from '../use-cases/export-graph.js';

export const exportRoutes: RouteSpec[] = [
  route({
    method: 'get', path: '/api/export', tag: 'export',
    summary: 'Download the graph: scope=all, scope=nodes&ids=… (the subgraph they induce) or scope=cypher&query=… (a saved read-only query).',
    query: exportQuery,
    handle: async ({ ctx, query, res }) => {
      const file = await exportGraph(ctx, query);
      res.attachment(file.fileName);
      res.setHeader('Content-Type', file.contentType);
      res.send(typeof file.body === 'string' ? file.body : Buffer.from(file.body));
      return undefined;
    },
  }),
];
