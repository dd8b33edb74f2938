/* Server exports: GEXF 1.2 written by hand — the version networkx, igraph's users and Gephi all read. One
   declared attribute per name, every relationship a directed edge in its stored direction (symmetric types
   marked), `label` as the element's own attribute, text XML-safe. */

import { edgeColumns, nodeColumns, presentEdges, type Column } from './export-columns.js';
import type { ExportGraph } from './export-graph.js';
import { escapeXml } from './xml-text.js';

const GEXF_TYPE = { string: 'string', double: 'double', int: 'integer', boolean: 'boolean' } as const;

/** Attribute values keep their line breaks and tabs (an XML parser turns raw ones into spaces). */
const attr = (text: string): string => escapeXml(text).replace(/[\t\n\r]/g, (c) => `&#${c.charCodeAt(0)};`);

function declare<T>(cls: 'node' | 'edge', cols: Column<T>[]): string[] {
  return [
    `    <attributes class="${cls}" mode="static">`,
    ...cols.map((c, i) => `      <attribute id="${i}" title="${attr(c.name)}" type="${GEXF_TYPE[c.type]}"/>`),
    '    </attributes>',
  ];
}

function attvalues<T>(cols: Column<T>[], item: T): string {
  const out: string[] = [];
  cols.forEach((c, i) => {
    const v = c.value(item);
    if (v !== undefined) out.push(`<attvalue for="${i}" value="${attr(String(v))}"/>`);
  });
  return out.length ? `<attvalues>${out.join('')}</attvalues>` : '';
}

export function toGexf(graph: ExportGraph): string {
  // `label` is the node's and edge's own XML attribute, so it is not declared again as an attvalue.
  const nodeCols = nodeColumns(graph).filter((c) => c.name !== 'label');
  const edgeCols = edgeColumns(graph).filter((c) => c.name !== 'label');
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://www.gexf.net/1.2draft" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://www.gexf.net/1.2draft http://www.gexf.net/1.2draft/gexf.xsd" version="1.2">',
    '  <meta><creator>Newsgraph</creator></meta>',
    '  <graph defaultedgetype="directed" mode="static">',
    ...declare('node', nodeCols),
    ...declare('edge', edgeCols),
    '    <nodes>',
  ];
  for (const n of graph.nodes) out.push(`      <node id="${attr(n.id)}" label="${attr(n.name)}">${attvalues(nodeCols, n)}</node>`);
  out.push('    </nodes>', '    <edges>');
  for (const e of presentEdges(graph))
    out.push(
      `      <edge id="${attr(e.id)}" source="${attr(e.source)}" target="${attr(e.target)}" label="${attr(e.type)}">${attvalues(edgeCols, e)}</edge>`,
    );
  out.push('    </edges>', '  </graph>', '</gexf>', '');
  return out.join('\n');
}
