/* Server queries: the relationships no analyst has reviewed yet, lowest confidence first, with their evidence and rules. */

import type { ReviewRelationItem } from '../../ontology/api-types.js';
import type { GraphExecutor } from '../executor.js';
import { RELATION_TYPES } from '../../ontology/relation-types.js';
import { edgeMap, nodeMap } from './cypher-fragments.js';
import { toGraphEdge, toGraphNode, type EdgeMap, type NodeMap } from './to-graph-element.js';

export async function unreviewedRelations(ex: GraphExecutor, limit: number): Promise<ReviewRelationItem[]> {
  // Per type, the least confident first straight from its confidence index (graph/ensure-schema), then merged.
  const perType = RELATION_TYPES.map(
    (t) => `MATCH ()-[r:${t}]->() WHERE r.confidence IS NOT NULL AND r.review IS NULL RETURN r ORDER BY r.confidence ASC LIMIT $limit`,
  ).join(' UNION ALL ');
  const rows = await ex.rows<{ edge: EdgeMap; source: NodeMap; target: NodeMap; evidence: string[] }>(
    `CALL () { ${perType} }
     WITH r ORDER BY r.confidence ASC, r.id LIMIT $limit
     WITH r, startNode(r) AS a, endNode(r) AS b
     RETURN ${edgeMap('r')} AS edge, ${nodeMap('a')} AS source, ${nodeMap('b')} AS target, coalesce(r.evidence, []) AS evidence`,
    { limit },
    { timeoutMs: 30_000 },
  );
  return rows.map((r) => {
    const edge = toGraphEdge(r.edge);
    return { edge, sourceNode: toGraphNode(r.source), targetNode: toGraphNode(r.target), evidence: r.evidence, rules: edge.rules };
  });
}
