/*
 * App: brings the view graph in line after a curation decision — a rejected edge leaves the view, a
 * confirmed one gets its mark, a merged-away entity is replaced by its survivor, an edited entity is
 * re-read, and an undone decision re-reads whatever its payload names.
 */

import type { GraphEdge, GraphNode } from '../../../ontology/api-types.js';
import { api } from '../api/endpoints.js';
import { ApiRequestError } from '../api/http.js';
import type { Decision, ReviewVerdict } from '../api/curation-types.js';
import { curationChanged, idsInPayload } from '../core/curation/curation-store.js';
import { graph, mergeIntoView } from '../core/graph/index.js';
import { viewStore } from '../core/state.js';

/** A relation's new review state: rejected ones disappear from the view, confirmed ones are marked. */
export function applyVerdict(relationId: string, verdict: ReviewVerdict): void {
  if (!graph.hasEdge(relationId)) return;
  if (verdict === 'rejected') graph.dropEdge(relationId);
  else {
    const relation = graph.getEdgeAttribute(relationId, 'relation');
    graph.setEdgeAttribute(relationId, 'relation', { ...relation, review: verdict } as GraphEdge);
  }
}

/** Re-reads a relation; it comes back into the view when both its ends are shown (an undone rejection). */
async function refreshRelation(relationId: string): Promise<void> {
  try {
    const details = await api.relation(relationId);
    if (graph.hasEdge(relationId)) graph.setEdgeAttribute(relationId, 'relation', details.edge);
    else if (graph.hasNode(details.edge.source) && graph.hasNode(details.edge.target)) mergeIntoView({ nodes: [], edges: [details.edge] });
  } catch (error) {
    // Rejected (hidden from reads) or gone: it has no place in the view.
    if (error instanceof ApiRequestError && error.status === 404 && graph.hasEdge(relationId)) graph.dropEdge(relationId);
    else if (!(error instanceof ApiRequestError && error.status === 404)) throw error;
  }
}

/**
 * Re-reads entities: gone ones (merged away) leave the view; the ones shown get fresh data and their
 * relations to what is shown. `add`: bring them into the view (near `near`) when they are not shown.
 */
async function refreshEntities(ids: string[], options: { add?: boolean; near?: string } = {}): Promise<void> {
  for (const id of ids) {
    let details;
    try {
      details = await api.node(id);
    } catch (error) {
      if (!(error instanceof ApiRequestError && error.status === 404)) throw error;
      if (graph.hasNode(id)) graph.dropNode(id);
      if (viewStore.get().selected === id) viewStore.set({ selected: null });
      continue;
    }
    if (!graph.hasNode(id) && !options.add) continue;
    const neighbours = await api.neighbors(id, 100);
    const near = options.near && graph.hasNode(options.near) ? options.near : null;
    mergeIntoView(
      { nodes: [details.node], edges: [] },
      { anchor: near ? { x: graph.getNodeAttribute(near, 'x'), y: graph.getNodeAttribute(near, 'y') } : { x: 0, y: 0 }, spread: 10 },
    );
    // Edges the server no longer returns (rejected, moved by a merge) leave; only edges between shown entities come in.
    if (!neighbours.truncated) {
      const current = new Set(neighbours.edges.map((e) => e.id));
      for (const edge of graph.edges(id)) if (!current.has(edge)) graph.dropEdge(edge);
    }
    const shown = neighbours.edges.filter((e) => graph.hasNode(e.source) && graph.hasNode(e.target));
    for (const edge of shown) if (graph.hasEdge(edge.id)) graph.setEdgeAttribute(edge.id, 'relation', edge);
    mergeIntoView({ nodes: [], edges: shown });
  }
}

/** After a merge: the merged-away entities leave, the survivor shows (and is selected), with its relations to what is shown. */
export async function afterMerge(into: string, from: string[]): Promise<void> {
  const anchor = from.find((id) => graph.hasNode(id));
  const at = anchor ? { x: graph.getNodeAttribute(anchor, 'x'), y: graph.getNodeAttribute(anchor, 'y') } : null;
  for (const id of from) if (graph.hasNode(id)) graph.dropNode(id);
  if (!graph.hasNode(into)) {
    const details = await api.node(into);
    mergeIntoView({ nodes: [details.node], edges: [] }, at ? { anchor: at, spread: 1 } : {});
  }
  await refreshEntities([into]);
  viewStore.set({ selected: into });
  curationChanged();
}

/** After an edit: the entity is re-read; a type change gave it a new id, which replaces the old one in the view (and the selection). */
export async function afterEdit(id: string, entity: GraphNode | undefined): Promise<void> {
  const newId = entity?.id ?? id;
  if (newId !== id && graph.hasNode(id)) {
    const at = { x: graph.getNodeAttribute(id, 'x'), y: graph.getNodeAttribute(id, 'y') };
    graph.dropNode(id);
    mergeIntoView({ nodes: [entity!], edges: [] }, { anchor: at, spread: 1 });
  }
  await refreshEntities([newId]);
  if (viewStore.get().selected === id) viewStore.set({ selected: newId });
  curationChanged();
}

/** After an undo: every id the decision touched is re-read (entities and relations alike). */
export async function afterUndo(decision: Decision): Promise<void> {
  const named = decision.targets?.length ? decision.targets : idsInPayload(decision.payload);
  const ids = named.filter((s) => /^[a-z]+:\S+$/.test(s));
  for (const id of ids) {
    if (id.startsWith('rel:')) await refreshRelation(id);
  }
  const entities = ids.filter((id) => !id.startsWith('rel:'));
  const shown = entities.filter((id) => graph.hasNode(id));
  // A merge or a type change undone: the merged-away entities (the old id) come back next to what is shown.
  const comeBack =
    (decision.kind === 'merge' || decision.kind === 'edit') && shown.length ? entities.filter((id) => !graph.hasNode(id)) : [];
  const selected = viewStore.get().selected;
  await refreshEntities(comeBack, { add: true, near: shown[0] });
  await refreshEntities(shown);
  // The selected entity went away (a type change undone): select the one that came back.
  const back = comeBack.find((id) => graph.hasNode(id));
  if (selected && !graph.hasNode(selected) && back) viewStore.set({ selected: back });
  curationChanged();
}
