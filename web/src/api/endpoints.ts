/* API: one typed function per endpoint of ontology/api-types.ts — the only way the web reaches the server. */

import type {
  CypherResponse,
  DocumentResponse,
  GraphPayload,
  IngestResponse,
  NeighborsResponse,
  NodeDetailsResponse,
  OverviewResponse,
  PathsResponse,
  RelationDetailsResponse,
  SearchResponse,
  StatsResponse,
  UrlIngestResponse,
} from '../../../ontology/api-types.js';
import type {
  DecisionOnlyResponse,
  DecisionsResponse,
  DuplicateCandidate,
  EntityDecisionResponse,
  EntityPatch,
  RelationReviewItem,
  ReviewDecisionResponse,
  ReviewQueueResponse,
  ReviewVerdict,
} from './curation-types.js';
import type { SavedView, SavedViewInput, SavedViewListResponse, ViewChangesResponse } from '../../../ontology/saved-views.js';
import { getJson, postJson, writeJson } from './http.js';

/** A time filter on graph requests (`from`/`to`, ISO days). */
export type TimeQuery = { from?: string; to?: string };

const enc = encodeURIComponent;

export const api = {
  stats: () => getJson<StatsResponse>('/stats'),
  /** `isolated`: also entities with no relationship in the overview. */
  overview: (limit?: number, time: TimeQuery = {}, isolated = false) =>
    getJson<OverviewResponse>('/graph', { limit, ...time, isolated: isolated ? 'show' : undefined }),
  search: (q: string, limit = 10) => getJson<SearchResponse>('/search', { q, limit }),
  node: (id: string) => getJson<NodeDetailsResponse>(`/nodes/${enc(id)}`),
  neighbors: (id: string, limit = 100, relTypes?: string, time: TimeQuery = {}) =>
    getJson<NeighborsResponse>(`/nodes/${enc(id)}/neighbors`, { limit, relTypes, ...time }),
  relation: (id: string) => getJson<RelationDetailsResponse>(`/relations/${enc(id)}`),
  paths: (from: string, to: string, maxHops = 4) => getJson<PathsResponse>('/paths', { from, to, maxHops }),
  /** Documents (and new relationships) per day, week or month; read with core/time/timeline's readTimeline. */
  timeline: (bucket: 'day' | 'week' | 'month') => getJson<unknown>('/timeline', { bucket }),
  document: (id: string) => getJson<DocumentResponse>(`/documents/${enc(id)}`),
  cypher: (query: string, params: Record<string, unknown> = {}) => postJson<CypherResponse>('/cypher', { query, params }),
  ingest: (body: { text: string; title?: string; source?: string }, token: string) =>
    postJson<IngestResponse>('/documents', body, { authorization: `Bearer ${token}` }),
  ingestUrl: (url: string, token: string) => postJson<UrlIngestResponse>('/documents/url', { url }, { authorization: `Bearer ${token}` }),
  // Curation: writes carry the signed-in token (http.ts asks for one when none is kept).
  merge: (into: string, from: string[]) => writeJson<EntityDecisionResponse>('POST', '/entities/merge', { into, from }),
  editEntity: (id: string, patch: EntityPatch) => writeJson<EntityDecisionResponse>('PATCH', `/entities/${enc(id)}`, patch),
  keepApart: (ids: string[]) => writeJson<DecisionOnlyResponse>('POST', '/entities/keep-apart', { ids }),
  reviewRelation: (id: string, verdict: ReviewVerdict, note?: string) =>
    writeJson<ReviewDecisionResponse>('POST', `/relations/${enc(id)}/review`, { verdict, note }),
  relationQueue: (limit = 50) =>
    getJson<ReviewQueueResponse>('/review', { kind: 'relations', limit }).then((r) => r.items as RelationReviewItem[]),
  duplicateQueue: (limit = 50) =>
    getJson<ReviewQueueResponse>('/review', { kind: 'duplicates', limit }).then((r) => r.items as DuplicateCandidate[]),
  decisions: (limit = 100) => getJson<DecisionsResponse>('/decisions', { limit }),
  undoDecision: (id: string) => writeJson<DecisionOnlyResponse>('POST', `/decisions/${enc(id)}/undo`, {}),
  // Saved views: reads follow read protection, writes need an editor's token.
  views: () => getJson<SavedViewListResponse>('/views'),
  view: (id: string) => getJson<SavedView>(`/views/${enc(id)}`),
  viewGraph: (id: string) => getJson<GraphPayload>(`/views/${enc(id)}/graph`),
  viewChanges: (id: string, since?: string) => getJson<ViewChangesResponse>(`/views/${enc(id)}/changes`, { since }),
  saveView: (view: SavedViewInput) => writeJson<SavedView>('POST', '/views', view),
  updateView: (id: string, patch: Partial<SavedViewInput>) => writeJson<SavedView>('PUT', `/views/${enc(id)}`, patch),
  deleteView: (id: string) => writeJson<{ deleted: string }>('DELETE', `/views/${enc(id)}`),
};
