/* Core/graph: merges an API GraphPayload into the view graph. A node starts where it was last drawn (the
   position store), else beside its placed neighbours, else at a spot seeded by its id: the same data gives
   the same picture, and layouts only need to settle what is new. */

import type { GraphPayload } from '../../../../ontology/api-types.js';
import { seededUnit, storedPosition } from '../layout/position-store.js';
import type { ExplorerGraph, MergeRecord } from './types.js';

export interface MergeOptions {
  /** Where new nodes without placed neighbours appear (the expanded node); defaults to a spread around the origin. */
  anchor?: { x: number; y: number };
  spread?: number;
  /** Replaces the id-seeded numbers (tests). */
  random?: () => number;
}

type Point = { x: number; y: number };

export function mergePayload(graph: ExplorerGraph, payload: GraphPayload, options: MergeOptions = {}): MergeRecord {
  const unit = (id: string, salt: number) => (options.random ? options.random() : seededUnit(id, salt));
  const spread = options.spread ?? Math.max(10, Math.sqrt(graph.order + payload.nodes.length) * 10);
  const added: MergeRecord = { nodes: [], edges: [] };
  // Where each new node's neighbours already stand (in the view, or remembered).
  const known = (id: string): Point | undefined =>
    graph.hasNode(id) ? { x: graph.getNodeAttribute(id, 'x'), y: graph.getNodeAttribute(id, 'y') } : storedPosition(id);
  const near = new Map<string, Point[]>();
  for (const edge of payload.edges)
    for (const [a, b] of [
      [edge.source, edge.target],
      [edge.target, edge.source],
    ] as const) {
      if (graph.hasNode(a)) continue;
      const p = known(b);
      if (p) (near.get(a) ?? near.set(a, []).get(a)!).push(p);
    }
  for (const node of payload.nodes) {
    if (graph.hasNode(node.id)) {
      // Later payloads may carry fresher data (degree, aliases): keep it, keep the position.
      graph.mergeNodeAttributes(node.id, { entity: node, label: node.name });
      continue;
    }
    const angle = unit(node.id, 1) * Math.PI * 2;
    let position = options.random ? undefined : storedPosition(node.id);
    const neighbours = near.get(node.id);
    if (!position && neighbours?.length) {
      const cx = neighbours.reduce((s, p) => s + p.x, 0) / neighbours.length;
      const cy = neighbours.reduce((s, p) => s + p.y, 0) / neighbours.length;
      const r = spread * 0.08 * (0.5 + unit(node.id, 2));
      position = { x: cx + Math.cos(angle) * r, y: cy + Math.sin(angle) * r };
    }
    if (!position) {
      const radius = options.anchor ? spread * (0.2 + unit(node.id, 2) * 0.3) : spread * Math.sqrt(unit(node.id, 2));
      position = { x: (options.anchor?.x ?? 0) + Math.cos(angle) * radius, y: (options.anchor?.y ?? 0) + Math.sin(angle) * radius };
    }
    graph.addNode(node.id, { ...position, label: node.name, entity: node });
    added.nodes.push(node.id);
  }
  for (const edge of payload.edges) {
    // Self-loops carry no picture and sigma cannot draw them; endpoints outside the payload are skipped.
    if (edge.source === edge.target || graph.hasEdge(edge.id)) continue;
    if (!graph.hasNode(edge.source) || !graph.hasNode(edge.target)) continue;
    graph.addDirectedEdgeWithKey(edge.id, edge.source, edge.target, { relation: edge });
    added.edges.push(edge.id);
  }
  return added;
}

/** Drops what a merge added (edges first, then nodes that are not needed by anything else). */
export function undoMerge(graph: ExplorerGraph, record: MergeRecord): void {
  for (const edge of record.edges) if (graph.hasEdge(edge)) graph.dropEdge(edge);
  for (const node of record.nodes) if (graph.hasNode(node)) graph.dropNode(node);
}
