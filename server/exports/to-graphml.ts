/* Server exports: GraphML written by hand (graphology-graphml only parses) — one declared key per attribute
   name, every relationship a directed edge in its stored direction (symmetric types marked), escaped text. */

import { edgeColumns, nodeColumns, presentEdges, type Column } from './export-columns.js';
import type { ExportGraph } from './export-graph.js';
import { escapeXml } from './xml-text.js';

function cells<T>(cols: Column<T>[], prefix: string, item: T): string {
  const out: string[] = [];
  cols.forEach((c, i) => {
    const v = c.value(item);
    if (v !== undefined) out.push(`<data key="${prefix}${i}">${escapeXml(String(v))}</data>`);
  });
  return out.join('');
}

export function toGraphml(graph: ExportGraph): string {
  const nodeCols = nodeColumns(graph);
  const edgeCols = edgeColumns(graph);
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
  ];
  nodeCols.forEach((c, i) => out.push(`  <key id="n${i}" for="node" attr.name="${escapeXml(c.name)}" attr.type="${c.type}"/>`));
  edgeCols.forEach((c, i) => out.push(`  <key id="e${i}" for="edge" attr.name="${escapeXml(c.name)}" attr.type="${c.type}"/>`));
  out.push('  <graph id="newsgraph" edgedefault="directed">');
  for (const n of graph.nodes) out.push(`    <node id="${escapeXml(n.id)}">${cells(nodeCols, 'n', n)}</node>`);
  for (const e of presentEdges(graph))
    out.push(
      `    <edge id="${escapeXml(e.id)}" source="${escapeXml(e.source)}" target="${escapeXml(e.target)}">${cells(edgeCols, 'e', e)}</edge>`,
    );
  out.push('  </graph>', '</graphml>', '');
  return out.join('\n');
}
