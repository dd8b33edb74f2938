/* Server queries: a node's neighbours (best-connected first), capped, with the uncapped total. */

import type { NeighborsResponse } from '../../ontology/api-types.js';
import type { GraphExecutor } from '../executor.js';
import {
  alternation,
  degreeOf,
  edgeMap,
  hasRange,
  labelForId,
  nodeMap,
  rangeParams,
  relInRange,
  notRejected,
  type DateRange,
} from './cypher-fragments.js';
import { attachClaims } from './attach-claims.js';
import { toGraphEdge, toGraphNode, uniqueById, type EdgeMap, type NodeMap } from './to-graph-element.js';

export interface NeighborParams extends DateRange {
  id: string;
  relTypes?: string[];
  types?: string[];
  limit: number;
  /** Also relationships an analyst rejected. */
  include?: boolean;
}

export async function getNeighbors(ex: GraphExecutor, p: NeighborParams): Promise<NeighborsResponse | undefined> {
  const label = labelForId(p.id);
  if (!label) return undefined;
  // Provenance edges are what a document's neighbourhood is made of, and noise around an entity.
  const relTypes = p.relTypes?.length ? p.relTypes : label === 'Document' ? ['MENTIONED_IN'] : undefined;
  const rel = relTypes ? `[r:${alternation(relTypes)}]` : '[r:!MENTIONED_IN]';
  const filters = [
    p.types?.length ? 'any(l IN labels(m) WHERE l IN $types)' : '',
    hasRange(p) ? relInRange('r') : '',
    p.include ? '' : notRejected('r'),
  ].filter(Boolean);
  const typeFilter = filters.length ? `WHERE ${filters.join(' AND ')}` : '';
  // One expansion: group the relationships by neighbour, rank neighbours by their own degree, keep the top;
  // the kept neighbours' degrees reuse the rank (one count-store read each instead of two).
  const [row] = await ex.rows<{ center: NodeMap; total: number; neighbors: { node: NodeMap; edges: EdgeMap[] }[] }>(
    `MATCH (n:${label} {id: $id})
     OPTIONAL CALL (n) {
       MATCH (n)-${rel}-(m) ${typeFilter}
       WITH m, collect(r) AS rels
       RETURN m, rels, COUNT { (m)--() } AS rank
     }
     WITH n, m, rels, rank ORDER BY rank DESC, m.id
     WITH n, count(m) AS total, collect(CASE WHEN m IS NULL THEN null ELSE {m: m, rels: rels, rank: rank} END)[..$limit] AS top
     CALL (top) {
       UNWIND top AS x
       WITH x.m AS m, x.rels AS rels, x.rank AS rank
       RETURN collect({node: ${nodeMap('m', degreeOf('m', 'rank'))}, edges: [r IN rels | ${edgeMap('r')}]}) AS neighbors
     }
     RETURN ${nodeMap('n')} AS center, total, neighbors`,
    { id: p.id, types: p.types ?? [], limit: p.limit, ...rangeParams(p) },
  );
  if (!row) return undefined;
  const nodes = [toGraphNode(row.center), ...row.neighbors.map((x) => toGraphNode(x.node))];
  const edges = uniqueById(row.neighbors.flatMap((x) => x.edges.map(toGraphEdge)));
  return { nodes: uniqueById(nodes), edges: await attachClaims(ex, edges), total: row.total, truncated: row.total > row.neighbors.length };
}
