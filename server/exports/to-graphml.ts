/* Server exports: GraphML written by hand (graphology-graphml only parses) — declared keys, escaped text. */

import { joinList, propertyKeys, type ExportGraph } from './export-graph.js';
import { escapeXml } from './xml-text.js';

type KeyType = 'string' | 'double' | 'boolean';

function keyTypes(items: { properties: Record<string, unknown> }[], keys: string[]): Map<string, KeyType> {
  const types = new Map<string, KeyType>();
  for (const k of keys) {
    const values = items.map((i) => i.properties[k]).filter((v) => v !== null && v !== undefined);
    types.set(
      k,
      values.every((v) => typeof v === 'number') ? 'double' : values.every((v) => typeof v === 'boolean') ? 'boolean' : 'string',
    );
  }
  return types;
}

const NODE_SKIP = new Set(['name', 'text']);

export function toGraphml(graph: ExportGraph): string {
  const nodeKeys = propertyKeys(graph.nodes, NODE_SKIP);
  const edgeKeys = propertyKeys(graph.edges, new Set());
  const nodeTypes = keyTypes(graph.nodes, nodeKeys);
  const edgeTypes = keyTypes(graph.edges, edgeKeys);
  const nodeIds = new Map<string, string>();
  const edgeIds = new Map<string, string>();
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    '  <key id="n_label" for="node" attr.name="label" attr.type="string"/>',
    '  <key id="n_type" for="node" attr.name="type" attr.type="string"/>',
    '  <key id="n_labels" for="node" attr.name="labels" attr.type="string"/>',
    '  <key id="n_degree" for="node" attr.name="degree" attr.type="int"/>',
    '  <key id="n_documents" for="node" attr.name="documents" attr.type="string"/>',
    '  <key id="e_label" for="edge" attr.name="label" attr.type="string"/>',
  ];
  nodeKeys.forEach((k, i) => {
    nodeIds.set(k, `n${i}`);
    out.push(`  <key id="n${i}" for="node" attr.name="${escapeXml(k)}" attr.type="${nodeTypes.get(k)}"/>`);
  });
  edgeKeys.forEach((k, i) => {
    edgeIds.set(k, `e${i}`);
    out.push(`  <key id="e${i}" for="edge" attr.name="${escapeXml(k)}" attr.type="${edgeTypes.get(k)}"/>`);
  });
  out.push('  <graph id="newsgraph" edgedefault="directed">');
  const data = (key: string, value: unknown): string => `<data key="${key}">${escapeXml(joinList(value))}</data>`;
  for (const n of graph.nodes) {
    const cells = [
      data('n_label', n.name),
      data('n_type', n.type),
      data('n_labels', n.labels),
      data('n_degree', n.degree),
      data('n_documents', n.documents),
    ];
    for (const k of nodeKeys)
      if (n.properties[k] !== undefined && n.properties[k] !== null) cells.push(data(nodeIds.get(k)!, n.properties[k]));
    out.push(`    <node id="${escapeXml(n.id)}">${cells.join('')}</node>`);
  }
  const present = new Set(graph.nodes.map((n) => n.id));
  for (const e of graph.edges) {
    if (!present.has(e.source) || !present.has(e.target)) continue;
    const cells = [data('e_label', e.type)];
    for (const k of edgeKeys)
      if (e.properties[k] !== undefined && e.properties[k] !== null) cells.push(data(edgeIds.get(k)!, e.properties[k]));
    out.push(
      `    <edge id="${escapeXml(e.id)}" source="${escapeXml(e.source)}" target="${escapeXml(e.target)}"${e.directed ? '' : ' directed="false"'}>${cells.join('')}</edge>`,
    );
  }
  out.push('  </graph>', '</graphml>', '');
  return out.join('\n');
}
