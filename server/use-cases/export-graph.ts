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
import { buildEvidenceReport } from '../exports/evidence-report.js';
import { toJson } from '../exports/to-json.js';
import { toReportHtml } from '../exports/to-report-html.js';
import { toReportMarkdown } from '../exports/to-report-markdown.js';
import type { ExportRequest } from '../http/request-schemas.js';
import { getExportGraph, type ExportScope } from '../queries/get-export-graph.js';
import { getReportDocuments } from '../queries/get-report-documents.js';
import { attachClaims } from '../queries/attach-claims.js';
import { storedClaims } from '../queries/to-graph-element.js';
import type { GraphEdge } from '../../ontology/api-types.js';

export interface ExportFile {
  fileName: string;
  contentType: string;
  body: string | Uint8Array;
}

const FORMATS: Record<
  ExportFormat,
  { ext: string; type: string; render(g: ExportGraph, meta: { scope: string; exportedAt: string }): string | Uint8Array }
> = {
  csv: { ext: 'zip', type: 'application/zip', render: (g) => toCsvZip(g) },
  json: { ext: 'json', type: 'application/json; charset=utf-8', render: toJson },
  graphml: { ext: 'graphml', type: 'application/graphml+xml; charset=utf-8', render: (g) => toGraphml(g) },
  gexf: { ext: 'gexf', type: 'application/gexf+xml; charset=utf-8', render: (g) => toGexf(g) },
  cypher: { ext: 'cypher', type: 'text/plain; charset=utf-8', render: toCypherScript },
  // The evidence packs are rendered in exportReport (they read the cited documents too).
  report: { ext: 'html', type: 'text/html; charset=utf-8', render: () => '' },
  'report-md': { ext: 'md', type: 'text/markdown; charset=utf-8', render: () => '' },
};

const REPORTS = new Set<ExportFormat>(['report', 'report-md']);

/** The media types an export may be sent as (OpenAPI lists them for the 200). */
export const EXPORT_MEDIA_TYPES = [...new Set(Object.values(FORMATS).map((f) => f.type.split(';')[0]!))];

/** Conflicting edges get their claims — each document's value with its date and outlet (a tariff's rates are read
 *  across the Tariff nodes of its measure) — as `claims` (JSON objects) among their properties. */
async function withClaims(ctx: ServerContext, edges: ExportGraph['edges']): Promise<ExportGraph['edges']> {
  const conflicting = edges.filter((e) => e.properties.conflict === true);
  if (!conflicting.length) return edges;
  const asGraphEdges = conflicting.map(
    (e) =>
      ({
        id: e.id,
        type: e.type,
        source: e.source,
        target: e.target,
        properties: {},
        confidence: null,
        evidenceCount: 0,
        rules: [],
        conflict: true,
        claims: storedClaims(e.properties),
      }) as GraphEdge,
  );
  const claimed = new Map((await attachClaims(ctx.executor, asGraphEdges)).map((e) => [e.id, e.claims ?? []]));
  return edges.map((e) =>
    claimed.has(e.id) ? { ...e, properties: { ...e.properties, claims: claimed.get(e.id)!.map((c) => JSON.stringify(c)) } } : e,
  );
}

/** The evidence pack: the view's entities and facts with their quotes, read with the documents they cite. */
async function renderReport(ctx: ServerContext, graph: ExportGraph, q: ExportRequest, exportedAt: string): Promise<string> {
  const edges = await withClaims(
    ctx,
    graph.edges.filter((e) => e.type !== 'MENTIONED_IN'),
  );
  const list = (v: unknown) => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
  const claimDocIds = edges.flatMap((e) =>
    list(e.properties.claims).map((c) => String((JSON.parse(c) as { docId?: unknown }).docId ?? '')),
  );
  const docIds = [...edges.flatMap((e) => list(e.properties.docIds)), ...claimDocIds.filter(Boolean)];
  const sentences = edges.flatMap((e) => list(e.properties.evidence));
  const documents = await getReportDocuments(ctx.executor, docIds, sentences);
  const report = buildEvidenceReport({ nodes: graph.nodes.filter((n) => n.type !== 'Document'), edges }, documents, {
    exportedAt,
    image: q.image ?? null,
    range: { from: q.from ?? null, to: q.to ?? null },
  });
  return q.format === 'report' ? toReportHtml(report) : toReportMarkdown(report);
}

/** The scope asked for; without one, the ids when there are any, else the whole graph. */
const scopeOf = (q: ExportRequest) => q.scope ?? (q.ids?.length ? 'nodes' : 'all');

async function resolveScope(ctx: ServerContext, q: ExportRequest): Promise<ExportScope> {
  // An evidence pack reads documents on its own; Document nodes are not entities of the report.
  const includeDocuments = REPORTS.has(q.format) ? false : q.includeDocuments;
  const includeRejected = q.include;
  const scope = scopeOf(q);
  if (scope === 'all') return { kind: 'all', includeDocuments, includeRejected };
  if (scope === 'nodes') {
    if (!q.ids?.length)
      throw AppError.badRequest(
        'invalid_request',
        'scope=nodes needs ids (node ids: comma-separated in the query string, a JSON array in a POST body).',
      );
    return { kind: 'nodes', ids: q.ids, includeDocuments, includeRejected };
  }
  if (!q.query) throw AppError.badRequest('invalid_request', 'scope=cypher needs query (a read-only Cypher query).');
  // The saved query goes through the console's guards; its graph is what gets exported.
  const result = await runConsoleQuery(ctx.executor, q.query, q.params ?? {}, {
    timeoutMs: ctx.config.cypherTimeoutMs,
    rowCap: ctx.config.cypherRowCap,
  });
  return {
    kind: 'nodes',
    ids: result.graph.nodes.map((n) => n.id),
    edgeIds: result.graph.edges.map((e) => e.id),
    includeDocuments: !REPORTS.has(q.format),
    includeRejected,
  };
}

export async function exportGraph(ctx: ServerContext, q: ExportRequest, now = new Date()): Promise<ExportFile> {
  const scope = await resolveScope(ctx, q);
  const graph = await getExportGraph(ctx.executor, scope);
  const format = FORMATS[q.format];
  const exportedAt = now.toISOString();
  const stamp = exportedAt.slice(0, 19).replace(/[-:]/g, '').replace('T', '-');
  const kind = scopeOf(q);
  const what = REPORTS.has(q.format) ? 'evidence-pack' : kind === 'all' ? 'graph' : kind === 'nodes' ? 'selection' : 'query';
  return {
    fileName: `newsgraph-${what}-${stamp}.${format.ext}`,
    contentType: format.type,
    body: REPORTS.has(q.format) ? await renderReport(ctx, graph, q, exportedAt) : format.render(graph, { scope: kind, exportedAt }),
  };
}
