/* Server queries: one node with its degree, and the documents that mention it. */

import type { DocumentSummary, GraphNode } from '../../ontology/api-types.js';
import type { GraphExecutor } from '../executor.js';
import { labelForId, nodeMap } from './cypher-fragments.js';
import { toGraphNode, type NodeMap } from './to-graph-element.js';

export interface NodeDetails {
  node: GraphNode;
  documents: (DocumentSummary & { count: number })[];
}

export async function getNode(ex: GraphExecutor, id: string): Promise<NodeDetails | undefined> {
  const label = labelForId(id);
  if (!label) return undefined;
  const [row] = await ex.rows<{ node: NodeMap; documents: (DocumentSummary & { count: number })[] }>(
    `MATCH (n:${label} {id: $id})
     RETURN ${nodeMap('n')} AS node,
            COLLECT { MATCH (n)-[m:MENTIONED_IN]->(d:Document)
                      RETURN {id: d.id, title: coalesce(d.title, d.id), source: d.source, url: d.url,
                              publishedAt: d.publishedAt, outlet: d.outlet, duplicateOf: d.duplicateOf, count: coalesce(m.count, 1)} AS doc
                      ORDER BY doc.publishedAt DESC, doc.title } AS documents`,
    { id },
  );
  if (!row) return undefined;
  return {
    node: toGraphNode(row.node),
    documents: row.documents.map((d) => ({ ...d, publishedAt: d.publishedAt ? String(d.publishedAt) : null })),
  };
}
