/* Server exports: GEXF through graphology-gexf (a mixed multigraph; lists joined, text XML-safe). */

import Graph from 'graphology';
import { write } from 'graphology-gexf';
import { joinList, type ExportGraph } from './export-graph.js';
import { xmlSafe } from './xml-text.js';

type Attrs = Record<string, string | number | boolean>;

function attributes(props: Record<string, unknown>, skip: ReadonlySet<string>): Attrs {
  const out: Attrs = {};
  for (const [k, v] of Object.entries(props)) {
    if (skip.has(k) || v === null || v === undefined) continue;
    out[k] = typeof v === 'number' || typeof v === 'boolean' ? v : xmlSafe(joinList(v));
  }
  return out;
}

function toGraphology(graph: ExportGraph): Graph {
  const g = new Graph({ multi: true, type: 'mixed', allowSelfLoops: true });
  for (const n of graph.nodes) {
    g.addNode(n.id, {
      ...attributes(n.properties, new Set(['name', 'text'])),
      label: xmlSafe(n.name),
      type: n.type,
      labels: n.labels.join(' | '),
      degree: n.degree,
      documents: n.documents.join(' | '),
    });
  }
  for (const e of graph.edges) {
    if (!g.hasNode(e.source) || !g.hasNode(e.target)) continue;
    const attrs = { ...attributes(e.properties, new Set()), label: e.type, relation: e.type };
    if (e.directed) g.addDirectedEdgeWithKey(e.id, e.source, e.target, attrs);
    else g.addUndirectedEdgeWithKey(e.id, e.source, e.target, attrs);
  }
  return g;
}

export function toGexf(graph: ExportGraph): string {
  return write(toGraphology(graph), { version: '1.3' } as never);
}
