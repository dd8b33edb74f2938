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
