/* Core/graph: the one graphology instance the renderer draws, and the expand history behind undo. */

import { MultiDirectedGraph } from 'graphology';
import { indexParallelEdgesIndex } from '@sigma/edge-curve';
import type { GraphPayload } from '../../../../ontology/api-types.js';
import { mergePayload, undoMerge, type MergeOptions } from './merge-payload.js';
import type { ExplorerGraph, MergeRecord } from './types.js';

export const graph: ExplorerGraph = new MultiDirectedGraph();

interface ExpandEntry {
  nodeId: string;
  record: MergeRecord;
}
const expandHistory: ExpandEntry[] = [];

/** What the view shows ("overview", "console result"…), for the status line. */
let viewLabel = 'overview';
export const getViewLabel = (): string => viewLabel;
export const setViewLabel = (label: string): void => void (viewLabel = label);

/** Merges a payload and re-indexes parallel edges so the curve program can fan them out. */
export function mergeIntoView(payload: GraphPayload, options?: MergeOptions): MergeRecord {
  const record = mergePayload(graph, payload, options);
  if (record.edges.length) indexParallelEdges();
  return record;
}

function indexParallelEdges(): void {
  indexParallelEdgesIndex(graph as never, {
    edgeIndexAttribute: 'parallelIndex',
    edgeMinIndexAttribute: 'parallelMinIndex',
    edgeMaxIndexAttribute: 'parallelMaxIndex',
  });
}

export function recordExpand(nodeId: string, record: MergeRecord): void {
  expandHistory.push({ nodeId, record });
}

/** Undoes the most recent expand; returns the node that had been expanded. */
export function undoLastExpand(): string | null {
  const last = expandHistory.pop();
  if (!last) return null;
  undoMerge(graph, last.record);
  return last.nodeId;
}

/** Undoes a specific expand (back/forward may drop one from the middle). */
export function undoExpandOf(nodeId: string): boolean {
  const index = expandHistory.findIndex((e) => e.nodeId === nodeId);
  if (index < 0) return false;
  const [entry] = expandHistory.splice(index, 1);
  if (entry) undoMerge(graph, entry.record);
  return true;
}

export function expandedNodes(): string[] {
  return expandHistory.map((e) => e.nodeId);
}

/** An entity's name where the view shows it, else its id (History and toasts name what they can). */
export function nameInView(id: string): string {
  return graph.hasNode(id) ? graph.getNodeAttribute(id, 'label') : id;
}

export function clearGraph(): void {
  graph.clear();
  expandHistory.length = 0;
}

/** Makes the view exactly the overview plus each expansion (a time filter changed): nodes and relations
 *  that stay keep their place, the rest go, new ones come in; the expand history is rebuilt in order so
 *  undo still removes what each expansion alone brought. */
export function syncView(base: GraphPayload, expansions: { nodeId: string; payload: GraphPayload }[]): void {
  const nodes = new Set<string>();
  const edges = new Map<string, GraphPayload['edges'][number]>();
  for (const p of [base, ...expansions.map((e) => e.payload)]) {
    for (const n of p.nodes) nodes.add(n.id);
    for (const e of p.edges) edges.set(e.id, e);
  }
  graph.forEachEdge((id) => void (!edges.has(id) && graph.dropEdge(id)));
  graph.forEachNode((id) => void (!nodes.has(id) && graph.dropNode(id)));
  for (const [id, edge] of edges) if (graph.hasEdge(id)) graph.setEdgeAttribute(id, 'relation', edge);
  expandHistory.length = 0;
  const seenNodes = new Set(base.nodes.map((n) => n.id));
  const seenEdges = new Set(base.edges.map((e) => e.id));
  mergePayload(graph, base);
  for (const { nodeId, payload } of expansions) {
    const record: MergeRecord = {
      nodes: payload.nodes.map((n) => n.id).filter((id) => !seenNodes.has(id)),
      edges: payload.edges.map((e) => e.id).filter((id) => !seenEdges.has(id)),
    };
    const anchor = graph.hasNode(nodeId)
      ? { x: graph.getNodeAttribute(nodeId, 'x'), y: graph.getNodeAttribute(nodeId, 'y') }
      : { x: 0, y: 0 };
    mergePayload(graph, payload, { anchor });
    for (const id of record.nodes) seenNodes.add(id);
    for (const id of record.edges) seenEdges.add(id);
    expandHistory.push({ nodeId, record });
  }
  indexParallelEdges();
}
