/* Server queries: what is new around a saved view — relationships touching its entities whose first
   document was ingested after `since`, with both ends, evidence and documents. */

import type { GraphPayload } from '../../ontology/api-types.js';
import type { ViewChange, ViewChangesResponse } from '../../ontology/saved-views.js';
import type { GraphExecutor } from '../executor.js';
import { attachClaims } from './attach-claims.js';
import { alternation, edgeMap, labelForId, nodeMap, notRejected } from './cypher-fragments.js';
import { toGraphEdge, toGraphNode, uniqueById, type EdgeMap, type NodeMap } from './to-graph-element.js';

interface Row {
  edge: EdgeMap;
  a: NodeMap;
  b: NodeMap;
  aFirst: string | null;
  bFirst: string | null;
  first: string;
  evidence: string[];
  documents: ViewChange['documents'];
}

/** The earliest ingest of the documents an entity is mentioned in. */
const firstMention = (v: string): string =>
  `COLLECT { MATCH (${v})-[:MENTIONED_IN]->(d:Document) RETURN d.ingestedAt AS t ORDER BY t LIMIT 1 }[0]`;

/** `CALL () { … }` body returning each entity `n` of `ids` through its label's unique id index (documents left out). */
function seekEntities(ids: string[]): { cypher: string; params: Record<string, string[]> } | undefined {
  const byLabel = new Map<string, string[]>();
  for (const id of ids) {
    const label = labelForId(id);
    if (label && label !== 'Document') (byLabel.get(label) ?? byLabel.set(label, []).get(label)!).push(id);
  }
  if (byLabel.size === 0) return undefined;
  const labels = [...byLabel.keys()];
  return {
    cypher: labels.map((label, i) => `UNWIND $ids${i} AS id MATCH (n:${alternation([label])} {id: id}) RETURN n`).join(' UNION ALL '),
    params: Object.fromEntries(labels.map((l, i) => [`ids${i}`, byLabel.get(l)!])),
  };
}

/** The view's entities and the relationships among them, as a graph payload (how a saved view reopens). */
export async function getViewGraph(ex: GraphExecutor, ids: string[]): Promise<GraphPayload> {
  const seek = seekEntities(ids);
  if (!seek) return { nodes: [], edges: [] };
  const [row] = await ex.rows<{ nodes: NodeMap[]; edges: EdgeMap[] }>(
    `CALL () { ${seek.cypher} }
     WITH collect(n) AS ns
     CALL (ns) {
       UNWIND ns AS n
       MATCH (n)-[r]->(m) WHERE m IN ns AND NOT r:MENTIONED_IN AND ${notRejected('r')}
       RETURN collect(${edgeMap('r')}) AS edges
     }
     RETURN [n IN ns | ${nodeMap('n')}] AS nodes, edges`,
    seek.params,
  );
  if (!row) return { nodes: [], edges: [] };
  return { nodes: row.nodes.map(toGraphNode), edges: await attachClaims(ex, uniqueById(row.edges.map(toGraphEdge))) };
}

export async function getViewChanges(
  ex: GraphExecutor,
  p: { viewId: string; ids: string[]; since: string; limit: number },
): Promise<ViewChangesResponse> {
  // Each view entity through its label's unique id index, then its relationships; the first ingest of a
  // relationship is the earliest ingestedAt among its documents.
  const seek = seekEntities(p.ids);
  if (!seek) return { viewId: p.viewId, since: p.since, nodes: [], newNodeIds: [], changes: [], truncated: false };
  const rows = await ex.rows<Row>(
    `CALL () { ${seek.cypher} }
     MATCH (n)-[r]-() WHERE NOT r:MENTIONED_IN AND ${notRejected('r')}
     WITH DISTINCT r
     WITH r, COLLECT { MATCH (d:Document) WHERE d.id IN coalesce(r.docIds, []) RETURN d.ingestedAt AS t ORDER BY t LIMIT 1 }[0] AS first
     WHERE first > $since
     WITH r, first ORDER BY first, r.id LIMIT $cap
     WITH r, first, startNode(r) AS a, endNode(r) AS b
     RETURN ${edgeMap('r')} AS edge, ${nodeMap('a')} AS a, ${nodeMap('b')} AS b, first,
            ${firstMention('a')} AS aFirst, ${firstMention('b')} AS bFirst,
            coalesce(r.evidence, []) AS evidence,
            COLLECT { MATCH (d:Document) WHERE d.id IN coalesce(r.docIds, [])
                      RETURN {id: d.id, title: coalesce(d.title, d.id), source: d.source, url: d.url,
                              publishedAt: d.publishedAt, outlet: d.outlet, duplicateOf: d.duplicateOf} AS doc
                      ORDER BY doc.publishedAt DESC } AS documents`,
    { ...seek.params, since: p.since, cap: p.limit + 1 },
  );
  const kept = rows.slice(0, p.limit);
  const edges = await attachClaims(
    ex,
    kept.map((r) => toGraphEdge(r.edge)),
  );
  const newNodeIds = new Set<string>();
  for (const r of kept) {
    if (r.aFirst && r.aFirst > p.since) newNodeIds.add(String(r.a.id));
    if (r.bFirst && r.bFirst > p.since) newNodeIds.add(String(r.b.id));
  }
  return {
    viewId: p.viewId,
    since: p.since,
    nodes: uniqueById(kept.flatMap((r) => [toGraphNode(r.a), toGraphNode(r.b)])),
    newNodeIds: [...newNodeIds].sort(),
    changes: kept.map((r, i) => ({
      edge: edges[i]!,
      firstIngestedAt: String(r.first),
      evidence: r.evidence.map(String),
      documents: r.documents.map((d) => ({ ...d, publishedAt: d.publishedAt ? String(d.publishedAt) : null })),
    })),
    truncated: rows.length > p.limit,
  };
}
