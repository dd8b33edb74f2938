/* Server queries: the relationships no analyst has reviewed yet, lowest confidence first, with their evidence and rules. */

import type { ReviewRelationItem } from '../../ontology/api-types.js';
import type { GraphExecutor } from '../executor.js';
import { alternation, DEFAULT_REL_TYPES, edgeMap, nodeMap } from './cypher-fragments.js';
import { toGraphEdge, toGraphNode, type EdgeMap, type NodeMap } from './to-graph-element.js';

export async function unreviewedRelations(ex: GraphExecutor, limit: number): Promise<ReviewRelationItem[]> {
  const rows = await ex.rows<{ edge: EdgeMap; source: NodeMap; target: NodeMap; evidence: string[] }>(
    `MATCH (a)-[r:${alternation(DEFAULT_REL_TYPES)}]->(b) WHERE r.review IS NULL
     WITH a, r, b ORDER BY coalesce(r.confidence, 0.0) ASC, r.id LIMIT $limit
     RETURN ${edgeMap('r')} AS edge, ${nodeMap('a')} AS source, ${nodeMap('b')} AS target, coalesce(r.evidence, []) AS evidence`,
    { limit },
    { timeoutMs: 30_000 },
  );
  return rows.map((r) => {
    const edge = toGraphEdge(r.edge);
    return { edge, sourceNode: toGraphNode(r.source), targetNode: toGraphNode(r.target), evidence: r.evidence, rules: edge.rules };
  });
}
