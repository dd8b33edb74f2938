/* Server queries: one relationship by its stable id, with both ends, evidence and documents. */

import type { RelationDetailsResponse } from '../../ontology/api-types.js';
import { ALL_RELATION_TYPES } from '../../ontology/relation-types.js';
import type { GraphExecutor } from '../executor.js';
import { edgeMap, nodeMap, notRejected } from './cypher-fragments.js';
import { toGraphEdge, toGraphNode, type EdgeMap, type NodeMap } from './to-graph-element.js';
import { attachClaims } from './attach-claims.js';

// One index seek per type (relationship property indexes are per type; see graph/ensure-schema).
const FIND = ALL_RELATION_TYPES.map((t) => `MATCH ()-[r:${t} {id: $id}]->() RETURN r`).join(' UNION ALL ');

export async function getRelation(ex: GraphExecutor, id: string, include = false): Promise<RelationDetailsResponse | undefined> {
  const [row] = await ex.rows<{
    edge: EdgeMap;
    source: NodeMap;
    target: NodeMap;
    evidence: string[] | null;
    documents: RelationDetailsResponse['documents'];
  }>(
    `CALL () { ${FIND} }
     WITH r LIMIT 1
     WITH r WHERE $include OR ${notRejected('r')}
     WITH r, startNode(r) AS a, endNode(r) AS b
     RETURN ${edgeMap('r')} AS edge, ${nodeMap('a')} AS source, ${nodeMap('b')} AS target,
            coalesce(r.evidence, r.sentences, []) AS evidence,
            COLLECT { MATCH (d:Document) WHERE d.id IN coalesce(r.docIds, CASE WHEN b:Document THEN [b.id] ELSE [] END)
                      RETURN {id: d.id, title: coalesce(d.title, d.id), source: d.source, url: d.url, publishedAt: d.publishedAt, outlet: d.outlet, duplicateOf: d.duplicateOf} AS doc
                      ORDER BY doc.publishedAt DESC } AS documents`,
    { id, include },
  );
  if (!row) return undefined;
  return {
    edge: (await attachClaims(ex, [toGraphEdge(row.edge)], { all: true }))[0]!,
    sourceNode: toGraphNode(row.source),
    targetNode: toGraphNode(row.target),
    evidence: row.evidence ?? [],
    documents: row.documents.map((d) => ({ ...d, publishedAt: d.publishedAt ? String(d.publishedAt) : null })),
  };
}
