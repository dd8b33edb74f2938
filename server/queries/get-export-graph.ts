/* Server queries: the nodes and relationships of an export — whole graph, or the subgraph induced by node ids. */

import type { PropertyValue } from '../../ontology/extraction-result.js';
import { ALL_LABELS } from '../../ontology/labels.js';
import { RELATION_SPECS, type ExtractedRelationType } from '../../ontology/relation-types.js';
import type { ExportEdge, ExportGraph, ExportNode } from '../exports/export-graph.js';
import type { GraphExecutor } from '../executor.js';
import { alternation, degreeOf, labelForId, notRejected } from './cypher-fragments.js';
import { plainValue } from './to-graph-element.js';

export type ExportScope =
  | { kind: 'all'; includeDocuments: boolean; includeRejected?: boolean }
  | { kind: 'nodes'; ids: string[]; includeDocuments: boolean; edgeIds?: string[]; includeRejected?: boolean };

interface NodeRow {
  id: string;
  labels: string[];
  props: Record<string, unknown>;
  degree: number;
  documents: string[];
}
interface EdgeRow {
  id: string | null;
  type: string;
  source: string;
  target: string;
  props: Record<string, unknown>;
}

const NODE_ROW = (v: string) =>
  `{id: ${v}.id, labels: labels(${v}), props: properties(${v}), degree: ${degreeOf(v)},
    documents: COLLECT { MATCH (${v})-[:MENTIONED_IN]->(d:Document) RETURN d.id }}`;
const EDGE_ROW = `{id: r.id, type: type(r), source: a.id, target: b.id, props: properties(r)}`;

function withoutId(props: Record<string, unknown>): Record<string, PropertyValue> {
  const out: Record<string, PropertyValue> = {};
  // The MinHash signature and band keys of a Document only serve duplicate lookups.
  for (const [k, v] of Object.entries(props))
    if (k !== 'id' && k !== 'minhash' && !/^lsh\d+$/.test(k) && v !== null && v !== undefined) out[k] = plainValue(v) as PropertyValue;
  return out;
}

function toExportNode(r: NodeRow): ExportNode {
  const labels = [...r.labels].sort((a, b) => (a === 'Minister' ? 1 : b === 'Minister' ? -1 : a.localeCompare(b)));
  const type = labels.find((l) => l !== 'Minister') ?? labels[0] ?? 'Node';
  const name = String(r.props.name ?? r.props.title ?? r.id);
  return { id: r.id, labels, type, name, degree: r.degree, documents: r.documents, properties: withoutId(r.props) };
}

function toExportEdge(r: EdgeRow): ExportEdge {
  const spec = RELATION_SPECS[r.type as ExtractedRelationType];
  return {
    id: r.id ?? `${r.source}->${r.type}->${r.target}`,
    type: r.type,
    source: r.source,
    target: r.target,
    directed: !spec?.symmetric,
    properties: withoutId(r.props),
  };
}

export async function getExportGraph(ex: GraphExecutor, scope: ExportScope): Promise<ExportGraph> {
  const labels = scope.includeDocuments ? ALL_LABELS : ALL_LABELS.filter((l) => l !== 'Document');
  // The curated graph: relationships an analyst rejected stay out unless asked for.
  const relFilter = `${scope.includeDocuments ? '' : 'AND NOT r:MENTIONED_IN'} ${scope.includeRejected ? '' : `AND ${notRejected('r')}`}`;
  if (scope.kind === 'all') {
    return ex.read(
      async (tx) => {
        const nodes = await tx.run(
          `MATCH (n:${alternation(labels)}) WHERE n.id IS NOT NULL RETURN ${NODE_ROW('n')} AS row ORDER BY row.id`,
        );
        const edges = await tx.run(
          `MATCH (a:${alternation(labels)})-[r]->(b:${alternation(labels)}) WHERE a.id IS NOT NULL AND b.id IS NOT NULL ${relFilter} RETURN ${EDGE_ROW} AS row ORDER BY row.id`,
        );
        return {
          nodes: nodes.records.map((x) => toExportNode(x.get('row') as NodeRow)),
          edges: edges.records.map((x) => toExportEdge(x.get('row') as EdgeRow)),
        };
      },
      { timeoutMs: 120_000 },
    );
  }
  // Group ids by label so each lookup is a unique-index seek.
  const byLabel = new Map<string, string[]>();
  for (const id of new Set(scope.ids)) {
    const label = labelForId(id);
    if (label && (scope.includeDocuments || label !== 'Document')) byLabel.set(label, [...(byLabel.get(label) ?? []), id]);
  }
  if (byLabel.size === 0) return { nodes: [], edges: [] };
  const params: Record<string, unknown> = { edgeIds: scope.edgeIds ?? null };
  const lookups = [...byLabel.entries()].map(([label, ids], i) => {
    params[`ids${i}`] = ids;
    return `UNWIND $ids${i} AS id MATCH (n:${label} {id: id}) RETURN n`;
  });
  const [row] = await ex.rows<{ nodes: NodeRow[]; edges: EdgeRow[] }>(
    `CALL () { ${lookups.join(' UNION ')} }
     WITH collect(n) AS picked
     RETURN [n IN picked | ${NODE_ROW('n')}] AS nodes,
            COLLECT { UNWIND picked AS a MATCH (a)-[r]->(b) WHERE b IN picked ${relFilter}
                      AND ($edgeIds IS NULL OR r.id IN $edgeIds) RETURN ${EDGE_ROW} } AS edges`,
    params,
    { timeoutMs: 60_000 },
  );
  return { nodes: (row?.nodes ?? []).map(toExportNode), edges: (row?.edges ?? []).map(toExportEdge) };
}
