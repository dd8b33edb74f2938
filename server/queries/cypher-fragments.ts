/* Server queries: shared Cypher projections of nodes and relationships, and the label behind an id. */

import { ENTITY_LABELS, ID_PREFIX, type PrimaryEntityLabel } from '../../ontology/labels.js';
import { ALL_RELATION_TYPES, MENTIONED_IN } from '../../ontology/relation-types.js';

/** Degree as the UI shows it: an entity's relationships without provenance; a document's mentions. */
export const degreeOf = (v: string, all = `COUNT { (${v})--() }`): string =>
  `CASE WHEN ${v}:Document THEN ${all} ELSE ${all} - COUNT { (${v})-[:${MENTIONED_IN}]->() } END`;

/** A node as a map the mapper understands (the document text and its MinHash signature stay out of graph payloads). */
export const nodeMap = (v: string, degree = degreeOf(v)): string =>
  `{id: ${v}.id, labels: labels(${v}), props: ${v} {.*, text: null, minhash: null}, degree: ${degree}}`;

/** A publication range: both ends inclusive YYYY-MM-DD, either open. */
export interface DateRange {
  from?: string | null;
  to?: string | null;
}
export const hasRange = (r: DateRange): boolean => !!(r.from || r.to);
/** The `$from`/`$to` parameters of the range fragments. */
export const rangeParams = (r: DateRange): { from: string | null; to: string | null } => ({ from: r.from ?? null, to: r.to ?? null });

/** A document `d` published in [$from, $to] (an undated document is in no range). */
const DOC_IN_RANGE = (d: string, from = '$from', to = '$to'): string =>
  `(${d}.publishedAt IS NOT NULL AND left(toString(${d}.publishedAt), 10) >= coalesce(${from}, '0000-01-01') AND left(toString(${d}.publishedAt), 10) <= coalesce(${to}, '9999-12-31'))`;

/** A relationship some document published in the range states (MENTIONED_IN: its document is in the range). */
export const relInRange = (r: string, from = '$from', to = '$to'): string =>
  `EXISTS { MATCH (d:Document) WHERE d.id IN coalesce(${r}.docIds, CASE WHEN endNode(${r}):Document THEN [endNode(${r}).id] ELSE [] END) AND ${DOC_IN_RANGE('d', from, to)} }`;

/** A node mentioned in a document of the range (a Document: published in it). */
export const nodeInRange = (n: string): string =>
  `(CASE WHEN ${n}:Document THEN ${DOC_IN_RANGE(n)} ELSE EXISTS { MATCH (${n})-[:MENTIONED_IN]->(d:Document) WHERE ${DOC_IN_RANGE('d')} } END)`;

/** Evidence travels as a count: graph payloads never show the sentences, which can outweigh the rest. */
export const edgeMap = (r: string): string =>
  `{id: ${r}.id, type: type(${r}), source: startNode(${r}).id, target: endNode(${r}).id,
    props: ${r} {.*, evidence: null, sentences: null, offsets: null, docIds: null},
    evidenceCount: size(coalesce(${r}.evidence, ${r}.sentences, []))}`;

const LABEL_BY_PREFIX = new Map(Object.entries(ID_PREFIX).map(([label, prefix]) => [prefix, label as PrimaryEntityLabel]));

/** The label whose unique-id index finds this id: `person:…` → Person; a bare sha256 → Document. */
export function labelForId(id: string): PrimaryEntityLabel | 'Document' | undefined {
  if (/^[0-9a-f]{64}$/.test(id)) return 'Document';
  const prefix = id.slice(0, id.indexOf(':'));
  return LABEL_BY_PREFIX.get(prefix);
}

/** `:A|B|C` for labels or relationship types already checked against the ontology's lists. */
export const alternation = (names: readonly string[]): string => names.map((n) => `\`${n.replace(/`/g, '')}\``).join('|');

/** A relationship an analyst has not rejected (rejected ones are hidden unless `include=rejected`). */
export const notRejected = (r: string): string => `coalesce(${r}.review, '') <> 'rejected'`;

export const DEFAULT_NODE_TYPES: readonly string[] = ENTITY_LABELS;
export const DEFAULT_REL_TYPES: readonly string[] = ALL_RELATION_TYPES.filter((t) => t !== MENTIONED_IN);
