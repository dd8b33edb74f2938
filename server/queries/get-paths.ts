/* Server queries: all shortest paths between two nodes, up to maxHops, as a graph plus id lists. */

import type { PathsResponse } from '../../ontology/api-types.js';
import type { GraphExecutor } from '../executor.js';
import { alternation, DEFAULT_REL_TYPES, edgeMap, labelForId, nodeMap, relInRange, notRejected } from './cypher-fragments.js';
import { attachClaims } from './attach-claims.js';
import { toGraphEdge, toGraphNode, uniqueById, type EdgeMap, type NodeMap } from './to-graph-element.js';

export interface PathParams {
  from: string;
  to: string;
  maxHops: number;
  relTypes?: string[];
  limit: number;
  /** Also relationships an analyst rejected. */
  include?: boolean;
  /** Publication range (YYYY-MM-DD): every relationship of a path must be stated by a document of it. */
  since?: string;
  until?: string;
}

/** Every relationship of a path: not rejected (unless asked for) and stated in the publication range. */
function pathFilter(p: PathParams): string {
  const conditions = [...(p.include ? [] : [notRejected('r')]), ...(p.since || p.until ? [relInRange('r', '$rangeFrom', '$rangeTo')] : [])];
  return conditions.length ? `WHERE all(r IN relationships(path) WHERE ${conditions.join(' AND ')})` : '';
}

export async function getPaths(ex: GraphExecutor, p: PathParams): Promise<PathsResponse | { missing: string }> {
  const fromLabel = labelForId(p.from);
  const toLabel = labelForId(p.to);
  if (!fromLabel) return { missing: p.from };
  if (!toLabel) return { missing: p.to };
  const relTypes = alternation(p.relTypes?.length ? p.relTypes : DEFAULT_REL_TYPES);
  const hops = Math.max(1, Math.min(10, Math.trunc(p.maxHops)));
  const exists = await ex.rows<{ found: string[] }>(
    `OPTIONAL MATCH (a:${fromLabel} {id: $from}) OPTIONAL MATCH (b:${toLabel} {id: $to})
     RETURN [x IN [a, b] WHERE x IS NOT NULL | x.id] AS found`,
    { from: p.from, to: p.to },
  );
  const found = new Set(exists[0]?.found ?? []);
  if (!found.has(p.from)) return { missing: p.from };
  if (!found.has(p.to)) return { missing: p.to };
  if (p.from === p.to) return { nodes: [], edges: [], paths: [] };
  const rows = await ex.rows<{ nodes: NodeMap[]; edges: EdgeMap[] }>(
    `MATCH (a:${fromLabel} {id: $from}), (b:${toLabel} {id: $to})
     MATCH path = allShortestPaths((a)-[:${relTypes}*..${hops}]-(b))
     ${pathFilter(p)}
     WITH path LIMIT $limit
     RETURN [n IN nodes(path) | ${nodeMap('n')}] AS nodes, [r IN relationships(path) | ${edgeMap('r')}] AS edges`,
    { from: p.from, to: p.to, limit: p.limit, rangeFrom: p.since ?? null, rangeTo: p.until ?? null },
    { timeoutMs: 10_000 },
  );
  const paths = rows.map((r) => ({ nodeIds: r.nodes.map((n) => String(n.id)), edgeIds: r.edges.map((e) => String(e.id)) }));
  return {
    nodes: uniqueById(rows.flatMap((r) => r.nodes.map(toGraphNode))),
    edges: await attachClaims(ex, uniqueById(rows.flatMap((r) => r.edges.map(toGraphEdge)))),
    paths,
  };
}
