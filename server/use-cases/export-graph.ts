/* Server use case: GET and POST /api/export — pick the scope, read the graph, render the format, name the file. */

import type { ExportFormat } from '../../ontology/api-types.js';
import { runConsoleQuery } from '../console/run-console-query.js';
import type { ServerContext } from '../context.js';
import { AppError } from '../errors/app-error.js';
import type { ExportGraph } from '../exports/export-graph.js';
import { toCsvZip } from '../exports/to-csv-zip.js';
import { toCypherScript } from '../exports/to-cypher-script.js';
import { toGexf } from '../exports/to-gexf.js';
import { toGraphml } from '../exports/to-graphml.js';
import { toJson } from '../exports/to-json.js';
import type { ExportRequest } from '../http/request-schemas.js';
import { getExportGraph, type ExportScope } from '../queries/get-export-graph.js';

export interface ExportFile {
  fileName: string;
  contentType: string;
  body: string | Uint8Array;
}

const FORMATS: Record<ExportFormat, { ext: string; type: string; render(g: ExportGraph, meta: { scope: string; exportedAt: string }): string | Uint8Array }> = {
  csv: { ext: 'zip', type: 'application/zip', render: (g) => toCsvZip(g) },
  json: { ext: 'json', type: 'application/json; charset=utf-8', render: toJson },
  graphml: { ext: 'graphml', type: 'application/graphml+xml; charset=utf-8', render: (g) => toGraphml(g) },
  gexf: { ext: 'gexf', type: 'application/gexf+xml; charset=utf-8', render: (g) => toGexf(g) },
  cypher: { ext: 'cypher', type: 'text/plain; charset=utf-8', render: toCypherScript },
};

async function resolveScope(ctx: ServerContext, q: ExportRequest): Promise<ExportScope> {
  const { includeDocuments } = q;
  const includeRejected = q.include;
  if (q.scope === 'all') return { kind: 'all', includeDocuments, includeRejected };
  if (q.scope === 'nodes') {
    if (!q.ids?.length) throw AppError.badRequest('invalid_request', 'scope=nodes needs ids (node ids: comma-separated in the query string, a JSON array in a POST body).');
    return { kind: 'nodes', ids: q.ids, includeDocuments, includeRejected };
  }
  if (!q.query) throw AppError.badRequest('invalid_request', 'scope=cypher needs query (a read-only Cypher query).');
  // The saved query goes through the console's guards; its graph is what gets exported.
  const result = await runConsoleQuery(ctx.executor, q.query, q.params ?? {}, {
    timeoutMs: ctx.config.cypherTimeoutMs,
    rowCap: ctx.config.cypherRowCap,
  });
  return { kind: 'nodes', ids: result.graph.nodes.map((n) => n.id), edgeIds: result.graph.edges.map((e) => e.id), includeDocuments: true, includeRejected };
}

export async function exportGraph(ctx: ServerContext, q: ExportRequest, now = new Date()): Promise<ExportFile> {
  const scope = await resolveScope(ctx, q);
  const graph = await getExportGraph(ctx.executor, scope);
  const format = FORMATS[q.format];
  const exportedAt = now.toISOString();
  const stamp = exportedAt.slice(0, 19).replace(/[-:]/g, '').replace('T', '-');
  return {
    fileName: `newsgraph-${q.scope === 'all' ? 'graph' : q.scope === 'nodes' ? 'selection' : 'query'}-${stamp}.${format.ext}`,
    contentType: format.type,
    body: format.render(graph, { scope: q.scope, exportedAt }),
  };
}
