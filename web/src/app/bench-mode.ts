/* App: `?bench=1` — builds a generated clustered graph in the page (no server) for bench/bench-web.ts. */

import type { GraphEdge, GraphNode, GraphPayload } from '../../../ontology/api-types.js';
import type { PrimaryEntityLabel } from '../../../ontology/labels.js';
import { RELATION_TYPES } from '../../../ontology/relation-types.js';

const TYPES: PrimaryEntityLabel[] = ['Person', 'Country', 'Organization', 'Agreement', 'Tariff', 'Place', 'Event', 'Product'];

/** Deterministic PRNG (mulberry32) so every bench run lays out the same graph. */
function rng(seed: number): () => number {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Communities of ~100 nodes; 85% of edges stay inside one, like news entities around a story. */
export function generateBenchGraph(nodeCount: number, edgeCount: number, seed = 42): GraphPayload {
  const random = rng(seed);
  const communities = Math.max(1, Math.round(nodeCount / 100));
  const nodes: GraphNode[] = [];
  for (let i = 0; i < nodeCount; i++) {
    const type = TYPES[i % TYPES.length]!;
    nodes.push({
      id: `bench:${i}`,
      type,
      labels: [type],
      name: `${type} ${i}`,
      aliases: [],
      properties: { community: i % communities },
      degree: 0,
    });
  }
  const edges: GraphEdge[] = [];
  for (let e = 0; e < edgeCount; e++) {
    const s = Math.floor(random() * nodeCount);
    let t: number;
    if (random() < 0.85) {
      const c = s % communities;
      t = c + communities * Math.floor(random() * Math.ceil(nodeCount / communities));
      if (t >= nodeCount) t = c;
    } else t = Math.floor(random() * nodeCount);
    if (t === s) t = (s + communities) % nodeCount;
    nodes[s]!.degree++;
    nodes[t]!.degree++;
    edges.push({
      id: `bench-e:${e}`,
      type: RELATION_TYPES[e % RELATION_TYPES.length]!,
      source: `bench:${s}`,
      target: `bench:${t}`,
      properties: {},
      confidence: 0.8,
      evidenceCount: 1,
      rules: [],
    });
  }
  return { nodes, edges };
}
