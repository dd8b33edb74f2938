/* Server console: driver records → JSON rows, plus the nodes and relationships found in them as a graph. */

import { isNode, isPath, isRelationship, type Node, type Path, type Relationship } from 'neo4j-driver';
import type { ConsoleCell } from '../../ontology/api-types.js';
import { plainValue } from '../queries/to-graph-element.js';

export interface FoundElements {
  nodes: Map<string, Node>;
  rels: Map<string, Relationship>;
}

/** A JSON cell; graph elements keep their ontology id where they have one. */
export function toCell(value: unknown, found: FoundElements): unknown {
  if (value === null || value === undefined) return null;
  if (isNode(value as object)) {
    const n = value as Node;
    found.nodes.set(n.elementId, n);
    return {
      elementType: 'node',
      id: n.properties.id ?? n.elementId,
      labels: n.labels,
      properties: plainValue(n.properties) as Record<string, unknown>,
    } satisfies ConsoleCell;
  }
  if (isRelationship(value as object)) {
    const r = value as Relationship;
    found.rels.set(r.elementId, r);
    return {
      elementType: 'relationship',
      id: r.properties.id ?? r.elementId,
      type: r.type,
      startElementId: r.startNodeElementId,
      endElementId: r.endNodeElementId,
      properties: plainValue(r.properties) as Record<string, unknown>,
    } satisfies ConsoleCell;
  }
  if (isPath(value as object)) {
    const p = value as Path;
    const nodes = [p.start, ...p.segments.map((s) => s.end)].map((n) => toCell(n, found) as { id: string });
    const rels = p.segments.map((s) => toCell(s.relationship, found) as { id: string });
    return { elementType: 'path', nodeIds: nodes.map((n) => n.id), edgeIds: rels.map((r) => r.id) } satisfies ConsoleCell;
  }
  if (Array.isArray(value)) return value.map((v) => toCell(v, found));
  if (typeof value === 'object' && value.constructor === Object) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toCell(v, found)]));
  }
  return plainValue(value);
}
