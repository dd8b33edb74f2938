/* Server exports: the export as JSON (nodes and edges with every stored property). */

import type { ExportGraph } from './export-graph.js';

export function toJson(graph: ExportGraph, meta: { scope: string; exportedAt: string }): string {
  return JSON.stringify({ format: 'newsgraph-export', version: 1, ...meta, nodes: graph.nodes, edges: graph.edges }, null, 2);
}
