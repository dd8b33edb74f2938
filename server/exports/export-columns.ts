/* Server exports: the attribute columns GraphML and GEXF share — one column per attribute name, typed, so
   networkx, igraph and Gephi read the same attributes the JSON export carries. */

import { joinList, propertyKeys, type ExportEdge, type ExportGraph, type ExportNode } from './export-graph.js';

type ColumnType = 'string' | 'double' | 'int' | 'boolean';

export interface Column<T> {
  name: string;
  type: ColumnType;
  /** The cell of one item; undefined when it has none. */
  value(item: T): string | number | boolean | undefined;
}

/** Node columns of their own: `label` is the name (what Gephi shows), the rest mirror the JSON export's fields. */
const NODE_FIXED: Column<ExportNode>[] = [
  { name: 'label', type: 'string', value: (n) => n.name },
  { name: 'type', type: 'string', value: (n) => n.type },
  { name: 'labels', type: 'string', value: (n) => joinList(n.labels) },
  { name: 'degree', type: 'int', value: (n) => n.degree },
  { name: 'documents', type: 'string', value: (n) => joinList(n.documents) },
];

/** Every relationship is written as a directed edge in its stored direction; `symmetric` marks the types
 *  that hold both ways (MET_WITH, TRADES_WITH), so a reader may treat them as undirected. */
const EDGE_FIXED: Column<ExportEdge>[] = [
  { name: 'label', type: 'string', value: (e) => e.type },
  { name: 'relation', type: 'string', value: (e) => e.type },
  { name: 'symmetric', type: 'boolean', value: (e) => !e.directed },
];

/** `name` is the label; `text` (a Document's whole text) stays in the JSON export only. */
const NODE_SKIP = new Set(['name', 'text']);

/** A stored property whose name a column of its own already uses (a Tariff's `label`) gets this prefix. */
const PROPERTY_PREFIX = 'property_';

function typeOf(values: unknown[]): ColumnType {
  if (values.length > 0 && values.every((v) => typeof v === 'number')) return 'double';
  if (values.length > 0 && values.every((v) => typeof v === 'boolean')) return 'boolean';
  return 'string';
}

function columns<T extends { properties: Record<string, unknown> }>(
  items: T[],
  fixed: Column<T>[],
  skip: ReadonlySet<string>,
): Column<T>[] {
  const taken = new Set(fixed.map((c) => c.name));
  const out = [...fixed];
  for (const key of propertyKeys(items, skip)) {
    const values = items.map((i) => i.properties[key]).filter((v) => v !== null && v !== undefined);
    const type = typeOf(values);
    let name = taken.has(key) ? `${PROPERTY_PREFIX}${key}` : key;
    while (taken.has(name)) name = `${PROPERTY_PREFIX}${name}`;
    taken.add(name);
    out.push({
      name,
      type,
      value: (item) => {
        const v = item.properties[key];
        if (v === null || v === undefined) return undefined;
        return type === 'string' ? joinList(v) : (v as number | boolean);
      },
    });
  }
  // An empty text (an empty list) gets no cell: GraphML readers drop empty data elements anyway.
  return out.map((c) => ({ ...c, value: (item: T) => (c.value(item) === '' ? undefined : c.value(item)) }));
}

export const nodeColumns = (graph: ExportGraph): Column<ExportNode>[] => columns(graph.nodes, NODE_FIXED, NODE_SKIP);
export const edgeColumns = (graph: ExportGraph): Column<ExportEdge>[] => columns(graph.edges, EDGE_FIXED, new Set());

/** The edges whose both ends are in the export (a whole-graph export has no others). */
export function presentEdges(graph: ExportGraph): ExportEdge[] {
  const present = new Set(graph.nodes.map((n) => n.id));
  return graph.edges.filter((e) => present.has(e.source) && present.has(e.target));
}
