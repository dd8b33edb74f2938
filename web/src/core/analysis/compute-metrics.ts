/* Core/analysis: PageRank and Louvain communities on the current view (graphology), as plain maps. */

import pagerank from 'graphology-metrics/centrality/pagerank';
import louvain from 'graphology-communities-louvain';
import { UndirectedGraph } from 'graphology';
import type { ViewMetrics } from '../appearance/metrics-store.js';
import type { ExplorerGraph } from '../graph/types.js';

/** Louvain wants a simple graph: parallel relations collapse into one weighted undirected edge. */
function simpleUndirected(graph: ExplorerGraph): UndirectedGraph {
  const simple = new UndirectedGraph();
  graph.forEachNode((id) => simple.addNode(id));
  graph.forEachEdge((_, __, source, target) => {
    if (source === target) return;
    simple.updateEdge(source, target, (attr: { weight?: number }) => ({ weight: (attr.weight ?? 0) + 1 }));
  });
  return simple;
}

export function computeMetrics(graph: ExplorerGraph): ViewMetrics {
  const simple = simpleUndirected(graph);
  const ranks = simple.size ? pagerank(simple, { getEdgeWeight: 'weight' }) : {};
  const communities = simple.size ? louvain(simple, { getEdgeWeight: 'weight' }) : {};
  const pr = new Map<string, number>(Object.entries(ranks));
  const community = new Map<string, number>(Object.entries(communities));
  return {
    pagerank: pr,
    community,
    communityCount: new Set(community.values()).size,
    maxPagerank: Math.max(0, ...pr.values()),
  };
}
