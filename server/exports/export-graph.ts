/* Server exports: the graph an export carries — every stored property, evidence and documents included. */

import type { PropertyValue } from '../../ontology/extraction-result.js';

export interface ExportNode {
  id: string;
  labels: string[];
  /** Primary label (Minister is a second label). */
  type: string;
  name: string;
  degree: number;
  /** Ids of the documents that mention it. */
  documents: string[];
  /** Every stored property except `id` (name, aliases, text… included). */
  properties: Record<string, PropertyValue>;
}

export interface ExportEdge {
  id: string;
  type: string;
  source: string;
  target: string;
  directed: boolean;
  /** Every stored property except `id` (evidence, docIds, rules, confidence… included). */
  properties: Record<string, PropertyValue>;
}

export interface ExportGraph {
  nodes: ExportNode[];
  edges: ExportEdge[];
}

/** Arrays as one cell or attribute: "a | b". */
export const joinList = (value: unknown): string =>
  Array.isArray(value) ? value.map((v) => String(v)).join(' | ') : value === null || value === undefined ? '' : String(value);

/** The property keys used across items, sorted, minus the ones a format writes as its own columns. */
export function propertyKeys(items: { properties: Record<string, unknown> }[], skip: ReadonlySet<string>): string[] {
  const keys = new Set<string>();
  for (const item of items) for (const k of Object.keys(item.properties)) if (!skip.has(k)) keys.add(k);
  return [...keys].sort();
}
