/* Core/graph: merges an API GraphPayload into the view graph; new nodes start near an anchor so layouts converge fast. */

import type { GraphPayload } from '../../../../ontology/api-types.js';
import type { ExplorerGraph, MergeRecord } from './types.js';

export interface MergeOptions {
  /** Where new nodes appear (the expanded node); defaults to a random spread around the origin. */
  anchor?: { x: number; y: number };
  spread?: number;
  random?: () => number;
}

export function mergePayload(graph: ExplorerGraph, payload: GraphPayload, options: MergeOptions = {}): MergeRecord {
  const random = options.random ?? Math.random;
  const spread = options.spread ?? Math.max(10, Math.sqrt(graph.order + payload.nodes.length) * 10);
  const added: MergeRecord = { nodes: [], edges: [] };
  for (const node of payload.nodes) {
    if (graph.hasNode(node.id)) {
      // Later payloads may carry fresher data (degree, aliases): keep it, keep the position.
      graph.mergeNodeAttributes(node.id, { entity: node, label: node.name });
      continue;
    }
    const angle = random() * Math.PI * 2;
    const radius = options.anchor ? spread * (0.2 + random() * 0.3) : spread * Math.sqrt(random());
    graph.addNode(node.id, {
      x: (options.anchor?.x ?? 0) + Math.cos(angle) * radius,
      y: (options.anchor?.y ?? 0) + Math.sin(angle) * radius,
      label: node.name,
      entity: node,
    });
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
