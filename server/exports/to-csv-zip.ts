/* Server exports: a zip of nodes.csv and edges.csv in Gephi's column conventions, formulas neutralised. */

import { stringify } from 'csv-stringify/sync';
import { strToU8, zipSync } from 'fflate';
import { neutraliseFormula } from '../../ontology/spreadsheet-cell.js';
import { joinList, propertyKeys, type ExportGraph } from './export-graph.js';

/** A spreadsheet must not run a cell as a formula: = + - @ tab CR NUL (and LF) get a leading quote. */
export function neutralise(value: unknown): string | number | boolean {
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  return neutraliseFormula(joinList(value));
}

const NODE_OWN = new Set(['name', 'aliases', 'text']);
const EDGE_OWN = new Set(['evidence', 'docIds', 'rules', 'confidence']);

function toCsvFiles(graph: ExportGraph): { 'nodes.csv': string; 'edges.csv': string } {
  const nodeKeys = propertyKeys(graph.nodes, NODE_OWN);
  const nodeRows = graph.nodes.map((n) => [
    n.id,
    n.name,
    n.type,
    n.labels,
    n.properties.aliases ?? [],
    n.degree,
    n.documents,
    ...nodeKeys.map((k) => n.properties[k] ?? ''),
  ]);
  const edgeKeys = propertyKeys(graph.edges, EDGE_OWN);
  const edgeRows = graph.edges.map((e) => [
    e.source,
    e.target,
    e.directed ? 'Directed' : 'Undirected',
    e.id,
    e.type,
    e.properties.confidence ?? '',
    e.properties.evidence ?? [],
    e.properties.docIds ?? [],
    e.properties.rules ?? [],
    ...edgeKeys.map((k) => e.properties[k] ?? ''),
  ]);
  const csv = (header: string[], rows: unknown[][]): string =>
    stringify([header, ...rows.map((r) => r.map(neutralise))], { bom: false, quoted_match: /[",\n\r]/ });
  return {
    'nodes.csv': csv(['Id', 'Label', 'type', 'labels', 'aliases', 'degree', 'documents', ...nodeKeys], nodeRows),
    'edges.csv': csv(['Source', 'Target', 'Type', 'Id', 'Label', 'confidence', 'evidence', 'documents', 'rules', ...edgeKeys], edgeRows),
  };
}

export function toCsvZip(graph: ExportGraph): Uint8Array {
  const files = toCsvFiles(graph);
  return zipSync({ 'nodes.csv': strToU8(files['nodes.csv']), 'edges.csv': strToU8(files['edges.csv']) }, { level: 6 });
}
