/* Core/appearance: computed metrics (PageRank, Louvain) kept beside the graph so reducers read them without touching data. */

export interface ViewMetrics {
  pagerank: Map<string, number>;
  community: Map<string, number>;
  communityCount: number;
  maxPagerank: number;
}

let current: ViewMetrics | null = null;

export function setMetrics(metrics: ViewMetrics | null): void {
  current = metrics;
}

export function getMetrics(): ViewMetrics | null {
  return current;
}
