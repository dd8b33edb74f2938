/* Server queries: the overview subgraph — the best-connected nodes of the chosen types and their links. */

import type { OverviewResponse } from '../../ontology/api-types.js';
import type { GraphExecutor } from '../executor.js';
import {
  alternation,
  DEFAULT_NODE_TYPES,
  DEFAULT_REL_TYPES,
  degreeOf,
  edgeMap,
  hasRange,
  nodeInRange,
  nodeMap,
  rangeParams,
  relInRange,
  notRejected,
  type DateRange,
} from './cypher-fragments.js';
import { attachClaims } from './attach-claims.js';
import { toGraphEdge, toGraphNode, type EdgeMap, type NodeMap } from './to-graph-element.js';

export interface OverviewParams extends DateRange {
  types?: string[];
  relTypes?: string[];
  limit: number;
  /** Also relationships an analyst rejected. */
  include?: boolean;
}

export async function getOverview(ex: GraphExecutor, p: OverviewParams): Promise<OverviewResponse> {
  const types = p.types?.length ? p.types : DEFAULT_NODE_TYPES;
  const labels = alternation(types);
  // From the count store: no node carries two primary labels, and Minister always sits on a Person.
  const counted = types.includes('Person') ? types.filter((t) => t !== 'Minister') : types;
  const totalExpr = counted.map((t) => `COUNT { (:${alternation([t])}) }`).join(' + ');
  const relTypes = alternation(p.relTypes?.length ? p.relTypes : DEFAULT_REL_TYPES);
  // With a range: the nodes mentioned in its documents, and the relationships its documents state.
  const ranged = hasRange(p);
  const nodeFilter = ranged ? `WHERE ${nodeInRange('n')}` : '';
  const relFilter = ranged ? `AND ${relInRange('r')}` : '';
  const totalOf = ranged ? `COUNT { MATCH (n:${labels}) ${nodeFilter} }` : totalExpr;
  const payload = await ex.read(async (tx) => {
    const top = await tx.run(
      `CALL () { RETURN ${totalOf} AS total }
       CALL () {
         MATCH (n:${labels}) ${nodeFilter}
         WITH n, ${degreeOf('n')} AS degree ORDER BY degree DESC, n.id LIMIT $limit
         RETURN collect(${nodeMap('n')}) AS nodes, collect(elementId(n)) AS ids
       }
       RETURN total, nodes, ids`,
      { limit: ex.int(p.limit), ...rangeParams(p) },
    );
    const row = top.records[0];
    const total = (row?.get('total') as number) ?? 0;
    const nodes = ((row?.get('nodes') as NodeMap[]) ?? []).map(toGraphNode);
    const ids = (row?.get('ids') as string[]) ?? [];
    // The id list is a parameter, so Neo4j seeks the nodes and tests membership against a hashed set.
    const links = ids.length
      ? await tx.run(
          `MATCH (a)-[r:${relTypes}]->(b) WHERE elementId(a) IN $ids AND elementId(b) IN $ids ${relFilter} ${p.include ? '' : `AND ${notRejected('r')}`} RETURN ${edgeMap('r')} AS edge`,
          { ids, ...rangeParams(p) },
        )
      : { records: [] };
    const edges = links.records.map((rec) => toGraphEdge(rec.get('edge') as EdgeMap));
    return { nodes, edges, totalNodes: total, truncated: total > nodes.length };
  });
  return { ...payload, edges: await attachClaims(ex, payload.edges) };
}
