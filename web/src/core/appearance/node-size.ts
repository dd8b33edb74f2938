/* Core/appearance: node size from degree (server-side, whole graph) or PageRank (current view). */

import type { SizeBy } from '../state.js';
import type { ViewMetrics } from './metrics-store.js';

const MIN = 4;
const MAX = 22;

export function nodeSize(id: string, degree: number, sizeBy: SizeBy, metrics: ViewMetrics | null): number {
  if (sizeBy === 'pagerank' && metrics) {
    const rank = metrics.pagerank.get(id) ?? 0;
    return MIN + (MAX - MIN) * Math.sqrt(rank / (metrics.maxPagerank || 1));
  }
  // sqrt keeps hubs large without flattening everyone else.
  return Math.min(MAX, MIN + 2.2 * Math.sqrt(Math.max(0, degree)));
}
