/* Server use cases: the exploration reads — each calls its query module and turns "absent" into a 404. */

import type {
  DocumentResponse,
  DocumentsResponse,
  NeighborsResponse,
  NodeDetailsResponse,
  OverviewResponse,
  PathsResponse,
  RelationDetailsResponse,
  SearchResponse,
  StatsResponse,
  TimelineResponse,
} from '../../ontology/api-types.js';
import { MERGED_ID_LABEL } from '../../ontology/curation.js';
import type { ServerContext } from '../context.js';
import { AppError } from '../errors/app-error.js';
import { getDocument } from '../queries/get-document.js';
import { getNeighbors, type NeighborParams } from '../queries/get-neighbors.js';
import { getNode } from '../queries/get-node.js';
import { getOverview, type OverviewParams } from '../queries/get-overview.js';
import { getPaths, type PathParams } from '../queries/get-paths.js';
import { getRelation } from '../queries/get-relation.js';
import { getStats } from '../queries/get-stats.js';
import { getTimeline, type TimelineParams } from '../queries/get-timeline.js';
import { listDocuments } from '../queries/list-documents.js';
import { searchEntities, type SearchParams } from '../queries/search-entities.js';
import { serializeBody, type SerializedBody } from './response-cache.js';

const found = <T>(value: T | undefined, what: string, id: string): T => {
  if (value === undefined) throw AppError.notFound(what, id);
  return value;
};

export const statsUseCase = (ctx: ServerContext): Promise<StatsResponse> => getStats(ctx.executor);

/**
 * A read answered from the read cache while the graph is unchanged: one version read, shared by the requests
 * that arrive together, instead of the query. Errors (a 404) are never cached. Without a cache: the query.
 */
async function cachedAnswer(ctx: ServerContext, key: unknown[], compute: () => Promise<unknown>): Promise<SerializedBody> {
  const cache = ctx.readCache;
  if (!cache) return serializeBody(await compute());
  const version = await ctx.graphVersion();
  return cache.get(JSON.stringify(key), version, async () => serializeBody(await compute()));
}

export const searchUseCase = (ctx: ServerContext, p: SearchParams): Promise<SerializedBody> =>
  cachedAnswer(
    ctx,
    ['search', p.q.trim().toLowerCase(), p.types ?? [], p.limit],
    async () =>
      ({
        hits: await searchEntities(ctx.executor, p),
      }) satisfies SearchResponse,
  );

// Ranking every node by degree costs ~1 s at 100k nodes; the answer only changes when the graph does.
/** The overview as a serialised body with its ETag: a cache hit costs no query and no JSON encoding. */
export async function overviewUseCase(ctx: ServerContext, p: OverviewParams): Promise<SerializedBody> {
  // Another process may have written: the version (count-store reads) is read after every call
  // arrives, one read shared by the requests that arrive together.
  const version = await ctx.graphVersion();
  const key = JSON.stringify([
    p.types ?? [],
    p.relTypes ?? [],
    p.limit,
    p.include ?? false,
    p.isolated ?? false,
    p.from ?? null,
    p.to ?? null,
  ]);
  return ctx.overviewCache.get(key, version, async () => serializeBody((await getOverview(ctx.executor, p)) satisfies OverviewResponse));
}

export const nodeUseCase = (ctx: ServerContext, id: string): Promise<SerializedBody> =>
  cachedAnswer(ctx, ['node', id], () => nodeDetails(ctx, id));

async function nodeDetails(ctx: ServerContext, id: string): Promise<NodeDetailsResponse> {
  const node = await getNode(ctx.executor, id);
  if (node) return node;
  // An id an analyst merged away (or retyped): say where it went.
  const [to] = await ctx.executor.rows<{ to: string }>(`MATCH (m:${MERGED_ID_LABEL} {id: $id}) RETURN m.to AS to`, { id });
  if (to) throw new AppError(404, 'not_found', `Node not found: ${id} was merged into ${to.to}.`);
  throw AppError.notFound('Node', id);
}

export const neighborsUseCase = (ctx: ServerContext, p: NeighborParams): Promise<SerializedBody> =>
  cachedAnswer(
    ctx,
    ['neighbors', p.id, p.relTypes ?? [], p.types ?? [], p.limit, p.include ?? false, p.from ?? null, p.to ?? null],
    async () => found(await getNeighbors(ctx.executor, p), 'Node', p.id) satisfies NeighborsResponse,
  );

export const relationUseCase = async (ctx: ServerContext, id: string, include = false): Promise<RelationDetailsResponse> =>
  found(await getRelation(ctx.executor, id, include), 'Relationship', id);

export async function pathsUseCase(ctx: ServerContext, p: PathParams): Promise<PathsResponse> {
  const result = await getPaths(ctx.executor, p);
  if ('missing' in result) throw AppError.notFound('Node', result.missing);
  return result;
}

export const timelineUseCase = (ctx: ServerContext, p: TimelineParams): Promise<TimelineResponse> => getTimeline(ctx.executor, p);

export const documentsUseCase = (ctx: ServerContext, p: { limit: number; offset: number }): Promise<DocumentsResponse> =>
  listDocuments(ctx.executor, p);

export const documentUseCase = async (ctx: ServerContext, id: string): Promise<DocumentResponse> =>
  found(await getDocument(ctx.executor, id), 'Document', id);
