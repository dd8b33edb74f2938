/* Server queries: projected maps → the wire's GraphNode / GraphEdge, values made plain JSON. */

import { isDate, isDateTime, isDuration, isLocalDateTime, isLocalTime, isPoint, isTime } from 'neo4j-driver';
import type { Claim, GraphEdge, GraphNode } from '../../ontology/api-types.js';
import type { PropertyValue } from '../../ontology/extraction-result.js';

export interface NodeMap {
  id: string | null;
  labels: string[];
  props: Record<string, unknown>;
  degree: number;
}

export interface EdgeMap {
  id: string | null;
  type: string;
  source: string | null;
  target: string | null;
  props: Record<string, unknown>;
  /** Set by the Cypher projection, which leaves the evidence sentences out of `props`. */
  evidenceCount?: number;
}

/** Temporal and spatial driver values become strings; everything else is already JSON. */
export function plainValue(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (Array.isArray(value)) return value.map(plainValue);
  if (typeof value === 'object') {
    if (
      isDate(value) ||
      isDateTime(value) ||
      isLocalDateTime(value) ||
      isTime(value) ||
      isLocalTime(value) ||
      isDuration(value) ||
      isPoint(value)
    ) {
      return String(value);
    }
    if (typeof (value as { toNumber?: unknown }).toNumber === 'function') return (value as { toNumber(): number }).toNumber();
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plainValue(v)]));
  }
  return value;
}

/** Node properties that are not facts to show: own fields of the wire shape, and storage keys (MinHash, resolution's name keys). */
const NODE_OWN = new Set(['id', 'name', 'aliases', 'text', 'minhash', 'removedAliases', 'mergedFrom', 'curated', 'nameKey', 'shortKey']);
/** Document properties that only serve near-duplicate lookups (MinHash band keys). */
const isBandKey = (k: string): boolean => /^lsh\d+$/.test(k);
const EDGE_OWN = new Set([
  'id',
  'evidence',
  'docIds',
  'confidence',
  'rules',
  'sentences',
  'offsets',
  'firstSeen',
  'lastSeen',
  'sources',
  'outlets',
  'conflict',
  'claimProps',
  'claimScopes',
  'claimValues',
  'claimDocIds',
  'review',
  'reviewNote',
  'reviewedBy',
  'reviewedAt',
]);

const parseValue = (raw: unknown): string | number => {
  try {
    const v: unknown = JSON.parse(String(raw));
    return typeof v === 'number' || typeof v === 'string' ? v : String(raw);
  } catch {
    return String(raw);
  }
};

/** The stored per-document claim lists as claims (dates and outlets are filled by attachClaims). */
export function storedClaims(props: Record<string, unknown>): Claim[] {
  const docIds = Array.isArray(props.claimDocIds) ? props.claimDocIds : [];
  const list = (k: string): unknown[] => (Array.isArray(props[k]) ? (props[k] as unknown[]) : []);
  return docIds.map((docId, i) => ({
    property: String(list('claimProps')[i] ?? ''),
    scope: list('claimScopes')[i] ? String(list('claimScopes')[i]) : null,
    value: parseValue(list('claimValues')[i]),
    docId: String(docId),
    date: null,
    outlet: null,
  }));
}

function primaryType(labels: string[]): GraphNode['type'] {
  return (labels.find((l) => l !== 'Minister') ?? labels[0] ?? 'Document') as GraphNode['type'];
}

export function toGraphNode(m: NodeMap): GraphNode {
  const labels = [...m.labels].sort((a, b) => (a === 'Minister' ? 1 : b === 'Minister' ? -1 : a.localeCompare(b)));
  const props = m.props;
  const properties: Record<string, PropertyValue> = {};
  for (const [k, v] of Object.entries(props))
    if (!NODE_OWN.has(k) && !isBandKey(k) && v !== null && v !== undefined) properties[k] = plainValue(v) as PropertyValue;
  const name = typeof props.name === 'string' ? props.name : typeof props.title === 'string' ? props.title : String(m.id ?? '');
  return {
    id: String(m.id ?? ''),
    type: primaryType(labels),
    labels: labels as GraphNode['labels'],
    name,
    aliases: Array.isArray(props.aliases) ? (props.aliases as string[]) : [],
    properties,
    degree: Number(m.degree ?? 0),
  };
}

export function toGraphEdge(m: EdgeMap): GraphEdge {
  const props = m.props;
  const properties: Record<string, PropertyValue> = {};
  for (const [k, v] of Object.entries(props))
    if (!EDGE_OWN.has(k) && v !== null && v !== undefined) properties[k] = plainValue(v) as PropertyValue;
  const evidence = Array.isArray(props.evidence) ? props.evidence : Array.isArray(props.sentences) ? props.sentences : [];
  return {
    id: String(m.id ?? ''),
    type: m.type as GraphEdge['type'],
    source: String(m.source ?? ''),
    target: String(m.target ?? ''),
    properties,
    confidence: typeof props.confidence === 'number' ? props.confidence : null,
    evidenceCount: m.evidenceCount ?? evidence.length,
    rules: Array.isArray(props.rules) ? props.rules.map(String) : [],
    review: props.review === 'confirmed' || props.review === 'rejected' ? props.review : null,
    firstSeen: typeof props.firstSeen === 'string' ? props.firstSeen : null,
    lastSeen: typeof props.lastSeen === 'string' ? props.lastSeen : null,
    sources: typeof props.sources === 'number' ? props.sources : 0,
    outlets: Array.isArray(props.outlets) ? props.outlets.map(String) : [],
    conflict: props.conflict === true,
    claims: storedClaims(props),
  };
}

/** Keeps the first of each id, so a payload never repeats a node or an edge. */
export function uniqueById<T extends { id: string }>(items: T[]): T[] {
  const seen = new Set<string>();
  return items.filter((i) => (seen.has(i.id) ? false : (seen.add(i.id), true)));
}
