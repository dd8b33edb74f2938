/* Server queries: the overview subgraph — the best-connected nodes of the chosen types and their links. */

import type { OverviewResponse } from '../../ontology/api-types.js';
import type { GraphExecutor } from '../executor.js';
import { alternation, DEFAULT_NODE_TYPES, DEFAULT_REL_TYPES, degreeOf, edgeMap, nodeMap } from './cypher-fragments.js';
import { toGraphEdge, toGraphNode, type EdgeMap, type NodeMap } from './to-graph-element.js';

export interface OverviewParams {
  types?: string[];
  relTypes?: string[];
  limit: number;
}

export async function getOverview(ex: GraphExecutor, p: OverviewParams): Promise<OverviewResponse> {
  const types = p.types?.length ? p.types : DEFAULT_NODE_TYPES;
  const relTypes = p.relTypes?.length ? p.relTypes : DEFAULT_REL_TYPES;
  const labels = alternation(types);
  const [row] = await ex.rows<{ total: number; nodes: NodeMap[]; edges: EdgeMap[] }>(
    `CALL () { MATCH (n:${labels}) RETURN count(n) AS total }
     CALL () {
       MATCH (n:${labels})
       WITH n, ${degreeOf('n')} AS degree ORDER BY degree DESC, n.id LIMIT $limit
       RETURN collect(n) AS picked
     }
     RETURN total,
            [n IN picked | ${nodeMap('n')}] AS nodes,
            COLLECT { UNWIND picked AS a MATCH (a)-[r:${alternation(relTypes)}]->(b) WHERE b IN picked RETURN ${edgeMap('r')} } AS edges`,
    { limit: p.limit },
  );
  const nodes = (row?.nodes ?? []).map(toGraphNode);
  return { nodes, edges: (row?.edges ?? []).map(toGraphEdge), totalNodes: row?.total ?? 0, truncated: (row?.total ?? 0) > nodes.length };
}
